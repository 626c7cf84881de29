import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

describe('plans and the readiness questionnaire', () => {
  it('creates a plan from a template, fills it in, and finds everything after a reload', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await session.shot('foundation-01-empty-state');
    await createPlanFromTemplate(session, 'Claims triage assistant', 'Team workflow pilot');

    // Describe the system and confirm the tier the questionnaire suggests.
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Drafts first replies to insurance claims.');
    await page.getByRole('textbox', { name: 'Owner (accountable person)' }).fill('Dana Kim');
    await page.getByRole('radio', { name: 'Medium — customer-facing, not critical' }).check();

    // Work through a checklist item, and mark one not applicable with its justification.
    await page.getByRole('tab', { name: 'Checklist' }).click();
    await page.getByRole('radio', { name: 'Cards' }).check();
    const ownerItem = page.getByRole('article', { name: 'Is one accountable owner named for the system?' });
    await ownerItem.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
    await ownerItem.getByRole('textbox', { name: 'Owner' }).fill('Dana Kim');
    await ownerItem.getByRole('textbox', { name: 'Evidence' }).fill('Signed RACI, 2026-11-01');
    const governance = page.getByRole('region', { name: 'Ownership and governance' });
    const escalation = governance.getByRole('article').nth(3);
    await escalation.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Not applicable' });
    await escalation.getByRole('textbox', { name: 'Reason' }).fill('Escalation handled by the claims team lead.');
    await waitForSaved(session);
    await session.shot('foundation-02-checklist');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).waitFor();
    // A stored plan reopens on its dashboard; the system fields are on the Overview.
    await page.getByRole('tab', { name: 'Overview' }).click();
    expect(await page.getByRole('textbox', { name: 'Purpose' }).inputValue()).toBe('Drafts first replies to insurance claims.');
    expect(await page.getByRole('radio', { name: 'Medium — customer-facing, not critical' }).isChecked()).toBe(true);
    await page.getByRole('tab', { name: 'Checklist' }).click();
    await page.getByRole('radio', { name: 'Cards' }).check();
    const reloaded = page.getByRole('article', { name: 'Is one accountable owner named for the system?' });
    expect(await reloaded.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('done');
    expect(await reloaded.getByRole('textbox', { name: 'Evidence' }).inputValue()).toBe('Signed RACI, 2026-11-01');
    const reloadedEscalation = page.getByRole('region', { name: 'Ownership and governance' }).getByRole('article').nth(3);
    expect(await reloadedEscalation.getByRole('textbox', { name: 'Reason' }).inputValue()).toBe(
      'Escalation handled by the claims team lead.',
    );

    // The template's stages were stored with their gates.
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('heading', { name: /Internal pilot/ }).waitFor();
    await page.getByText(/Adoption rate at least 50%.*week 4/).first().waitFor();

    await page.getByRole('tab', { name: 'Readiness' }).click();
    await page.getByText(/Not ready: \d+ blockers/).waitFor();
    await session.shot('foundation-03-readiness');
  });

  it('exports a plan and imports it again, asking before it replaces anything', async () => {
    const { page } = session;
    await createPlanFromTemplate(session, 'Support reply assistant', 'Percentage traffic rollout');
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Suggests replies to support tickets.');
    await waitForSaved(session);

    await page.getByRole('button', { name: 'Plan actions' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('Support-reply-assistant.rollout.json');
    // A browser may still ask, block or fail the download, and never tells the page: so "started", not "exported".
    await page.getByText('Download started: “Support reply assistant” as “Support-reply-assistant.rollout.json”. Check your browser’s downloads to be sure it was saved.').waitFor();
    await session.shot('gaps-export-download-started');
    const path = await download.path();
    const exported = JSON.parse(await readFile(path, 'utf8')) as { format: string; plan: { name: string } };
    expect(exported).toMatchObject({ format: 'rollout-readiness-plan', plan: { name: 'Support reply assistant' } });

    // Same id already here: the app asks; keeping both makes a copy.
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import plan' }).click();
    await (await chooserPromise).setFiles(path);
    const conflict = page.getByRole('alertdialog', { name: 'This plan is already here' });
    await conflict.waitFor();
    await session.shot('foundation-04-import-conflict');
    await conflict.getByRole('button', { name: 'Keep both (import as a copy)' }).click();
    const plans = page.getByRole('navigation', { name: 'Plans' });
    await plans.getByRole('button', { name: /Support reply assistant \(imported copy\)/ }).waitFor();
    await plans.getByRole('button', { name: /Support reply assistant \(imported copy\)/ }).click();
    expect(await page.getByRole('textbox', { name: 'Purpose' }).inputValue()).toBe('Suggests replies to support tickets.');

    // A file that is not a plan gets a plain message and changes nothing.
    const badChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import plan' }).click();
    await (await badChooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page.getByRole('alertdialog').getByText(/not a Rollout Readiness plan file/).waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Close' }).click();
    expect(await plans.getByRole('button').count()).toBe(2);

    // The same file dropped on the window takes the same road: the same question, the same import.
    const text = await readFile(path, 'utf8');
    const dataTransfer = await page.evaluateHandle((contents) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], 'Support-reply-assistant.rollout.json', { type: 'application/json' }));
      return transfer;
    }, text);
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const dropped = page.getByRole('alertdialog', { name: 'This plan is already here' });
    await dropped.getByRole('button', { name: 'Keep both (import as a copy)' }).click();
    await expect.poll(() => plans.getByRole('button', { name: /Support reply assistant \(imported copy\)/ }).count()).toBe(2);
  });

  it('carries the imported rows in the exported file: a copy imported from it shows the same pilot data', async () => {
    const { page } = session;
    // The team-pilot template with the stage dates and enrolment the bundled samples belong to (samples/README.md).
    const dates: Record<string, [string, number | null]> = {
      'Internal pilot': ['2026-09-07', 5],
      'Expanded pilot': ['2026-10-05', 15],
      'Full rollout': ['2026-11-02', null],
    };
    const template = createPlan({ name: 'Claims pilot', templateId: 'team-workflow-pilot', now: new Date() });
    const dated = {
      ...template,
      stages: template.stages.map((s) => ({ ...s, plannedStart: dates[s.name]?.[0] ?? null, enrolledUsers: dates[s.name]?.[1] ?? null })),
    };
    const planChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a plan file' }).click();
    await (await planChooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(dated, new Date())) });
    await page.getByRole('heading', { level: 1, name: 'Claims pilot' }).waitFor();

    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.getByRole('button', { name: 'Load sample data: Usage / adoption' }).click();
    const wizard = page.getByRole('region', { name: 'Import “usage.csv”' });
    await wizard.getByText('212 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    const week4 = () => page.getByRole('table', { name: /^Internal pilot/ }).getByRole('row', { name: /Week 4/ });
    await week4().getByText('3 of 5').waitFor();
    await waitForSaved(session);

    await page.getByRole('button', { name: 'Plan actions' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Export' }).click();
    const path = await (await downloadPromise).path();
    const exported = JSON.parse(await readFile(path, 'utf8')) as { formatVersion: number; importData: Record<string, { rows: string }> };
    expect(exported.formatVersion).toBe(4);
    expect(Object.keys(exported.importData)).toHaveLength(1);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import plan' }).click();
    await (await chooser).setFiles(path);
    await page.getByRole('alertdialog', { name: 'This plan is already here' }).getByRole('button', { name: 'Keep both (import as a copy)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Claims pilot (imported copy)' }).waitFor();

    await page.getByRole('tab', { name: 'Pilot data' }).click();
    const imports = page.getByRole('table', { name: 'Imports (1)' });
    await imports.getByRole('row', { name: /usage\.csv/ }).getByText('212').waitFor();
    await week4().getByText('3 of 5').waitFor();
    expect(await page.getByText(/missing from this computer/).count()).toBe(0);
    await session.shot('foundation-05-imported-copy-with-rows');
  });

  it('deletes a plan only after confirmation, and undo brings it back', async () => {
    const { page } = session;
    await createPlanFromTemplate(session, 'Shadow pilot', 'Shadow mode, then human-in-the-loop');
    await page.getByRole('button', { name: 'Plan actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Shadow pilot”?' });
    await confirm.getByRole('button', { name: 'Delete plan' }).click();
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Shadow pilot' }).waitFor();
    await page.reload();
    await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: /Shadow pilot/ }).waitFor();
  });
});

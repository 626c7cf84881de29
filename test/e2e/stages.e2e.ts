import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

/** The samples (samples/README.md) belong to a plan whose internal pilot ran 2026-09-07 to 2026-10-04. */
const AFTER_STAGE_1 = new Date('2026-10-12T10:00:00');
/** The expanded pilot ran 2026-10-05 to 2026-11-01. */
const AFTER_STAGE_2 = new Date('2026-11-10T10:00:00');

/** Freezes the app's calendar (the gates judge "today") and starts afresh with it. */
async function startOn(date: Date): Promise<void> {
  await session.page.clock.setFixedTime(date);
  await session.page.reload();
}

const SAMPLES = resolve(import.meta.dirname, '../../samples');

/** Screenshots of the page, or of one part of it (the panel scrolls, so a page shot shows only its top). */
async function shotBothThemes(name: string, part?: Locator, height = 2400): Promise<void> {
  const { page } = session;
  const viewport = page.viewportSize();
  // The plan panel scrolls inside the window: a tall window shows all of it at once.
  await page.setViewportSize({ width: 1280, height });
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (part) await part.screenshot({ path: resolve(SHOTS_DIR, `${name}-${scheme}.png`) });
    else await session.shot(`${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport) await page.setViewportSize(viewport);
}

/** Imports one of the bundled sample files through the Pilot data tab, as a user would. */
async function importSample(file: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.locator('input[type="file"]').setInputFiles(resolve(SAMPLES, file));
  const wizard = page.getByRole('region', { name: `Import “${file}”` });
  await wizard.getByRole('table', { name: /Preview/ }).waitFor();
  // usage.csv has two rows dated before the first stage: the wizard asks where they belong.
  const stageQuestion = wizard.getByRole('group', { name: 'Which stage does this file belong to?' });
  if ((await stageQuestion.count()) > 0) await stageQuestion.getByRole('radio', { name: /^By date/ }).check();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
  await wizard.getByRole('button', { name: 'Done' }).click();
}

describe('stages and gates', () => {
  it('sets up the internal pilot and says what cannot be judged yet, and why', async () => {
    const { page } = session;
    await startOn(AFTER_STAGE_1);
    await createPlanFromTemplate(session, 'Claims reply assistant', 'Team workflow pilot');
    // A new plan opens on its Overview; its stages come from the template.
    expect(await page.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('tab', { name: 'Stages' }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1: Internal pilot' });
    const adoption = stage1.getByRole('article', { name: /^Adoption rate at least 50% at week 4/ });
    await adoption.getByText('Pending').waitFor();
    await adoption.getByText('The stage has no planned start date yet, so its gates cannot be judged.').waitFor();

    // Before the pilot: the start date, the enrolment, and what 5 users allow.
    await stage1.getByRole('radio', { name: 'Edit stage' }).check();
    await stage1.getByLabel('Planned start').fill('2026-09-07');
    await stage1.getByRole('textbox', { name: 'Enrolled users' }).fill('5');
    const gate1 = stage1.getByRole('group', { name: 'Gate criterion 1: Adoption rate' });
    await gate1
      .getByRole('note', { name: 'What the planned sample allows' })
      .getByText(/With 5 users, adoption rate must reach 5 of 5 for the 95% interval to clear 50%; plan at least \d+ users/)
      .waitFor();

    await shotBothThemes('stages-00-editor', stage1, 4000);

    // An invalid number stays a draft with a message; the plan keeps 5.
    await stage1.getByRole('textbox', { name: 'Enrolled users' }).fill('-2');
    await stage1.getByText('Enter 0 or more. The plan keeps 5 users until you do.').waitFor();
    await stage1.getByRole('textbox', { name: 'Enrolled users' }).fill('5');
    await waitForSaved(session);

    // No pilot file yet: measured nothing is "cannot measure", never "fail".
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    await adoption.getByText('Cannot measure').waitFor();
    await adoption.getByText('No usage file is imported, so adoption cannot be measured.').waitFor();
    const recommendation = stage1.getByRole('region', { name: 'Recommendation' });
    await recommendation.getByText('Hold', { exact: true }).waitFor();
    await recommendation.getByText(/Earliest decision: (Oct 5, 2026|5 Oct 2026)/).waitFor();
    await shotBothThemes('stages-01-no-data');

    // The dashboard lists what to do about it, and takes the user there.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const attention = page.getByRole('region', { name: 'What needs attention next' });
    await attention.getByRole('button', { name: /Decision due for “Internal pilot”/ }).waitFor();
    await page.getByRole('region', { name: 'Stage timeline' }).getByRole('button', { name: /Stage 1: Internal pilot.*Hold/ }).waitFor();
    await shotBothThemes('stages-02-dashboard');
    await attention.getByRole('button', { name: /Import a usage file/ }).click();
    expect(await page.getByRole('tab', { name: 'Pilot data' }).getAttribute('aria-selected')).toBe('true');

    // Reopened later, the plan starts on its dashboard.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Claims reply assistant' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Dashboard' }).getAttribute('aria-selected')).toBe('true');
  });

  it('judges the pilot stages on the sample files, and a stricter threshold changes the verdict', async () => {
    const { page } = session;
    await startOn(AFTER_STAGE_2);
    await createPlanFromTemplate(session, 'Claims reply assistant', 'Team workflow pilot');
    await page.getByRole('tab', { name: 'Stages' }).click();
    // The plan the samples belong to (samples/README.md).
    const nav = page.getByRole('navigation', { name: 'Stages' });
    for (const [n, start, enrolled] of [[1, '2026-09-07', '5'], [2, '2026-10-05', '15']] as const) {
      await nav.getByRole('button', { name: new RegExp(`^Stage ${n}:`) }).click();
      const stage = page.getByRole('region', { name: new RegExp(`^Stage ${n}:`) });
      await stage.getByRole('radio', { name: 'Edit stage' }).check();
      await stage.getByLabel('Planned start').fill(start);
      await stage.getByRole('textbox', { name: 'Enrolled users' }).fill(enrolled);
    }
    await waitForSaved(session);

    await importSample('usage.csv');
    await importSample('quality.csv');

    await page.getByRole('tab', { name: 'Stages' }).click();
    await nav.getByRole('button', { name: /^Stage 1:/ }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1: Internal pilot' });
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    const recommendation = stage1.getByRole('region', { name: 'Recommendation' });
    // Week 4: u01, u02 and u04 active (u05's only row has 0 uses) → 3 of 5 = 60% ≥ 50%.
    // Whole stage: 90 of 108 outputs strictly under 15% editing = 83.3% ≥ 80%.
    await recommendation.getByText('Proceed', { exact: true }).waitFor();
    // Week 4 has 25 outputs, below the editing trigger's 30: it did not fire, and could not have.
    await recommendation.getByText('All 2 required criteria pass; no rollback trigger fired, but 1 rollback trigger could not be checked.').waitFor();
    const adoption = stage1.getByRole('article', { name: /^Adoption rate at least 50% at week 4/ });
    await adoption.getByText('Adoption rate at week 4 is 3 of 5 users (60%); the gate needs at least 50%.').waitFor();
    const quality = stage1.getByRole('article', { name: /^Outputs under the editing limit at least 80%/ });
    await quality.getByText('Outputs under the editing limit over the stage is 90 of 108 outputs (83.3%); the gate needs at least 80%.').waitFor();
    // Weekly outputs are below the trigger's minimum of 30: not enough data, never a firing.
    const qualityTrigger = stage1.getByRole('article', { name: /^Outputs under the editing limit below 80% for more than 2 consecutive weeks/ });
    await qualityTrigger.getByText('Not enough data', { exact: true }).waitFor();
    await qualityTrigger.getByText('Only 25 outputs in week 4; the trigger needs at least 30.').waitFor();
    await shotBothThemes('stages-03-verdict', stage1);
    await shotBothThemes('stages-04-adoption-chart', adoption);

    // A stricter adoption gate: 60% no longer clears 70%.
    await stage1.getByRole('radio', { name: 'Edit stage' }).check();
    const gate1 = stage1.getByRole('group', { name: 'Gate criterion 1: Adoption rate' });
    await gate1.getByRole('textbox', { name: 'Threshold (%)' }).fill('70');
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    await recommendation.getByText('Hold', { exact: true }).waitFor();
    await recommendation.getByText('Adoption rate at week 4 is 3 of 5 users (60%); the gate needs at least 70%.').waitFor();

    // The expanded pilot: quality holds overall but not in every team.
    await nav.getByRole('button', { name: /^Stage 2:/ }).click();
    const stage2 = page.getByRole('region', { name: 'Stage 2: Expanded pilot' });
    await stage2.getByRole('radio', { name: 'Gate results' }).check();
    const recommendation2 = stage2.getByRole('region', { name: 'Recommendation' });
    await recommendation2.getByText('Hold', { exact: true }).waitFor();
    // 81.2% overall, but the gate asks for 80% in every team with enough data: Claims has 75 of 96 (78.1%).
    await recommendation2
      .getByText('Outputs under the editing limit in group "Claims" over the stage is 75 of 96 outputs (78.1%); the gate needs at least 80%.')
      .waitFor();
    await shotBothThemes('stages-05-groups', stage2.getByRole('article', { name: /^Outputs under the editing limit at least 80%/ }));

    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await page.getByRole('region', { name: 'Stage timeline' }).getByRole('button', { name: /Stage 1: Internal pilot.*Hold/ }).waitFor();
    // The expanded pilot started on 5 Oct, but nobody logged a decision to proceed on the internal pilot.
    const attention = page.getByRole('region', { name: 'What needs attention next' });
    await attention.getByRole('button', { name: /“Expanded pilot” has started without a decision to proceed/ }).waitFor();
    await shotBothThemes('stages-06-dashboard-with-data');
  });
});

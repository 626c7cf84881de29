import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import { SHOTS_DIR, useBrowser } from './browser';
import { renderPages as renderPagesTo, savePdf as savePdfTo, squash, stageBlock } from './pdf-pages';

const session = useBrowser();
const OUT = resolve(import.meta.dirname, '../../test-results/report');

const PLAN_NAME = 'Claims triage assistant';
const STAGE_1_RATIONALE = 'Adoption held at 60% in week 4 and 83% of outputs needed little editing.';
const COMMS_OWNER = 'Priya Natarajan';
const OVERRIDE_RATIONALE = 'Legal joined late; their first weeks are onboarding, not quality. Review again in two weeks.';

/**
 * The Team workflow pilot as the bundled sample files expect it (samples/README.md): stage
 * dates and enrolment set, the system described, most of the checklist done.
 */
function samplePlan(): Plan {
  const plan = createPlan({ name: PLAN_NAME, templateId: 'team-workflow-pilot', now: new Date('2026-09-01T09:00:00Z') });
  const [internal, expanded, full] = plan.stages;
  if (!internal || !expanded || !full) throw new Error('The template has three stages');
  const open = new Set(plan.checklist.items.slice(0, 3).map((i) => i.id));
  return {
    ...plan,
    riskTier: 'medium',
    system: {
      name: 'Claims triage',
      purpose: 'Drafts first replies to insurance claims for the claims team to check and send.',
      forbiddenUses: 'Deciding on a claim; any message sent without a person reading it.',
      owner: 'Dana Kim',
      autonomousDecisions: 'Which template a draft starts from.',
      humanApprovalPoints: 'Every reply is read and sent by a claims handler.',
    },
    checklist: {
      ...plan.checklist,
      items: plan.checklist.items.map((item) =>
        open.has(item.id)
          ? { ...item, status: 'in_progress', owner: 'Lee Park', dueDate: '2026-12-01' }
          : { ...item, status: 'done', owner: 'Dana Kim', evidence: `Reviewed ${item.id.slice(0, 4)}` },
      ),
    },
    stages: [
      { ...internal, plannedStart: '2026-09-07', enrolledUsers: 5 },
      { ...expanded, plannedStart: '2026-10-05', enrolledUsers: 15 },
      { ...full, plannedStart: '2026-11-02' },
    ],
  };
}

async function importPlan(plan: Plan): Promise<void> {
  const { page } = session;
  const file = resolve(OUT, 'plan.rollout.json');
  writeFileSync(file, serialisePlanFile(plan, new Date()));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a plan file' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('navigation', { name: 'Plans' }).getByRole('button', { name: new RegExp(PLAN_NAME) }).click();
  await page.getByRole('heading', { level: 1, name: PLAN_NAME }).waitFor();
}

async function loadSamples(): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  for (const kind of ['Usage / adoption', 'Output quality / editing time', 'Satisfaction']) {
    await page.getByRole('button', { name: `Load sample data: ${kind}` }).click();
    await page.getByRole('button', { name: 'Done' }).click({ timeout: 30_000 });
  }
}

async function recordDecisions(): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Decisions' }).click();
  const form = page.getByRole('region', { name: 'Record a decision' });
  await form.getByRole('textbox', { name: 'Your name' }).fill('Dana Kim');
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Stage 1: Internal pilot' });
  await form.getByText('The app recommends').waitFor();
  await form.getByRole('radio', { name: 'Proceed' }).check();
  await form.getByRole('textbox', { name: 'Rationale' }).fill(STAGE_1_RATIONALE);
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Stage 2 may start: stage 1 proceed decision by Dana Kim').waitFor();

  // Stage 2 holds (a group misses the quality bar); proceeding anyway is an override, said before saving.
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Stage 2: Expanded pilot' });
  await form.getByRole('radio', { name: 'Proceed' }).check();
  await form.getByRole('alert').getByText('You are overriding the recommendation “hold”').waitFor();
  await form.getByRole('textbox', { name: 'Rationale' }).fill(OVERRIDE_RATIONALE);
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
  await form.getByRole('button', { name: 'Record override' }).click();
  await page.getByRole('alertdialog', { name: 'Record an override?' }).getByRole('button', { name: 'Record override: proceed' }).click();
  await page.getByText('Stage 3 may start: stage 2 proceed decision by Dana Kim').waitFor();
  const log = page.getByRole('region', { name: 'Decision log' });
  await log.getByRole('article').first().getByText('Evidence at the time').click();
  await log.screenshot({ path: resolve(SHOTS_DIR, 'report-01-decision-log.png') });
}

async function planCommunication(): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Communication' }).click();
  const sponsor = page.getByRole('row', { name: 'Row 1: Executive sponsor' });
  await sponsor.getByRole('textbox', { name: 'Owner' }).fill(COMMS_OWNER);
  await page.getByText('Saved', { exact: true }).waitFor();
  await page.screenshot({ path: resolve(SHOTS_DIR, 'report-00-communication.png') });
}

const savePdf = (name: string, format: 'A4' | 'Letter') => savePdfTo(session.page, OUT, name, format);
const renderPages = (pdf: string, name: string) => renderPagesTo(pdf, OUT, name);

describe('the printed stakeholder summary', () => {
  it('prints a plan with imported data and decisions on A4 and Letter, every page saying which plan, version, data and time', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importPlan(samplePlan());
    await loadSamples();
    await planCommunication();
    await recordDecisions();

    await page.getByRole('tab', { name: 'Summary report' }).click();
    const sheet = page.getByRole('article', { name: 'Stakeholder summary' });
    await sheet.getByRole('heading', { name: 'Claims triage' }).first().waitFor();
    await sheet.getByText(OVERRIDE_RATIONALE).first().waitFor();
    await page.locator('.main').evaluate((main) => main.scrollTo(0, 0));
    await page.screenshot({ path: resolve(SHOTS_DIR, 'report-02-preview.png') });
    const version = (await page.locator('.plan-version').textContent())?.trim() ?? '';
    expect(version).toMatch(/^Revision \d+$/);

    for (const format of ['A4', 'Letter'] as const) {
      await page.getByRole('radio', { name: format }).check();
      const { path, text, pages, pageCount } = await savePdf(`summary-${format}`, format);
      // SPEC §8: one to three pages, with the bottom line first and no stage split across pages.
      expect(pageCount, `${format}: one to three pages`).toBeGreaterThanOrEqual(1);
      expect(pageCount, `${format}: one to three pages`).toBeLessThanOrEqual(3);
      expect(pages).toHaveLength(pageCount);
      // Each stage's verdict, reasons and both its charts print on one page.
      for (const stage of ['Stage 1: Internal pilot', 'Stage 2: Expanded pilot']) {
        expect(stageBlock(pages, stage).match(/ — gate /g)?.length ?? 0, `${format}: ${stage} with its two charts on one page`).toBe(2);
      }
      // Page 1 opens with the bottom line.
      expect(pages[0]?.indexOf('Bottom line'), `${format}: bottom line first`).toBeLessThan(pages[0]?.indexOf('The system and its purpose') ?? 0);
      pages.forEach((pageText, index) => {
        const where = `${format} page ${index + 1}`;
        expect(pageText, where).toContain(PLAN_NAME);
        expect(pageText, where).toContain(version);
        expect(pageText, where).toMatch(/Generated [A-Z][a-z]{2} \d{1,2}, \d{4} \d{2}:\d{2}/);
        expect(pageText, where).toMatch(/Data: usage\.csv \(imported [A-Z][a-z]{2} \d{1,2}, \d{4}\)/);
        expect(pageText, where).toContain(`Page ${index + 1} of ${pages.length}`);
      });
      const all = squash(text);
      expect(all).toContain('Outputs under the editing limit in group "Claims" over the stage is 75 of 96 outputs (78.1%); the gate needs at least 80%.');
      expect(all).toContain(STAGE_1_RATIONALE);
      expect(all).toContain(OVERRIDE_RATIONALE);
      expect(all).toContain('overriding the recommendation “hold”');
      expect(all).toContain('Sign-off');
      expect(all).toContain(COMMS_OWNER);
      expect(renderPages(path, `summary-${format}`)).toHaveLength(pages.length);
    }

    // The audit appendix adds the whole checklist and the log with each entry's frozen evidence.
    await page.getByRole('radio', { name: 'A4' }).check();
    await page.getByRole('checkbox', { name: 'Include audit appendix' }).check();
    const { path, text, pages } = await savePdf('summary-appendix-A4', 'A4');
    expect(pages.length).toBeGreaterThan(3);
    const all = squash(text);
    expect(all).toContain('Audit appendix');
    expect(all).toContain('Stage verdict then: Expanded pilot: Hold');
    expect(all).toContain('Evidence: Reviewed');
    pages.forEach((pageText, index) => {
      expect(pageText, `appendix page ${index + 1}`).toContain(PLAN_NAME);
      expect(pageText, `appendix page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    expect(renderPages(path, 'summary-appendix-A4')).toHaveLength(pages.length);
  });
});

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../shared/csv/kinds';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { findSamplePlan } from '../../shared/model/sample-plans';
import type { TemplateId } from '../../shared/model/templates';
import { useBrowser } from './browser';

/**
 * Every template reaches a verdict from data (issue 10): each template's sample plan, its files
 * imported one by one through the import wizard as a user would, reaches the verdict computed
 * by hand below; then a hostile sample (samples/hostile-*.csv, or a critical incident typed into
 * the register) flips it, with the reason. One browser for the file; each test its own data.
 */
const session = useBrowser();
const SAMPLES = resolve(import.meta.dirname, '../../samples');

/** The template's sample plan (dates, enrolment, register) arrives as a colleague's plan file. */
async function importSamplePlan(templateId: TemplateId, today: string): Promise<string> {
  const { page } = session;
  await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  await page.reload();
  const plan = findSamplePlan(templateId).build(new Date('2026-08-31T09:00:00Z'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import (a )?plan/ }).first().click();
  await (await chooser).setFiles({ name: 'sample.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(plan, new Date())) });
  await page.getByRole('heading', { level: 1, name: plan.name }).waitFor();
  return plan.name;
}

/**
 * Chooses the file on the Pilot data tab and clicks through the wizard: kind detected, Import, Done.
 * `byDate`: the file has rows outside every stage, so the wizard asks where they belong; rows are placed by date.
 */
async function importThroughWizard(fileName: string, kind: ImportKind, byDate = false): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByLabel('Choose a CSV file').setInputFiles(resolve(SAMPLES, fileName));
  const wizard = page.getByRole('region', { name: `Import “${fileName}”` });
  await wizard.getByRole('table', { name: /Preview/ }).waitFor();
  expect(await wizard.getByRole('combobox', { name: 'Kind of file' }).inputValue()).toBe(kind);
  if (byDate) await wizard.getByRole('radio', { name: /^By date/ }).check();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
  await wizard.getByRole('button', { name: 'Done' }).click();
}

/** Waits until the dashboard's timeline shows the stage with this recommendation. */
async function expectVerdict(stage: string, verdict: 'Proceed' | 'Hold' | 'Roll back' | 'Running'): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Dashboard' }).click();
  const escaped = stage.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
  await page
    .getByRole('region', { name: 'Stage timeline' })
    .getByRole('button', { name: new RegExp(`${escaped}.*${verdict}`) })
    .waitFor();
}

/** Waits until the stage's recommendation lists this reason. */
async function expectReason(stage: string, reason: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Stages' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: new RegExp(`^${stage}`) }).click();
  await page.getByRole('region', { name: stage }).getByRole('list', { name: 'Reasons' }).getByText(reason, { exact: true }).waitFor();
}

async function addCriticalIncident(stage: string, openedAt: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Stages' }).click();
  await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: new RegExp(`^${stage}`) }).click();
  const register = page.getByRole('region', { name: stage }).getByRole('region', { name: 'Incidents' });
  await register.getByText('Add an incident').click();
  const form = register.getByRole('group', { name: 'Add an incident' });
  await form.getByLabel('Severity').selectOption('critical');
  await form.getByLabel('Opened').fill(openedAt);
  await form.getByRole('textbox', { name: 'What happened' }).fill('Wrong answers sent to customers for an hour');
  await form.getByRole('button', { name: 'Add incident' }).click();
}

async function recordProceed(stage: string): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Decisions' }).click();
  const form = page.getByRole('region', { name: 'Record a decision' });
  await form.getByRole('combobox', { name: 'Stage' }).selectOption({ label: stage });
  expect(await form.getByRole('radio', { name: 'Proceed' }).isChecked()).toBe(true);
  // Asked once on this computer, then remembered.
  const name = form.getByRole('textbox', { name: 'Your name' });
  if ((await name.count()) > 0) await name.fill('Jonas Berg');
  await form.getByRole('textbox', { name: 'Rationale' }).fill('Gates met on the sample data.');
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Finance steering group');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await page.getByRole('region', { name: 'Decision log' }).getByRole('article').first().getByText('Gates met on the sample data.').waitFor();
}

describe('every template reaches a verdict from its sample files, and a hostile sample flips it', () => {
  it('Team workflow pilot: the internal pilot proceeds on adoption and editing; a critical incident rolls it back', async () => {
    await importSamplePlan('team-workflow-pilot', '2026-11-22');
    // Two smoke-test rows by "admin" before the pilot: the wizard asks, and they are placed by date (counted nowhere).
    await importThroughWizard('usage.csv', 'usage', true);
    await importThroughWizard('quality.csv', 'quality');
    // By hand (samples/README.md): week 4 (09-28 to 10-04) has u01, u02, u04 active and u05 with 0 uses:
    // 3 of 5 enrolled = 60% ≥ 50%. Outputs over the stage: 90 of 108 under 15% editing = 83.3% ≥ 80%.
    await expectVerdict('Stage 1: Internal pilot', 'Proceed');
    // Week 4 has 25 outputs, below the editing trigger's 30: it did not fire, and could not have.
    await expectReason('Stage 1: Internal pilot', 'All 2 required criteria pass; no rollback trigger fired, but 1 rollback trigger could not be checked.');
    await session.shot('template-team-01-proceed');

    // The sample's pilots roll back on any critical incident: one opened in week 2 (09-14 to 09-20).
    await addCriticalIncident('Stage 1: Internal pilot', '2026-09-16T09:00');
    await expectReason('Stage 1: Internal pilot', 'Rollback trigger fired: Critical incidents at week 2 is 1 incident, above 0 incidents.');
    await expectVerdict('Stage 1: Internal pilot', 'Roll back');
    await session.shot('template-team-02-roll-back');
  });

  it('Percentage traffic rollout: 5% proceeds; errors over 2%, satisfaction below the control arm and a critical incident each flip it', async () => {
    await importSamplePlan('percentage-traffic', '2026-10-05');
    await importThroughWizard('traffic-operations.csv', 'operations');
    await importThroughWizard('traffic-satisfaction.csv', 'satisfaction');
    // By hand: 5% of traffic (09-07 to 09-13) has 7 days × 200 requests = 1,400 and 2+3+2+3+2+3+2 = 17 errors:
    // 17 ÷ 1,400 = 1.21% < 2%. Satisfaction: AI arm 14×5 + 22×4 + 4×3 = 170 ÷ 40 = 4.25, control arm
    // 8×5 + 24×4 + 8×3 = 160 ÷ 40 = 4.0; difference +0.25, Welch 95% interval −0.03 to +0.53, whole of it ≥ −0.2.
    // The register is kept from 09-07 and holds no critical incident: 0 ≤ 0.
    const stage = 'Stage 1: 5% of traffic';
    await expectVerdict(stage, 'Proceed');
    await expectReason(stage, 'All 3 required criteria pass and no rollback trigger fired.');
    await session.shot('template-traffic-01-proceed');

    // One bad afternoon (09-12): 600 more requests, 40 errors: 57 ÷ 2,000 = 2.85%, not below 2%.
    await importThroughWizard('hostile-traffic-operations-errors.csv', 'operations');
    await expectReason(stage, 'Error rate over the stage is 57 of 2,000 requests (2.85%); the gate needs below 2%.');
    await expectVerdict(stage, 'Hold');

    // 40 more AI-arm ratings of 2: (170 + 80) ÷ 80 = 3.125 against 4.0: difference −0.875, interval −1.21 to −0.54, all below −0.2.
    await importThroughWizard('hostile-traffic-satisfaction-below-baseline.csv', 'satisfaction');
    await expectReason(
      stage,
      'Mean satisfaction over the stage is 3.13/5 (80 ratings) against a baseline of 4/5 (40 ratings), control group "Control", difference −0.88 (95% interval −1.21 to −0.54); the gate allows at least −0.2 (the whole interval must be within it).',
    );
    await session.shot('template-traffic-02-hold');

    // Any critical incident fires the template's rollback trigger.
    await addCriticalIncident(stage, '2026-09-10T09:00');
    await expectReason(stage, 'Rollback trigger fired: Critical incidents at week 1 is 1 incident, above 0 incidents.');
    await expectVerdict(stage, 'Roll back');
    await session.shot('template-traffic-03-roll-back');
  });

  it('Shadow mode, then human-in-the-loop: shadow and review proceed, the rollout runs; a region’s errors roll it back', async () => {
    await importSamplePlan('shadow-then-hitl', '2026-11-30');
    await importThroughWizard('shadow-run.csv', 'shadow');
    await importThroughWizard('shadow-reviews.csv', 'reviews');
    await importThroughWizard('shadow-rollout-operations.csv', 'operations');
    // By hand: shadow (09-07 to 10-04) 4 weeks × 60 cases, the last 5 of each week disagreeing: 220 of 240 = 91.7% ≥ 90%.
    await expectVerdict('Stage 1: Shadow mode', 'Proceed');
    await recordProceed('Stage 1: Shadow mode');
    // Review (10-05 to 11-01), 120 a week, approved 102, 110, 116, 118: weeks 3 and 4 are 96.7% and 98.3%, above 95% two weeks running.
    await expectReason('Stage 2: Human review of every output', 'The required criterion passes and no rollback trigger fired.');
    await expectVerdict('Stage 2: Human review of every output', 'Proceed');
    await recordProceed('Stage 2: Human review of every output');
    // Rollout (11-02 to 11-29): 1,000 requests a day with 10–13 errors: week 4 is 79 of 7,000 = 1.13%, not above 2%.
    await expectVerdict('Stage 3: Gradual rollout', 'Running');
    await session.shot('template-shadow-01-running');

    // A second region's monitoring, 11-23 to 11-29: 7 × 500 requests, 7 × 40 errors. Week 4: (79 + 280) ÷ (7,000 + 3,500) = 3.42% > 2%.
    await importThroughWizard('hostile-rollout-operations-errors.csv', 'operations');
    await expectReason('Stage 3: Gradual rollout', 'Rollback trigger fired: Error rate at week 4 is 359 of 10,500 requests (3.42%), above 2%.');
    await expectVerdict('Stage 3: Gradual rollout', 'Roll back');
    await session.shot('template-shadow-02-roll-back');
  });
});

/**
 * Two exports of AI and support tools through the real wizard (round 4 probe; test/fixtures/exports/README.md, third
 * table): a per-feature usage report whose counts are not read as the uses, and a coded rating chosen by hand.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { useBrowser } from './browser';

const session = useBrowser();
const EXPORTS = resolve(import.meta.dirname, '../fixtures/exports');

/** The plan of test/fixtures/exports/README.md: internal pilot from 2 March 2026 (5 enrolled), expanded from 30 March (10). */
async function importExportsPlan(name: string): Promise<void> {
  const { page } = session;
  const starts: Record<string, [string, number | null]> = {
    'Internal pilot': ['2026-03-02', 5],
    'Expanded pilot': ['2026-03-30', 10],
    'Full rollout': ['2026-04-27', null],
  };
  const plan = createPlan({ name, templateId: 'team-workflow-pilot', now: new Date() });
  const dated = {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, plannedStart: starts[s.name]?.[0] ?? null, enrolledUsers: starts[s.name]?.[1] ?? null, durationWeeks: 4 })),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import (a )?plan/ }).first().click();
  await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(dated, new Date())) });
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByRole('heading', { name: 'Pilot metrics' }).waitFor();
}

async function chooseExport(file: string) {
  await session.page.getByLabel('Choose a CSV file').setInputFiles(resolve(EXPORTS, file));
  const wizard = session.page.getByRole('region', { name: `Import “${file}”` });
  await wizard.waitFor();
  return wizard;
}

async function shots(name: string): Promise<void> {
  const { page } = session;
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await session.shot(`${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('exports of AI and support tools through the wizard', () => {
  it('Amazon Q Developer: no feature count is the uses, the month-first dates are asked, weeks 1 and 2 read 4 of 5', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Amazon Q pilot');
    const wizard = await chooseExport('amazon-q-developer-user-activity.csv');
    await wizard.getByText(/Choose the kind to go on\./).waitFor();
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('usage');
    expect(await wizard.getByRole('combobox', { name: 'Number of uses' }).inputValue()).toBe('');
    const question = wizard.getByRole('group', { name: 'Which date order does this file use?' });
    await question.waitFor();
    await shots('ai-tools-01-amazon-q-wizard');
    await question.getByRole('radio', { name: /month first/ }).click();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText('9 rows accepted').waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    // Before: "Chat_MessagesSent" was the uses and inline-only days counted as no use: 2 of 5, then 3 of 5.
    const internal = page.getByRole('table', { name: /^Internal pilot/ });
    await internal.getByRole('row', { name: /Week 1/ }).getByText('4 of 5').waitFor();
    await internal.getByRole('row', { name: /Week 2/ }).getByText('4 of 5').waitFor();
  });

  it('Help Scout: "ratingId" is not proposed as the rating; chosen by hand, the coded answers are flagged', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await importExportsPlan('Support ratings');
    const wizard = await chooseExport('helpscout-happiness-ratings.csv');
    await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('satisfaction');
    expect(await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).inputValue()).not.toBe('ratingId');
    await wizard.getByRole('combobox', { name: 'Rating (1–5)' }).selectOption('ratingId');
    const warning = wizard.getByText(/holds a code for each answer, not a rating/);
    await warning.waitFor();
    await warning.scrollIntoViewIfNeeded();
    await shots('ai-tools-02-helpscout-coded-rating');
  });
});

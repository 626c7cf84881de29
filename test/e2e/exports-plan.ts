/** The plan and wizard steps the export fixtures are run with (test/fixtures/exports/README.md), shared by their e2e files. */
import { resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { createPlan } from '../../shared/model/plan-factory';
import { serialisePlanFile } from '../../shared/model/plan-file';
import type { E2eSession } from './browser';

const EXPORTS = resolve(import.meta.dirname, '../fixtures/exports');

/** The plan the README describes: internal pilot from 2 March 2026 (5 enrolled), expanded from 30 March (10); imported, its Pilot data tab open. */
export async function importExportsPlan(session: E2eSession, name: string): Promise<void> {
  const { page } = session;
  const dates: Record<string, [string, number | null]> = {
    'Internal pilot': ['2026-03-02', 5],
    'Expanded pilot': ['2026-03-30', 10],
    'Full rollout': ['2026-04-27', null],
  };
  const plan = createPlan({ name, templateId: 'team-workflow-pilot', now: new Date() });
  const dated = {
    ...plan,
    stages: plan.stages.map((s) => ({ ...s, plannedStart: dates[s.name]?.[0] ?? null, enrolledUsers: dates[s.name]?.[1] ?? null, durationWeeks: 4 })),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Import (a )?plan/ }).first().click();
  await (await chooser).setFiles({ name: 'plan.rollout.json', mimeType: 'application/json', buffer: Buffer.from(serialisePlanFile(dated, new Date())) });
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByRole('heading', { name: 'Pilot metrics' }).waitFor();
}

/** Chooses an export fixture on the Pilot data tab and returns its wizard. */
export async function chooseExport(session: E2eSession, file: string): Promise<Locator> {
  await session.page.getByLabel('Choose a CSV file').setInputFiles(resolve(EXPORTS, file));
  const wizard = session.page.getByRole('region', { name: `Import “${file}”` });
  await wizard.waitFor();
  return wizard;
}

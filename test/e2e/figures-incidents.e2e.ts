import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';
import { horizontalOverflow, seriousAxeViolations } from './screen-checks';

const session = useBrowser();
const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const SAMPLES = resolve(import.meta.dirname, '../../samples');

/** A Percentage traffic rollout plan whose first stage starts on 2026-09-07, judged on 2026-09-20. */
async function trafficPlan(): Promise<ReturnType<typeof session.page.getByRole>> {
  const { page } = session;
  await page.clock.setFixedTime(new Date('2026-09-20T10:00:00'));
  await page.reload();
  await createPlanFromTemplate(session, 'Traffic rollout', 'Percentage traffic rollout');
  await page.getByRole('tab', { name: 'Stages' }).click();
  const stage1 = page.getByRole('region', { name: 'Stage 1: 5% of traffic' });
  await stage1.getByRole('radio', { name: 'Edit stage' }).check();
  await stage1.getByLabel('Planned start').fill('2026-09-07');
  return stage1;
}

/** Imports a file through the wizard: the kind is proven by its columns, the user only presses Import. */
async function importThroughWizard(path: string, fileName: string, kindLabel: RegExp, confirm = false): Promise<void> {
  const { page } = session;
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.locator('input[type="file"]').setInputFiles(path);
  const wizard = page.getByRole('region', { name: `Import “${fileName}”` });
  await wizard.getByText(kindLabel).first().waitFor();
  await wizard.getByRole('table', { name: /Preview/ }).waitFor();
  // Many rejected rows are a warning the user confirms, as for any kind.
  if (confirm) await wizard.getByRole('checkbox', { name: /import anyway/ }).check();
  await wizard.getByRole('button', { name: 'Import', exact: true }).click();
  await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
}

describe('weekly figures and incidents through the import wizard (issue 10)', () => {
  it('judges the error-rate gate from a weekly-figures file, labelled as such, and rejects an unknown metric with its reason', async () => {
    const { page } = session;
    const stage1 = await trafficPlan();
    await importThroughWizard(resolve(FIXTURES, 'e2e-weekly-figures.csv'), 'e2e-weekly-figures.csv', /Suggested Weekly figures/);
    const wizard = page.getByRole('region', { name: 'Import “e2e-weekly-figures.csv”' });
    await wizard.getByText(/Metric “Customer effort score” is not one of the app's metrics/).first().waitFor();
    await session.shot('figures-01-outcome');
    await wizard.getByRole('button', { name: 'Done' }).click();
    const table = page.getByRole('region', { name: '5% of traffic: weekly figures from files' });
    await table.getByRole('cell', { name: '0.67% (12 of 1,800)' }).waitFor();
    await table.scrollIntoViewIfNeeded();
    await session.shot('figures-02-pilot-data');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    expect((await horizontalOverflow(page)).widest).toEqual([]);

    await page.getByRole('tab', { name: 'Stages' }).click();
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    await stage1.getByText(/Error rate .* is 12 of 1,800 requests \(0\.67%\), from a weekly-figures file “e2e-weekly-figures\.csv”; the gate needs below 2%\./).first().waitFor();
    await session.shot('figures-03-stage');
  });

  it('adds a critical incident from a CSV to the register, rolls the stage back on it, and does not add it twice on a later export', async () => {
    const { page } = session;
    const stage1 = await trafficPlan();
    await importThroughWizard(resolve(SAMPLES, 'incidents-critical.csv'), 'incidents-critical.csv', /Suggested Incidents/);
    const wizard = page.getByRole('region', { name: 'Import “incidents-critical.csv”' });
    await wizard.getByText(/1 incident added to the register/).waitFor();
    await session.shot('incidents-01-outcome');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await wizard.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('tab', { name: 'Stages' }).click();
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    const register = stage1.getByRole('region', { name: 'Incidents' });
    await register.getByText(/Replies sent with another customer's claim details/).waitFor();
    await stage1.getByText('Rollback trigger fired: Critical incidents at week 1 is 1 incident, above 0 incidents.').waitFor();
    await register.scrollIntoViewIfNeeded();
    await session.shot('incidents-02-stage');

    // A later export with the same incident, a new one and a row the app cannot read: nothing is doubled.
    await importThroughWizard(resolve(FIXTURES, 'e2e-incidents-again.csv'), 'e2e-incidents-again.csv', /Suggested Incidents/, true);
    const again = page.getByRole('region', { name: 'Import “e2e-incidents-again.csv”' });
    await again.getByText(/1 incident added to the register; 0 completed; 1 was already there; 0 rows not added/).waitFor();
    await again.getByText(/Severity “banana” is not critical, high, medium or low/).first().waitFor();
    await again.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Stages' }).click();
    await register.getByText(/2 incidents, 1 critical/).waitFor();

    // The decision log (audit trail) names the file the incident came from.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByText(/Incident register entry added \(from the imports? of “incidents-critical\.csv”.*\): Stage “5% of traffic”, incident: \(none\) → Critical, opened 2026-09-09 13:02/).first().waitFor();
  });

  it('asks which numbered level is the most severe before importing P1/P2/P3, and reads P1 as critical when told', async () => {
    const { page } = session;
    const stage1 = await trafficPlan();
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.locator('input[type="file"]').setInputFiles(resolve(FIXTURES, 'e2e-incidents-numbered.csv'));
    const wizard = page.getByRole('region', { name: 'Import “e2e-incidents-numbered.csv”' });
    const question = wizard.getByRole('group', { name: 'Which numbered level is the most severe?' });
    await question.getByText(/holds numbered levels \(P1, P3, P2\) and no level 0/).waitFor();
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/incidents-04-question-1366.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: 'test-results/screenshots/incidents-05-question-1920.png' });
    await question.getByRole('radio', { name: /Level 1 is the most severe/ }).click();
    await wizard.getByRole('table', { name: /Preview/ }).getByRole('cell', { name: 'critical' }).waitFor();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText(/3 incidents added to the register/).waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('tab', { name: 'Stages' }).click();
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    await stage1.getByRole('region', { name: 'Incidents' }).getByText(/3 incidents, 1 critical/).waitFor();
    await page.screenshot({ path: 'test-results/screenshots/incidents-06-stage-1920.png' });
  });
});

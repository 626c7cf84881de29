import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';

const session = useBrowser();
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

describe('operations data through the import wizard', () => {
  it('judges the error-rate gate of the Percentage traffic rollout from an operations file: 70 of 1,400 requests fails "below 2%"', async () => {
    const { page } = session;
    await page.clock.setFixedTime(new Date('2026-09-20T10:00:00'));
    await page.reload();
    await createPlanFromTemplate(session, 'Traffic rollout', 'Percentage traffic rollout');

    await page.getByRole('tab', { name: 'Stages' }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1: 5% of traffic' });
    await stage1.getByRole('radio', { name: 'Edit stage' }).check();
    await stage1.getByLabel('Planned start').fill('2026-09-07');
    // The metric picker says where the error rate comes from.
    await stage1.getByText('Data from an operations file (errors and requests).').first().waitFor();

    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.locator('input[type="file"]').setInputFiles(resolve(FIXTURES, 'e2e-operations-hostile.csv'));
    const wizard = page.getByRole('region', { name: 'Import “e2e-operations-hostile.csv”' });
    await wizard.getByRole('table', { name: /Preview/ }).waitFor();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('heading', { name: /5% of traffic: operations/ }).waitFor();
    await session.shot('operations-01-pilot-data');

    await page.getByRole('tab', { name: 'Stages' }).click();
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    await stage1
      .getByText('Error rate over the stage is 70 of 1,400 requests (5%); the gate needs below 2%.')
      .first()
      .waitFor();
    await session.shot('operations-02-stage-hold');
  });
});

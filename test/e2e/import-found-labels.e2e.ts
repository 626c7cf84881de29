import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';

const session = useBrowser();

it('the column list of a SurveyMonkey export names the columns its second header row names (screenshots at 1366 and 1920)', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
  // A plan of its own, with no sample files still arriving in the background when the file is chosen.
  await createPlanFromTemplate(session, 'Survey plan', 'Team workflow pilot');
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  await page.getByLabel('Choose a CSV file').setInputFiles(resolve(import.meta.dirname, '../fixtures/found/surveymonkey-fivethirtyeight-star-wars.csv'));
  const wizard = page.getByRole('region', { name: 'Import “surveymonkey-fivethirtyeight-star-wars.csv”' });
  await wizard.waitFor();
  await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('satisfaction');
  const rating = wizard.getByRole('combobox', { name: 'Rating (1–5)' });
  // The preview answers from its worker: poll the list rather than read it at once.
  const column11 = async () => (await rating.locator('option').allTextContents()).find((l) => l.startsWith('Column 11'));
  await expect.poll(column11, { timeout: 15_000 }).toMatch(/^Column 11 — Star Wars: Episode II +Attack of the Clones$/);
  await rating.selectOption('Column 11');
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
  const columns = wizard.locator('fieldset', { hasText: 'Proposed from the column names' });
  await columns.screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/probe-columns-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await columns.screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/probe-columns-1920.png') });
});

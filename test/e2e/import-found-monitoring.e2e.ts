import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';

const session = useBrowser();

it('a Grafana panel of half-hourly means, with a series chosen as the latency, is warned about before importing (screenshots at 1366 and 1920)', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
  await createPlanFromTemplate(session, 'Monitoring plan', 'Team workflow pilot');
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  const file = 'grafana-cloud-functions-latency-by-memory.csv';
  await page.getByLabel('Choose a CSV file').setInputFiles(resolve(import.meta.dirname, '../fixtures/found', file));
  const wizard = page.getByRole('region', { name: `Import “${file}”` });
  await wizard.waitFor();
  await wizard.getByRole('combobox', { name: 'Kind of file' }).selectOption('operations');
  const latency = wizard.getByRole('combobox', { name: 'Latency (seconds)' });
  await expect.poll(async () => (await latency.locator('option').allTextContents()).some((l) => l.startsWith('1024')), { timeout: 15_000 }).toBe(true);
  await latency.selectOption('1024');
  await wizard.getByRole('radio', { name: /^Seconds/ }).click();
  const checks = wizard.getByRole('group', { name: 'Check before importing' });
  await expect.poll(async () => (await checks.textContent()) ?? '', { timeout: 15_000 }).toMatch(/“Time” has a row every 30 minutes, on the dot.*in the first rows of the file/);
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
  await checks.screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/found-series-warning-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await checks.screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/found-series-warning-1920.png') });
});

it('a usage report with a summary block under its table: the block is named as not data and skipped (screenshots at 1366 and 1920)', async () => {
  const { page } = session;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
  await createPlanFromTemplate(session, 'Usage plan', 'Team workflow pilot');
  await page.getByRole('tab', { name: 'Pilot data' }).click();
  const file = 'chat-usage-report-summary-block.csv';
  await page.getByLabel('Choose a CSV file').setInputFiles(resolve(import.meta.dirname, '../fixtures/found', file));
  const wizard = page.getByRole('region', { name: `Import “${file}”` });
  await wizard.waitFor();
  const status = wizard.getByRole('status').filter({ hasText: 'Not data' });
  await expect.poll(async () => (await status.textContent()) ?? '', { timeout: 15_000 }).toMatch(/skipped the last 8 lines, notes under the table/);
  await expect.poll(async () => wizard.getByLabel('Lines to skip at the bottom').inputValue(), { timeout: 15_000 }).toBe('8');
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all()) await dismiss.click().catch(() => undefined);
  await wizard.locator('.skip-lines').screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/found-notes-below-1366.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await wizard.locator('.skip-lines').screenshot({ path: resolve(import.meta.dirname, '../../test-results/screenshots/found-notes-below-1920.png') });
});

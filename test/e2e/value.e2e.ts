import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';
import { openSamplePlan, waitForSaved } from './journeys';

const session = useBrowser();

describe('value delivered and a baseline period (issue 10)', () => {
  it('shows hours saved on the dashboard, in the report, and judges a gate against the weeks before the AI', async () => {
    const { page } = session;
    await openSamplePlan(session);

    // The sample's output-quality file carries editing minutes and minutes by hand beside the share.
    const value = page.getByRole('region', { name: 'Value delivered' });
    await value.getByText(/h saved$/).waitFor();
    // The operations file (with its cost column) may still be importing: the cost joins the figure then.
    await value.getByText(/cost [\d.]+ per interaction/).waitFor({ timeout: 30_000 });
    expect(await value.textContent()).toMatch(/^Value delivered [\d.]+ h saved [\d.]+ min per output · [\d.]+ h per active user per week \([\d,]+ outputs\) · cost [\d.]+ per interaction \([\d,]+ requests\)$/);
    await session.shot('value-01-dashboard-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await session.shot('value-02-dashboard-1920');
    await page.setViewportSize({ width: 1366, height: 768 });

    // The plan's minutes by hand sit beside the editing limit; empty means unknown, never assumed.
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    const minutes = page.getByRole('textbox', { name: 'A task takes by hand (minutes)' });
    expect(await minutes.inputValue()).toBe('');
    await minutes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS_DIR, 'value-06-minutes-by-hand-1366.png') });

    // A gate on the time saved per output, compared with the four weeks before the stage.
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('radio', { name: 'Edit stage' }).click();
    await page.getByRole('button', { name: 'Add gate criterion' }).click();
    const added = page.getByRole('group', { name: /^Gate criterion \d+: / }).last();
    await added.getByRole('combobox', { name: 'Metric' }).selectOption('minutes_saved_per_output');
    await added.getByText(/output-quality file with editing minutes and minutes by hand/).waitFor();
    await added.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'A period before the AI (dates)' });
    await added.getByLabel('Baseline from').fill('2026-08-10');
    await added.getByLabel('Baseline to').fill('2026-09-06');
    await waitForSaved(session);
    await added.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS_DIR, 'value-03-period-editor-1366.png') });

    // No quality rows are dated before the pilot: the gate says it cannot measure, and why.
    await page.getByRole('radio', { name: 'Gate results' }).click();
    await page.getByText(/^No data between Aug 10, 2026 and Sep 6, 2026/).first().waitFor();
    await page.screenshot({ path: resolve(SHOTS_DIR, 'value-04-period-result-1366.png') });

    await page.getByRole('tab', { name: 'Summary report' }).click();
    const section = page.getByRole('region', { name: 'Value delivered' });
    await section.getByText(/hours saved over [\d,]+ outputs/).waitFor();
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS_DIR, 'value-05-report-1366.png') });
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';
import { renderPages, savePdf, squash } from './pdf-pages';

const session = useBrowser();
const SAMPLES = resolve(import.meta.dirname, '../../samples');
const OUT = resolve(import.meta.dirname, '../../test-results/unjudged-incident');
const NOTE =
  'A critical incident was recorded in this stage: on Sep 9, 2026 (“Replies sent with another customer\'s claim details; the AI…”, rollback taken). ' +
  'No criterion or trigger of this stage judges incidents, so this verdict does not take it into account.';

describe('a critical incident no criterion judges (the Team workflow pilot template has no incident criterion in stage 1)', () => {
  it('is named beside the stage 1 verdict on screen, in the decision form and in the printed bottom line, without changing it', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.setFixedTime(new Date('2026-10-12T10:00:00'));
    await page.reload();
    await createPlanFromTemplate(session, 'Claims drafting rollout', 'Team workflow pilot');
    await page.getByRole('tab', { name: 'Stages' }).click();
    const stage1 = page.getByRole('region', { name: 'Stage 1: Internal pilot' });
    await stage1.getByRole('radio', { name: 'Edit stage' }).check();
    await stage1.getByLabel('Planned start').fill('2026-09-07');
    await stage1.getByRole('radio', { name: 'Gate results' }).check();
    const verdictBefore = await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 1: Internal pilot/ }).textContent();

    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.locator('input[type="file"]').setInputFiles(resolve(SAMPLES, 'incidents-critical.csv'));
    const wizard = page.getByRole('region', { name: 'Import “incidents-critical.csv”' });
    await wizard.getByText(/Suggested Incidents/).first().waitFor();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByText(/1 incident added to the register/).waitFor();
    await wizard.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('tab', { name: 'Stages' }).click();
    await stage1.getByText(NOTE).first().waitFor();
    // The verdict stands on the criteria the plan set.
    expect(await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 1: Internal pilot/ }).textContent()).toBe(verdictBefore);
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await stage1.getByText(NOTE).first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: resolve(OUT, `stage-${width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });

    // The decision form's recommendation, and so the evidence a decision records, carries it too.
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const shown = page.locator('li:visible').filter({ hasText: NOTE });
    await shown.first().scrollIntoViewIfNeeded();
    expect(await shown.count()).toBeGreaterThan(0);

    await page.getByRole('tab', { name: 'Summary report' }).click();
    await page.getByRole('article', { name: 'Stakeholder summary' }).getByRole('region', { name: 'Bottom line' }).getByText(NOTE).waitFor();
    for (const format of ['A4', 'Letter'] as const) {
      await page.getByRole('radio', { name: format }).check();
      const pdf = await savePdf(page, OUT, `report-${format}`, format);
      expect(pdf.pageCount, `${format}: at most three pages`).toBeLessThanOrEqual(3);
      // On page 1, in the bottom line: the executive's two minutes must not read "None open" alone.
      expect(squash(pdf.pages[0] ?? '')).toContain(squash(NOTE));
      expect(renderPages(pdf.path, OUT, `report-${format}`)).toHaveLength(pdf.pageCount);
    }
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate } from './journeys';
import { renderPages, savePdf, squash } from './pdf-pages';

const session = useBrowser();
const OUT = resolve(import.meta.dirname, '../../test-results/long-plan-print');
const LONG_STAGE = 'Five percent of inbound retail traffic in the Oslo and Helsinki contact centres, weekdays only';
const LONG_NAME = 'Customer complaints triage assistant for the Northern European retail banking division (phase two, including Norway and Finland)';

/**
 * SPEC §8: the summary opens with the bottom line. A plan with a long name and ten stages made the box taller than what
 * the title leaves of page 1, and the box was kept whole, so page 1 printed the title alone and the bottom line began on page 2.
 */
describe('the printed summary of a long plan', () => {
  it('starts the bottom line on page 1 under a three-line title with ten stages, on A4 and on Letter', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.clock.setFixedTime(new Date('2026-11-22T10:00:00'));
    await page.reload();
    await createPlanFromTemplate(session, LONG_NAME, 'Percentage traffic rollout');
    await page.getByRole('tab', { name: 'Stages' }).click();
    const nav = page.getByRole('navigation', { name: 'Stages' });
    for (let n = 5; n <= 10; n++) {
      await page.getByRole('button', { name: 'Add stage', exact: true }).click();
      await nav.getByRole('button', { name: new RegExp(`^Stage ${n}:`) }).waitFor();
    }
    // A long first stage that has run: its row gives the reasons it cannot be judged, the tallest row of the box.
    await nav.getByRole('button', { name: /^Stage 1:/ }).click();
    const stage1 = page.getByRole('region', { name: /^Stage 1:/ });
    await stage1.getByRole('radio', { name: 'Edit stage' }).check();
    await stage1.getByRole('textbox', { name: 'Stage name' }).fill(LONG_STAGE);
    await stage1.getByLabel('Planned start').fill('2026-10-05');
    await page.getByRole('region', { name: `Stage 1: ${LONG_STAGE}` }).waitFor();
    await page.getByRole('tab', { name: 'Summary report' }).click();
    const summary = page.getByRole('article', { name: 'Stakeholder summary' });
    await summary.getByRole('region', { name: 'Bottom line' }).getByRole('rowheader', { name: /^Stage 10:/ }).waitFor();
    for (const format of ['A4', 'Letter'] as const) {
      await page.getByRole('radio', { name: format }).check();
      const file = `long-plan-${format}`;
      rmSync(resolve(OUT, `${file}.pdf`), { force: true });
      const pdf = await savePdf(page, OUT, file, format);
      const first = squash(pdf.pages[0] ?? '');
      expect(first, `${format}: page 1 opens the bottom line`).toContain('Bottom line');
      expect(first, `${format}: page 1 holds the first stage's row`).toContain('Stage 1: Five percent');
      // Every stage is still there, none cut in two: each row's verdict stays with its stage.
      const all = squash(pdf.text);
      for (let n = 1; n <= 10; n++) expect(all).toMatch(new RegExp(`Stage ${n}: [^]*?Recommended Hold`));
      expect(renderPages(pdf.path, OUT, file).length).toBe(pdf.pageCount);
    }
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';
import { recordStage1Proceed, trySampleData } from './journeys';
import { savePdf, squash } from './pdf-pages';

// Every verdict sentence must be true on the day it is read: in the reader's time zone, with the data as old
// (or as early) as they are, and on paper read later.
const session = useBrowser();
const OUT = resolve(import.meta.dirname, '../../test-results/true-today');

async function openSample(page: Page, at: string): Promise<void> {
  await page.clock.setFixedTime(new Date(at));
  await page.goto(session.url);
  await trySampleData({ page });
  await page.getByText(/^Created “Sample: claims reply drafting” with \d+ sample files imported$/).waitFor({ timeout: 60_000 });
}

describe('sentences true on the day they are read', () => {
  it('in Auckland, an import made there in the morning is dated that day everywhere, and a proceed with an unchecked trigger says so on paper', async () => {
    mkdirSync(OUT, { recursive: true });
    const browser = session.context.browser();
    if (browser === null) throw new Error('no browser');
    // 07:00 on Nov 23 in Auckland is still Nov 22 in UTC, the day the stored instant's first ten characters name.
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Pacific/Auckland', viewport: { width: 1366, height: 768 } });
    try {
      const page = await context.newPage();
      await openSample(page, '2026-11-22T18:00:00Z');
      await page.getByRole('tab', { name: 'Thresholds' }).click();
      await page.getByText('Source: test-results.csv, imported Nov 23, 2026.').first().waitFor();
      // A figure from dated rows names their period: the error rate read in December is September's.
      await page.getByText(/^Source: operations\.csv, imported Nov 23, 2026, data from Sep 7\s–\s20, 2026\.$/).first().waitFor();
      expect(await page.getByText('imported Nov 22, 2026').count()).toBe(0);
      await page.screenshot({ path: resolve(SHOTS_DIR, 'true-today-01-thresholds-auckland.png'), fullPage: true });

      await page.getByRole('tab', { name: 'Summary report' }).click();
      await page.getByRole('article', { name: 'Stakeholder summary' }).getByText('Bottom line').first().waitFor();
      const { text } = await savePdf(page, OUT, 'summary-auckland-A4', 'A4');
      const all = squash(text);
      expect(all).toContain('Generated Nov 23, 2026 07:00 (UTC+13:00)');
      expect(all).toContain('usage.csv (imported Nov 23, 2026)');
      // Stage 1's editing trigger needs 30 outputs a week and week 4 has 25: the watch was not kept.
      expect(all).toContain('All 2 required criteria pass; no rollback trigger fired, but 1 rollback trigger could not be checked.');
      // Why, in the stage's block.
      expect(all).toContain('Not enough data Rollback trigger “Outputs under the editing limit below 80%”: Only 25 outputs in week 4; the trigger needs at least 30.');
      expect(all).toContain('Ready for the decision, though a rollback trigger could not be checked');
      expect(all).not.toContain('no rollback trigger fired. Ready for the decision: record it');
    } finally {
      await context.close();
    }
  });

  it('on Oct 20, rows dated in the week after are named as such, never as the current trend', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSample(page, '2026-10-20T10:00:00');
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 2:/ }).click();
    const stage = page.getByRole('region', { name: 'Stage 2: Expanded pilot' });
    await stage.getByRole('radio', { name: 'Gate results' }).check();
    const adoption = stage.getByRole('article', { name: /^Adoption rate at least 50% at week 4/ });
    await adoption
      .getByText("Judged on week 4, which ends on Nov 1, 2026; the data hold rows dated after today (Oct 20, 2026): 10 of 15 users (66.7%) in week 4; week 4 starts on Oct 26, 2026, check the file's dates.")
      .waitFor();
    await adoption.getByText('Dated after today', { exact: true }).waitFor();
    expect(await stage.getByText(/current trend/i).count()).toBe(0);
    await adoption.screenshot({ path: resolve(SHOTS_DIR, 'true-today-02-future-rows.png') });
  });

  it('a decision followed by new data says the figures beside it are not the evidence it was taken on', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page } = session;
    await openSample(page, '2026-11-22T10:00:00');
    await recordStage1Proceed(session, 'Adoption held at 60% in week 4.');
    expect(await page.getByText('The data changed after this decision').count()).toBe(0);

    // A week later, two more active users in week 4 arrive: adoption reads 5 of 5, not the 3 of 5 decided on.
    await page.clock.setFixedTime(new Date('2026-11-29T10:00:00'));
    const file = resolve(OUT, 'extra-usage.csv');
    writeFileSync(file, 'user_id,date,team,uses\nu03,2026-09-29,Support,4\nu05,2026-09-30,Claims,3\n');
    await page.getByRole('tab', { name: 'Pilot data' }).click();
    await page.getByLabel('Choose a CSV file').setInputFiles(file);
    const wizard = page.getByRole('region', { name: 'Import “extra-usage.csv”' });
    await wizard.getByRole('table', { name: /Preview/ }).waitFor();
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await wizard.getByRole('status').getByText(/^Imported .* data from/).waitFor({ timeout: 30_000 });
    await wizard.getByRole('button', { name: 'Done' }).click();

    const changed = "The data changed after this decision: extra-usage.csv (imported Nov 29, 2026) added. The figures shown are today's; the evidence it was taken on is kept in the decision log.";
    await page.getByRole('tab', { name: 'Stages' }).click();
    await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 1:/ }).click();
    await page.getByRole('region', { name: 'Stage 1: Internal pilot' }).getByText(changed).waitFor();
    await page.getByRole('tab', { name: 'Summary report' }).click();
    await page.getByRole('article', { name: 'Stakeholder summary' }).getByText('Bottom line').first().waitFor();
    const { text } = await savePdf(page, OUT, 'summary-data-after-decision-Letter', 'Letter');
    const all = squash(text);
    expect(all).toContain('Decided Proceed, Nov 22, 2026, Dana Kim; taken before data added on Nov 29, 2026');
    expect(all).toContain(`approved by Steering committee. ${changed}`);
  });
});

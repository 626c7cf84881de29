import { trySampleData } from './journeys';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';

const session = useBrowser();

/** A date as the data store it; none may reach a verdict or trigger sentence. */
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/**
 * Opens the sample plan in a browser set to `locale`, on Oct 20, 2026: week 2 of the expanded
 * pilot is below its quality trigger, so the trigger is trending and names the day it would fire.
 */
async function openSampleIn(locale: string): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.setFixedTime(new Date('2026-10-20T10:00:00'));
  await page.goto(session.url);
  await trySampleData({ page });
  await page.getByText(/Created “Sample: claims reply drafting” with 7 sample files imported/).waitFor({ timeout: 30_000 });
  return { page, close: () => context.close(), errors };
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS_DIR, `${name}.png`) });
}

describe('dates and numbers in the user’s locale', () => {
  it.each([
    // locale, the fire date as written there, the measured share as written there
    ['en-US', 'Nov 2, 2026', '76.9%'],
    ['de-DE', '2 Nov 2026', '76,9%'],
  ])('%s: trigger and verdict sentences carry no ISO date, and the locale’s own', async (locale, fireDate, share) => {
    const { page, close, errors } = await openSampleIn(locale);
    try {
      await page.getByRole('tab', { name: 'Stages' }).click();
      await page.getByRole('navigation', { name: 'Stages' }).getByRole('button', { name: /^Stage 2:/ }).click();
      const stage2 = page.getByRole('region', { name: 'Stage 2: Expanded pilot' });
      const trigger = stage2.getByRole('article', { name: /^Outputs under the editing limit below 80%/ });
      const sentence =
        `Outputs under the editing limit at week 2 is 60 of 78 outputs (${share}), below 80% for 1 week so far; ` +
        `if it stays below 80%, the trigger fires on ${fireDate} (more than 2 consecutive weeks).`;
      await trigger.getByText(sentence, { exact: true }).waitFor();
      await trigger.getByText(`Would fire on ${fireDate}`).waitFor();
      await trigger.scrollIntoViewIfNeeded();
      await shot(page, `locale-${locale}-stage2-trigger-1366`);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await trigger.scrollIntoViewIfNeeded();
      await shot(page, `locale-${locale}-stage2-trigger-1920`);
      await page.setViewportSize({ width: 1366, height: 768 });

      // The callout that once read "would fire on Nov 16, 2026 — … fires on 2026-11-16": one date, written one way.
      const recommendation = stage2.getByRole('region', { name: 'Recommendation' });
      const trending = recommendation.getByRole('note', { name: 'Rollback triggers trending' });
      await trending.getByText(`would fire on ${fireDate}`).waitFor();
      expect(await trending.innerText()).toContain(`the trigger fires on ${fireDate}`);

      // Everything the stage shows of its verdict, its criteria and its triggers.
      const texts = [await trigger.innerText(), await recommendation.innerText()];
      for (const card of await stage2.getByRole('article').all()) texts.push(await card.innerText());
      for (const text of texts) expect(text).not.toMatch(ISO_DATE);
      expect(texts.join('\n')).toContain(`fires on ${fireDate}`);

      // The dashboard's attention list says the same, in the same words.
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      const dashboard = page.getByRole('tabpanel');
      await dashboard.getByText(`would fire on ${fireDate}`).first().waitFor();
      expect(await dashboard.innerText()).not.toMatch(ISO_DATE);
      await shot(page, `locale-${locale}-dashboard-1366`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

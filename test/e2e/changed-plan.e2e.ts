import { describe, expect, it } from 'vitest';
import { useBrowser, type E2eSession } from './browser';
import { openSamplePlan, waitForSaved } from './journeys';

const session = useBrowser();

interface Stored {
  /** The plan record without its seal, as JSON (key order kept). */
  readonly content: string;
  readonly seal: unknown;
  readonly threshold: number;
  readonly decisions: number;
  readonly importParts: number;
}

/**
 * Reads (and, given `edit`, first lowers the first gate threshold of) the one stored plan, from a page
 * of the app's origin where the app is not running: as a user editing IndexedDB by hand would.
 */
async function storedPlan({ page, url }: E2eSession, edit: boolean): Promise<Stored> {
  await page.goto(new URL('/not-the-app', url).href);
  return page.evaluate(
    (lower) =>
      new Promise<Stored>((resolve, reject) => {
        const request = indexedDB.open('rollout-readiness');
        request.onerror = () => reject(new Error('IndexedDB could not be opened'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['plans', 'decisions', 'importData'], 'readwrite');
          const plans = tx.objectStore('plans');
          const cursor = plans.openCursor();
          // Entries only: the plan's chain anchor is kept in the same store, outside this index.
          const decisions = tx.objectStore('decisions').index('byPlan').count();
          const parts = tx.objectStore('importData').count();
          let found: Record<string, unknown> & { stages: { criteria: { threshold: number }[] }[] } = { stages: [] };
          cursor.onsuccess = () => {
            if (!cursor.result) return;
            found = cursor.result.value as typeof found;
            if (lower) {
              found.stages[0]!.criteria[0]!.threshold -= 10;
              plans.put(found, cursor.result.key);
            }
          };
          tx.oncomplete = () => {
            db.close();
            const { seal, ...content } = found;
            resolve({
              content: JSON.stringify(content),
              seal,
              threshold: found.stages[0]!.criteria[0]!.threshold,
              decisions: decisions.result,
              importParts: parts.result,
            });
          };
        };
      }),
    edit,
  );
}

describe('a plan changed outside the app', () => {
  it('is marked in the plan list and on the plan, and accepted only by the user, logged, with nothing else lost', async () => {
    const { page } = session;
    await openSamplePlan(session);
    await waitForSaved(session);
    const before = await storedPlan(session, false);
    expect(before.seal).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const edited = await storedPlan(session, true);
    expect(edited.threshold).toBe(before.threshold - 10);
    await page.goto(session.url);

    const name = 'Sample: claims reply drafting';
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Plans' });
    await nav.getByText('Changed outside the app', { exact: true }).waitFor();
    const notice = page.getByRole('alert').filter({ hasText: /^Changed outside the app\. This plan as stored/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/The app cannot tell what changed, nor when\. The app last saved it on .* It was kept exactly as found\./);
    const startup = page.getByRole('region', { name: 'Start-up notices' });
    expect(await startup.textContent()).toMatch(new RegExp(`"${name}" was changed outside the app`));
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await session.shot(`changed-plan-${width}x${height}`);
    }

    // The printed summary says so above its bottom line.
    await page.getByRole('tab', { name: 'Summary report' }).click();
    await page.getByText(/^Changed outside the app and not accepted: .* may rest on values it did not record\.$/).waitFor();
    await session.shot('changed-plan-report');

    // No edit is taken before the user chooses.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Typed before choosing.');
    await page.getByText(/Choose “Use this plan as it is now” or restore the previous version before editing it\./).first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Purpose' }).inputValue()).not.toBe('Typed before choosing.');

    await notice.getByRole('button', { name: 'Use this plan as it is now' }).click();
    await page.getByText(`“${name}” is used as it is now; the decision log records that you accepted it.`).waitFor();
    expect(await notice.count()).toBe(0);
    expect(await nav.getByText('Changed outside the app', { exact: true }).count()).toBe(0);
    // The start-up notice and the refused edit's message are answered too.
    expect(await page.getByText(/was changed outside the app: it no longer matches/).count()).toBe(0);
    expect(await page.getByText(/before editing it\./).count()).toBe(0);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await page.getByText(/The plan was changed outside the app; accepted by the user on 2026-11-22/).first().waitFor();
    await session.shot('changed-plan-accepted');

    const after = await storedPlan(session, false);
    // The plan as found, sealed again: the lowered threshold kept, every other field as it was.
    expect(after.content).toBe(edited.content);
    expect(after.threshold).toBe(before.threshold - 10);
    expect(after.seal).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(after.seal).not.toEqual(before.seal);
    expect(after.decisions).toBe(before.decisions + 1);
    expect(after.importParts).toBe(before.importParts);

    // Reopened: no longer marked.
    await page.goto(session.url);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await waitForSaved(session);
    expect(await page.getByText('Changed outside the app', { exact: true }).count()).toBe(0);
  });
});

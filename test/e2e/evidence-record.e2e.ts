import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS_DIR, useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

async function recordDecision(rationale: string): Promise<void> {
  const { page } = session;
  const form = page.getByRole('region', { name: 'Record a decision' });
  const name = form.getByRole('textbox', { name: 'Your name' });
  if (await name.count()) await name.fill('Dana Kim');
  await form.getByRole('textbox', { name: 'Rationale' }).fill(rationale);
  await form.getByRole('textbox', { name: 'Approved by' }).fill('Steering committee');
  await form.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText(rationale).first().waitFor();
  // The form empties itself once the entry is stored; typing before that would be wiped.
  await expect.poll(() => form.getByRole('textbox', { name: 'Rationale' }).inputValue()).toBe('');
}

async function shots(name: string): Promise<void> {
  const { page } = session;
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: resolve(SHOTS_DIR, `${name}-${width}.png`) });
  }
}

describe('the decision log’s chain in the browser', () => {
  it('says the log is intact, and names an entry edited in the browser’s storage on the dashboard and the Decisions tab', async () => {
    const { page } = session;
    await createPlanFromTemplate(session, 'Chain check', 'Team workflow pilot');
    await waitForSaved(session);
    await page.getByRole('tab', { name: 'Decisions' }).click();
    await recordDecision('Stage dates are not set yet: we wait.');
    await recordDecision('Still waiting for the pilot team.');
    await page.getByText('The decision log is intact: 2 entries.').waitFor();
    await page.getByText('The decision log is intact: 2 entries.').scrollIntoViewIfNeeded();
    await shots('evidence-log-intact');
    // The summary prints the log's length and the SHA-256 of its last entry.
    await page.getByRole('tab', { name: 'Summary report' }).click();
    const printed = page.locator('.report-chain');
    await printed.waitFor();
    expect(await printed.textContent()).toMatch(/The decision log is intact: 2 entries\. Last entry’s SHA-256: [0-9a-f]{64}\./);
    await printed.scrollIntoViewIfNeeded();
    await shots('evidence-report-chain');

    // A hostile edit straight in IndexedDB: the first hold's rationale rewritten.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('rollout-readiness');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('decisions', 'readwrite');
        const store = tx.objectStore('decisions');
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          const record = at.value as { seq: number; entry: { rationale: string } };
          if (record.seq === 0) at.update({ ...record, entry: { ...record.entry, rationale: 'We decided to proceed.' } });
          at.continue();
        };
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    });
    await page.reload();
    await page.getByRole('button', { name: /Chain check/ }).first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The decision log was changed outside the app.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Entry 1 was edited after it was recorded.');
    await shots('evidence-dashboard-broken');
    await page.getByRole('tab', { name: 'Decisions' }).click();
    const log = page.getByRole('region', { name: 'Decision log' });
    await log.getByText('Entry 1 was edited after it was recorded.').waitFor();
    await shots('evidence-decisions-broken');
  });
});

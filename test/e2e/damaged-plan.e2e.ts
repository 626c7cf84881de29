import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

describe('a plan damaged in storage', () => {
  it('is listed as damaged with its previous version offered, and restored only when the user chooses', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await createPlanFromTemplate(session, 'Claims triage assistant', 'Team workflow pilot');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Drafts first replies to insurance claims.');
    await waitForSaved(session);

    // Damage the stored plan behind the app's back, through the browser storage the adapter uses,
    // from a page of the same origin where the app is not running (as a crash would leave it).
    await page.goto(new URL('/not-the-app', session.url).href);
    const damaged = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('rollout-readiness');
          request.onerror = () => reject(new Error('IndexedDB could not be opened'));
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('plans', 'readwrite');
            const store = tx.objectStore('plans');
            const cursor = store.openCursor();
            let id = '';
            cursor.onsuccess = () => {
              const found = cursor.result;
              if (!found) return;
              id = String(found.key);
              store.put({ ...(found.value as object), revision: 'damaged by a crash' }, found.key);
            };
            tx.oncomplete = () => {
              db.close();
              resolve(id);
            };
          };
        }),
    );
    expect(damaged).not.toBe('');

    await page.goto(session.url);
    const list = page.getByRole('list', { name: 'Damaged plans' });
    await list.waitFor();
    await list.getByText('Claims triage assistant').waitFor();
    const notice = page.getByRole('region', { name: 'Start-up notices' }).getByRole('alert');
    expect(await notice.textContent()).toMatch(/can be restored from the plan list; nothing is replaced until you choose\.$/);
    expect(await page.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).count()).toBe(0);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await session.shot(`damaged-plan-offered-${width}x${height}`);
    }

    await list.getByRole('button', { name: /^Restore previous version \(saved / }).click();
    await page.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).waitFor();
    await page.getByText(/Restored the previous version of “Claims triage assistant”/).waitFor();
    expect(await page.getByRole('list', { name: 'Damaged plans' }).count()).toBe(0);
    await session.shot('damaged-plan-restored');
  });
});

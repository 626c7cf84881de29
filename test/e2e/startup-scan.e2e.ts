import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { createPlanFromTemplate, waitForSaved } from './journeys';

const session = useBrowser();

/** Counts the page's own reads of every stored plan (a worker's are not seen here). */
function countPlanReads(): void {
  const reads = { plans: 0 };
  (window as unknown as { __planReads: typeof reads }).__planReads = reads;
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
    if (this.name === 'plans') reads.plans += 1;
    return getAll.apply(this, args);
  };
}

/**
 * Puts plans in storage behind the app's back, from a page of the same origin: `copies` copies of the stored
 * plan (unsealed), an old-format copy when asked (as the first preview builds stored a plan: no schema version and none
 * of the later fields), and always a damaged copy.
 */
function storeBesideThePlan({ copies, withOld }: { readonly copies: number; readonly withOld: boolean }): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('rollout-readiness');
    request.onerror = () => reject(new Error('IndexedDB could not be opened'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('plans', 'readwrite');
      const store = tx.objectStore('plans');
      const all = store.getAll();
      all.onsuccess = () => {
        // Without the stored plan's seal: a copy under a new id and name would no longer match it (it would read as
        // changed outside the app, changed-plan.e2e.ts); these stand for plans stored before plans were sealed.
        const { seal: _seal, ...plan } = all.result[0] as Record<string, unknown>;
        for (let n = 1; n <= copies; n += 1) store.put({ ...plan, id: `copy-${n}`, name: `Copy ${String(n).padStart(2, '0')}` }, `copy-${n}`);
        if (withOld) {
          const old: Record<string, unknown> = { ...plan, id: 'old-plan', name: 'Preview-era plan' };
          for (const field of ['schemaVersion', 'revision', 'archived', 'templateId', 'scoreHistory', 'editingShareLimit', 'statisticalConfidence', 'tierAnswers']) delete old[field];
          store.put(old, 'old-plan');
        }
        store.put({ ...plan, id: 'broken-plan', name: 'Broken plan', revision: 'damaged by a crash' }, 'broken-plan');
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
    };
  });
}

describe('start-up with stored plans (browser build)', () => {
  it('reads and checks many in the start-up worker: lists the good, upgrades the old, reports the damaged, opens the last plan', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await createPlanFromTemplate(session, 'Claims triage assistant', 'Team workflow pilot');
    await waitForSaved(session);

    // Enough copies for the worker (MIN_PLANS_FOR_WORKER in renderer/api/startup-scan.ts), an old-format
    // copy and a damaged copy, put in storage behind the app's back from a page of the same origin.
    await page.goto(new URL('/not-the-app', session.url).href);
    await page.evaluate(storeBesideThePlan, { copies: 24, withOld: true });

    await page.addInitScript(countPlanReads);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(session.url);

    const plans = page.getByRole('navigation', { name: 'Plans' });
    await plans.getByText('Preview-era plan').waitFor();
    await plans.getByText('Claims triage assistant').waitFor();
    await plans.getByText('Copy 24').waitFor();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const notices = page.getByRole('region', { name: 'Start-up notices' });
    await notices.getByText(/"Preview-era plan" was saved by an older version/).waitFor();
    await notices.getByText(/"Broken plan" could not be opened/).waitFor();
    expect(await plans.getByText('Broken plan').count()).toBe(0);

    expect(workers.some((url) => /plan-scan-worker/.test(url))).toBe(true);
    // Start-up read every plan in the worker only (the page still sets the damaged one aside and writes the upgrade back).
    expect(await page.evaluate(() => (window as unknown as { __planReads: { plans: number } }).__planReads.plans)).toBe(0);
    await session.shot('startup-scan-notices');
  });

  it('with a few plans reads them on the page, with the same notices', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: 'No plans yet' }).waitFor();
    await createPlanFromTemplate(session, 'Claims triage assistant', 'Team workflow pilot');
    await waitForSaved(session);
    await page.goto(new URL('/not-the-app', session.url).href);
    await page.evaluate(storeBesideThePlan, { copies: 0, withOld: false });
    await page.addInitScript(countPlanReads);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(session.url);
    await page.getByRole('heading', { level: 1, name: 'Claims triage assistant' }).waitFor();
    await page.getByRole('region', { name: 'Start-up notices' }).getByText(/"Broken plan" could not be opened/).waitFor();
    expect(workers.some((url) => /plan-scan-worker/.test(url))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __planReads: { plans: number } }).__planReads.plans)).toBe(1);
  });
});

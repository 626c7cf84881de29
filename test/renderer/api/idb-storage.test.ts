import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import type { FilePlatform } from '../../../shared/service/file-platform';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makePlan, TEST_NOW } from '../plan-fixtures';

const noFiles: FilePlatform = {
  saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  savePlanFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  openPlanFile: async () => ({ ok: true, value: null }),
  printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the IndexedDB adapter', () => {
  it('reads every plan for the plan list in one transaction, not one per plan', async () => {
    const name = 'one-transaction';
    const first = createRolloutService(createIdbStorage(name), noFiles, { now: () => TEST_NOW });
    for (let n = 1; n <= 6; n += 1) expect((await first.savePlan(makePlan({ id: `plan-${n}`, name: `Plan ${n}` }))).ok).toBe(true);

    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const restarted = createRolloutService(createIdbStorage(name), noFiles, { now: () => TEST_NOW });
    await restarted.getStartupNotices();
    const listed = await restarted.listPlans();
    expect(listed.ok && listed.value).toHaveLength(6);
    const touchingPlans = transaction.mock.calls.filter(([stores]) => [stores].flat().includes('plans'));
    expect(touchingPlans).toHaveLength(1);
  });

  it('keeps the version each save replaced, and removes it with the plan', async () => {
    const idb = createIdbStorage('previous-versions');
    const plan = makePlan();
    await idb.writePlan(plan);
    expect(await idb.readPreviousPlan(plan.id)).toBeUndefined();
    await idb.writePlan({ ...plan, revision: 2 });
    expect(await idb.readPreviousPlan(plan.id)).toEqual({ value: plan });
    await idb.deletePlan(plan.id);
    expect(await idb.readPreviousPlan(plan.id)).toBeUndefined();
  });

  it('reads stored import parts through the reader it is given (the browser’s worker), under the key it writes them', async () => {
    const idb = createIdbStorage('read-through-worker');
    const plan = makePlan();
    await idb.writePlan(plan);
    await idb.writeImportData(plan.id, 'imp-1', 'rows', new Uint8Array([1, 2, 3]));
    // The worker's part played in this thread: the same database, opened again, read by key.
    const asked: string[] = [];
    const inPlace = (dbName: string, store: string, key: string) =>
      new Promise<Uint8Array | undefined>((resolve, reject) => {
        asked.push(`${store}:${key}`);
        const open = indexedDB.open(dbName);
        open.onsuccess = () => {
          const get = open.result.transaction([store]).objectStore(store).get(key);
          get.onsuccess = () => resolve(get.result instanceof Uint8Array ? get.result : undefined);
          get.onerror = () => reject(get.error ?? new Error('get failed'));
        };
      });
    const reading = createIdbStorage('read-through-worker', undefined, inPlace);
    expect(await reading.readImportData(plan.id, 'imp-1', 'rows')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await reading.readImportData(plan.id, 'imp-1', 'rejected')).toBeUndefined();
    expect(asked).toEqual([`importData:${plan.id}/imp-1/rows`, `importData:${plan.id}/imp-1/rejected`]);
  });
});

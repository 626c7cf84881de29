import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BytesStore } from '../../../renderer/api/idb-bytes-client';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makePlan, TEST_NOW } from '../plan-fixtures';
import { noFiles } from './no-files';

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

  it('reads and writes stored import parts through the bytes store it is given (the browser’s worker), under the keys of its own', async () => {
    const idb = createIdbStorage('bytes-through-worker');
    const plan = makePlan();
    await idb.writePlan(plan);
    await idb.writeImportData(plan.id, 'imp-1', 'rows', new Uint8Array([1, 2, 3]));
    // The worker's part played in this thread: the same database, opened again, by key.
    const asked: string[] = [];
    const request = <T>(dbName: string, store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onsuccess = () => {
          const tx = open.result.transaction([store], mode);
          const done = work(tx.objectStore(store));
          tx.oncomplete = () => resolve(done.result as T);
          tx.onerror = () => reject(tx.error ?? new Error('failed'));
        };
      });
    const inPlace: BytesStore = {
      read: async (dbName, store, key) => {
        asked.push(`read ${store}:${key}`);
        const value = await request<unknown>(dbName, store, 'readonly', (s) => s.get(key));
        return value instanceof Uint8Array ? value : undefined;
      },
      write: async (dbName, store, key, bytes) => {
        asked.push(`write ${store}:${key}`);
        await request(dbName, store, 'readwrite', (s) => s.put(bytes, key));
      },
    };
    const through = createIdbStorage('bytes-through-worker', undefined, inPlace);
    expect(await through.readImportData(plan.id, 'imp-1', 'rows')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await through.readImportData(plan.id, 'imp-1', 'rejected')).toBeUndefined();
    await through.writeImportData(plan.id, 'imp-2', 'rows', new Uint8Array([4, 5]));
    // Written by the worker, read by the page's own connection: the same records.
    expect(await idb.readImportData(plan.id, 'imp-2', 'rows')).toEqual(new Uint8Array([4, 5]));
    expect(asked).toEqual([`read importData:${plan.id}/imp-1/rows`, `read importData:${plan.id}/imp-1/rejected`, `write importData:${plan.id}/imp-2/rows`]);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { countStoredPlans } from '../../../renderer/api/idb-plans';
import { MIN_PLANS_FOR_WORKER, startStartupScan } from '../../../renderer/api/startup-scan';
import type { CheckedPlanRecord } from '../../../shared/service/plan-check';
import { makePlan } from '../../electron/fixtures';

let databases = 0;

describe('choosing the start-up scan', () => {
  it.each([
    [0, false],
    [MIN_PLANS_FOR_WORKER - 1, false],
    [MIN_PLANS_FOR_WORKER, true],
    [100, true],
  ])('with %i stored plans starts the worker: %s', async (count, started) => {
    const scans: string[] = [];
    const records: readonly CheckedPlanRecord[] = [];
    const scan = await startStartupScan('the-db', {
      countPlans: async () => count,
      startScan: async (dbName) => {
        scans.push(dbName);
        return records;
      },
    });
    expect(scans).toEqual(started ? ['the-db'] : []);
    expect(scan).toBe(started ? records : undefined);
  });

  it('passes on a failed count, so the page reads the plans itself', async () => {
    const counting = startStartupScan('the-db', { countPlans: () => Promise.reject(new Error('IndexedDB is blocked')) });
    await expect(counting).rejects.toThrow('IndexedDB is blocked');
  });
});

describe('counting the stored plans', () => {
  it('counts the records without creating a database that is not there', async () => {
    const missing = `count-missing-${(databases += 1)}`;
    expect(await countStoredPlans(missing)).toBe(0);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(missing);

    const name = `count-${(databases += 1)}`;
    const store = createIdbStorage(name);
    for (const id of ['a', 'b', 'c']) await store.writePlan(makePlan({ id }));
    expect(await countStoredPlans(name)).toBe(3);
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import type { StoredRowsLocation } from '../../../renderer/import/stored-rows-reader';
import { createAppStore } from '../../../renderer/store/create-app-store';
import type { AppStore } from '../../../renderer/store/types';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../../shared/decisions/fixtures';
import { storedRows } from '../../shared/rows-fixture';

let databases = 0;

function settled(store: AppStore, importId: string): Promise<string> {
  return new Promise((resolve) => {
    const check = () => {
      const state = store.getState().importData[importId];
      if (state && state.status !== 'loading') {
        unsubscribe();
        resolve(state.status);
      }
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

describe('reopening a plan with imported rows', () => {
  it.each<[string, (dbName: string) => StoredRowsLocation | undefined, number]>([
    ['the engine reads IndexedDB itself: the rows never pass through the API on this thread', (dbName) => ({ kind: 'indexeddb', dbName }), 0],
    ['without a location the rows come through the API (Electron on a dev server)', () => undefined, 1],
  ])('%s', async (_name, location, expectedApiReads) => {
    const dbName = `pilot-metrics-${++databases}`;
    const record = importRecord({ id: 'imp-usage', accepted: 20 });
    const plan = makePlan({ imports: [record] });
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    await api.saveImportData(plan.id, record.id, 'rows', storedRows('usage', 20));

    let apiReads = 0;
    const load = api.loadImportData.bind(api);
    api.loadImportData = (...args) => {
      apiReads++;
      return load(...args);
    };
    const storedRowsAt = location(dbName);
    const store = createAppStore(api, { saveDelayMs: 60_000, ...(storedRowsAt ? { storedRows: storedRowsAt } : {}) });
    await store.getState().openPlan(plan.id);

    expect(await settled(store, record.id)).toBe('ready');
    expect(store.getState().importData[record.id]).toEqual({ status: 'ready', rows: 20 });
    expect(apiReads).toBe(expectedApiReads);
  });

  it('says the rows are missing when the worker finds none', async () => {
    const dbName = `pilot-metrics-${++databases}`;
    const record = importRecord({ id: 'imp-usage', accepted: 20 });
    const plan = makePlan({ imports: [record] });
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 60_000, storedRows: { kind: 'indexeddb', dbName } });
    await store.getState().openPlan(plan.id);
    expect(await settled(store, record.id)).toBe('missing');
  });
});

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

describe('a fresh import’s rows saved by the metrics engine itself', () => {
  async function setUp(location: 'indexeddb' | 'none') {
    const dbName = `pilot-metrics-${++databases}`;
    const plan = makePlan();
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 60_000, ...(location === 'indexeddb' ? { storedRows: { kind: 'indexeddb', dbName } as const } : {}) });
    await store.getState().openPlan(plan.id);
    return { api, store, plan };
  }

  it('stores them under the API’s rules, readable through the API, and keeps them loaded', async () => {
    const { api, store, plan } = await setUp('indexeddb');
    const rows = storedRows('usage', 20);
    const copy = rows.slice();
    const saved = await store.getState().storeImportRows(plan.id, 'imp-new', rows);
    expect(saved).toEqual({ ok: true, value: undefined });
    expect(await api.loadImportData(plan.id, 'imp-new', 'rows')).toEqual({ ok: true, value: copy });
    expect(store.getState().importData['imp-new']).toEqual({ status: 'ready', rows: 20 });
  });

  it.each([
    ['a plan that does not exist', 'gone', 'imp-new', 'not_found'],
    ['an import id that is not safe', undefined, '../x', 'invalid'],
  ])('refuses %s and keeps nothing', async (_name, planId, importId, code) => {
    const { store, plan } = await setUp('indexeddb');
    const saved = await store.getState().storeImportRows(planId ?? plan.id, importId, storedRows('usage', 20));
    expect(saved).toMatchObject({ ok: false, error: { code } });
    expect(store.getState().importData[importId]).toBeUndefined();
  });

  it('is not offered when the engine cannot reach the storage (the rows then go through the API)', async () => {
    const { store, plan } = await setUp('none');
    expect(store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20))).toBeNull();
  });
});

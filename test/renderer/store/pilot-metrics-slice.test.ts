import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { metricsMatchPlan } from '../../../shared/metrics';
import type { StoredRowsLocation } from '../../../renderer/import/stored-rows-reader';
import { createAppStore } from '../../../renderer/store/create-app-store';
import type { AppStore } from '../../../renderer/store/types';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../../shared/decisions/fixtures';
import { storedRows } from '../../shared/rows-fixture';
import { openRejectedRows } from '../../../shared/csv/rejected-part';

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

  it('saves the rejected rows beside them, as UTF-8 with its byte order mark, readable through the API', async () => {
    const { api, store, plan } = await setUp('indexeddb');
    const rejectedCsv = '\uFEFFline,reason\r\n7,“not a date”\r\n';
    const saved = await store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20), { rejectedCsv });
    expect(saved).toEqual({ ok: true, value: undefined });
    const loaded = await api.loadImportData(plan.id, 'imp-new', 'rejected');
    expect(loaded.ok && loaded.value !== null ? openRejectedRows(loaded.value) : null).toEqual({ ok: true, csv: new Uint8Array(Buffer.from(rejectedCsv, 'utf8')) });
    // Sealed with a checksum, as the accepted rows are: a changed byte is caught when they are opened.
    const damaged = loaded.ok && loaded.value !== null ? new Uint8Array(loaded.value) : new Uint8Array(0);
    damaged[3]! ^= 0x01;
    expect(openRejectedRows(damaged)).toEqual({ ok: false, problem: 'the rows’ checksum no longer matches, so they changed after they were stored' });
  });

  it('is not offered when the engine cannot reach the storage (the rows then go through the API)', async () => {
    const { store, plan } = await setUp('none');
    expect(store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20))).toBeNull();
  });
});

describe('the metrics of a fresh import, worked out while its rows are saved', () => {
  function metricsSettled(store: AppStore): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        const state = store.getState();
        if (state.pilotMetricsStatus === 'ready' && state.pilotMetrics !== null) {
          unsubscribe();
          resolve();
        }
      };
      const unsubscribe = store.subscribe(check);
      check();
    });
  }

  async function setUp() {
    const dbName = `pilot-metrics-${++databases}`;
    const plan = makePlan({ stages: makePlan().stages.map((s, i) => (i === 0 ? { ...s, plannedStart: '2026-10-05', enrolledUsers: 40 } : s)) });
    const api = createBrowserApi(dbName);
    await api.savePlan(plan);
    const store = createAppStore(api, { saveDelayMs: 60_000, storedRows: { kind: 'indexeddb', dbName } });
    await store.getState().openPlan(plan.id);
    return { api, store, plan, dbName };
  }
  const addRecord = (store: AppStore, id: string) =>
    store.getState().editPlan((p) => ({ ...p, imports: [...p.imports, importRecord({ id, accepted: 20 })] }));

  it('shows them as the record joins the plan, equal to the metrics computed afresh when the plan is reopened', async () => {
    const { api, store, plan, dbName } = await setUp();
    expect(await store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20))).toEqual({ ok: true, value: undefined });
    expect(store.getState().pilotMetrics).toBeNull();
    addRecord(store, 'imp-new');
    // At once, in the same update as the record: no second computation was waited for.
    const shown = store.getState().pilotMetrics;
    expect(shown).not.toBeNull();
    expect(store.getState().pilotMetricsStatus).toBe('ready');

    const saved = store.getState().plan;
    if (!saved) throw new Error('no plan');
    await api.savePlan(saved);
    const reopened = createAppStore(api, { saveDelayMs: 60_000, storedRows: { kind: 'indexeddb', dbName } });
    await reopened.getState().openPlan(plan.id);
    await metricsSettled(reopened);
    expect(reopened.getState().pilotMetrics).toEqual(shown);
  });

  it('computes them again when the plan changed while the rows were saved', async () => {
    const { store, plan } = await setUp();
    const saving = store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20));
    store.getState().editPlan((p) => ({ ...p, stages: p.stages.map((s, i) => (i === 0 ? { ...s, enrolledUsers: 10 } : s)) }));
    expect(await saving).toEqual({ ok: true, value: undefined });
    addRecord(store, 'imp-new');
    // The early metrics were for 40 enrolled users: not shown.
    expect(store.getState().pilotMetrics).toBeNull();
    await metricsSettled(store);
    const current = store.getState().plan;
    expect(current && store.getState().pilotMetrics && metricsMatchPlan(store.getState().pilotMetrics!, current)).toBe(true);
  });

  it('leaves the replaced import out, so its rows are never counted twice', async () => {
    const { store, plan } = await setUp();
    expect(await store.getState().storeImportRows(plan.id, 'imp-old', storedRows('usage', 20))).toMatchObject({ ok: true });
    addRecord(store, 'imp-old');
    await metricsSettled(store);
    const single = store.getState().pilotMetrics;

    expect(await store.getState().storeImportRows(plan.id, 'imp-new', storedRows('usage', 20), { replacing: 'imp-old' })).toMatchObject({ ok: true });
    addRecord(store, 'imp-new');
    // Both imports are in the plan for a moment: those are not the metrics worked out early.
    expect(store.getState().pilotMetrics).toBe(single);
    store.getState().editPlan((p) => ({ ...p, imports: p.imports.filter((r) => r.id !== 'imp-old') }));
    expect(store.getState().pilotMetrics).not.toBe(single);
    // The same rows under the new import's id: the same figures.
    expect(store.getState().pilotMetrics).toEqual(single && { ...single, imports: single.imports.map((i) => ({ ...i, importId: 'imp-new' })) });
  });

  it('shows nothing from a save that was refused', async () => {
    const { store, plan } = await setUp();
    expect(await store.getState().storeImportRows('gone', 'imp-new', storedRows('usage', 20))).toMatchObject({ ok: false });
    store.getState().editPlan((p) => ({ ...p, name: `${plan.name} (edited)` }));
    expect(store.getState().pilotMetrics).toBeNull();
    expect(store.getState().importData['imp-new']).toBeUndefined();
  });
});

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import type { RolloutApi } from '../../../shared/api';
import { reviseForSave } from '../../../shared/model/plan-revision';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makeDecision } from '../../shared/decision-fixture';
import { makePlan, TEST_NOW } from '../plan-fixtures';
import { noFiles } from './no-files';
import { must } from '../../shared/must';

afterEach(() => vi.restoreAllMocks());

let databases = 0;
function openTab(): { api: RolloutApi; name: string } {
  databases += 1;
  const name = `faults-${databases}`;
  return { api: createRolloutService(createIdbStorage(name), noFiles, { now: () => TEST_NOW }), name };
}

/**
 * From now on every read-write transaction is aborted by the browser as a full quota (or another
 * failure) does: after its requests were made, with the transaction's error set to `name`.
 */
function failWrites(name: string): void {
  const transaction = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite') {
      const error = new DOMException('Simulated by the test', name);
      Object.defineProperty(tx, 'error', { get: () => error, configurable: true });
      queueMicrotask(() => tx.abort());
    }
    return tx;
  });
}

describe('the browser’s storage refusing a write', () => {
  it.each([
    ['QuotaExceededError', /^Not saved because the browser’s storage for this app is full \(free some disk space/],
    ['UnknownError', /^Not saved because the browser’s storage failed to write \(UnknownError: Simulated by the test\)/],
  ])('(%s) leaves a plan save reported not saved, in words, with the saved version unchanged', async (error, message) => {
    const { api } = openTab();
    const plan = makePlan({ name: 'Claims triage' });
    must(await api.savePlan(plan));
    failWrites(error);

    const result = await api.savePlan(reviseForSave(plan, { ...plan, name: 'Renamed' }, TEST_NOW));

    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(message) as unknown } });
    vi.restoreAllMocks();
    expect(must(await api.getPlan(plan.id))).toEqual(plan);
  });

  it('at once, as the put is made (a quota the browser knows is used up), the same way, with nothing written', async () => {
    const { api } = openTab();
    const plan = makePlan({ name: 'Claims triage' });
    must(await api.savePlan(plan));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Simulated by the test', 'QuotaExceededError');
    });

    const result = await api.savePlan(reviseForSave(plan, { ...plan, name: 'Renamed' }, TEST_NOW));

    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/^Not saved because the browser’s storage for this app is full/) as unknown } });
    vi.restoreAllMocks();
    expect(must(await api.getPlan(plan.id))).toEqual(plan);
  });

  it('reports imported rows and a decision not stored, for the same reason, and stores neither', async () => {
    const { api } = openTab();
    const plan = makePlan({ name: 'Claims triage' });
    must(await api.savePlan(plan));
    failWrites('QuotaExceededError');

    const rows = await api.saveImportData(plan.id, 'imp-1', 'rows', new Uint8Array([1, 2, 3]));
    const decision = await api.appendDecision(makeDecision(plan.id));

    expect(rows).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The imported rows were not saved because the browser’s storage for this app is full/) as unknown } });
    expect(decision).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The decision was not recorded because the browser’s storage for this app is full/) as unknown } });
    vi.restoreAllMocks();
    expect(must(await api.loadImportData(plan.id, 'imp-1', 'rows'))).toBeNull();
    expect(must(await api.listDecisions(plan.id))).toEqual([]);
  });
});

describe('the browser’s storage blocked by another tab', () => {
  it('is reported, and saving works again once that tab lets go, without reloading this one', async () => {
    databases += 1;
    const name = `blocked-${databases}`;
    // An older copy of the app in another tab, holding the database at an older version and not letting go.
    const other = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('plans');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const api = createRolloutService(createIdbStorage(name), noFiles, { now: () => TEST_NOW });
    const plan = makePlan({ name: 'Claims triage' });

    const blocked = await api.savePlan(plan);
    expect(blocked).toMatchObject({ ok: false, error: { message: expect.stringMatching(/blocked by another open tab of this app/) as unknown } });

    other.close();
    must(await api.savePlan(plan));
    expect(must(await api.getPlan(plan.id))).toEqual(plan);
  });
});

describe('the browser’s storage upgraded by a newer copy of the app in another tab', () => {
  it('makes this tab’s next save say so and what to do, instead of an InvalidStateError', async () => {
    const { api, name } = openTab();
    const plan = makePlan({ name: 'Claims triage' });
    must(await api.savePlan(plan));
    // The newer copy opens the database at a later version: this tab's connection is closed for it.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });

    const result = await api.savePlan(reviseForSave(plan, { ...plan, name: 'Renamed' }, TEST_NOW));

    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/a newer version of this app has updated this browser’s storage \(in this tab or another\); reload the page/) as unknown } });
    newer.close();
  });
});

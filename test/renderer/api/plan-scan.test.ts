import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { startPlanScan, type ScanWorker } from '../../../renderer/api/plan-scan-client';
import type { PlanScanAnswer, PlanScanRequest } from '../../../renderer/api/plan-scan-protocol';
import { scanStoredPlans } from '../../../renderer/api/plan-scan';
import type { RolloutApi } from '../../../shared/api';
import { migratePlan } from '../../../shared/model/migrate';
import { PLAN_SCHEMA_VERSION, toSummary } from '../../../shared/model/schema';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makePlan, makeVersion0Plan } from '../../electron/fixtures';
import { noFiles } from './no-files';

const NOW = new Date('2026-11-25T10:00:00.000Z');
let databases = 0;
const freshName = () => `plan-scan-${(databases += 1)}`;

/** Every kind of record the scan meets: current, older schema, damaged, from a newer app, not a plan at all. */
const records: Record<string, unknown> = {
  'plan-good': makePlan({ id: 'plan-good', name: 'Good plan' }),
  'plan-old': { ...makeVersion0Plan(), id: 'plan-old' },
  'plan-broken': { schemaVersion: PLAN_SCHEMA_VERSION, id: 'plan-broken', name: 'Broken plan', riskTier: 'extreme' },
  'plan-future': { ...makePlan({ id: 'plan-future', name: 'From the future' }), schemaVersion: PLAN_SCHEMA_VERSION + 1 },
  'plan-text': 'not a plan',
};

/** A database as the app leaves it (created by its adapter), holding `raw` as stored records and `settings` as the settings record. */
async function databaseWith(raw: Record<string, unknown>, settings?: unknown): Promise<string> {
  const name = freshName();
  await createIdbStorage(name).hasPlan('-');
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const tx = request.result.transaction(['plans', 'settings'], 'readwrite');
      for (const [key, value] of Object.entries(raw)) tx.objectStore('plans').put(value, key);
      if (settings !== undefined) tx.objectStore('settings').put(settings, 'settings');
      tx.oncomplete = () => {
        request.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  return name;
}

/** A worker stand-in: `answer` decides what a request gets back; delivered as postMessage would (a copy). */
function standIn(answer: (request: PlanScanRequest) => Promise<PlanScanAnswer> | PlanScanAnswer) {
  const seen = { requests: [] as PlanScanRequest[], terminated: 0 };
  const worker: ScanWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      seen.requests.push(request);
      void Promise.resolve(answer(request)).then((data) => worker.onmessage?.(new MessageEvent('message', { data: structuredClone(data) })));
    },
    terminate() {
      seen.terminated += 1;
    },
  };
  return { worker, seen };
}

describe('the start-up plan scan (worker side)', () => {
  it.each<[string, unknown, readonly string[]]>([
    ['no settings saved yet', undefined, []],
    ['the settings naming the plan last open', { schemaVersion: 1, authorName: '', theme: 'system', lastPlanId: 'plan-good' }, ['plan-good']],
    ['settings that do not read', 'garbage', []],
  ])('puts every stored record through migratePlan, in storage order, with %s', async (_with, settings, whole) => {
    const answer = await scanStoredPlans({ dbName: await databaseWith(records, settings) });
    if (!answer.ok) throw new Error(answer.error);
    expect(answer.records.map((r) => r.key)).toEqual(Object.keys(records).sort());
    for (const { key, checked, value } of answer.records) {
      const expected = migratePlan(records[key]);
      if (!expected.ok) {
        // Refused: why, and the raw value for the notice's name.
        expect({ checked, value }).toEqual({ checked: expected, value: records[key] });
        continue;
      }
      // Passed: the summary always; the plan itself when it is the one reopened or was upgraded (to be written back).
      const sentWhole = whole.includes(key) || expected.migratedFrom !== null;
      expect({ checked, value }).toEqual({
        // These records carry no seal: said, so the page can tell one the app sealed (its seal removed) from an older one.
        checked: { ok: true, summary: toSummary(expected.plan), migratedFrom: expected.migratedFrom, plan: sentWhole ? expected.plan : null, unsealed: true },
        value: undefined,
      });
    }
  });

  it('finds no plans, and creates nothing, where the app has not made its database yet', async () => {
    const name = freshName();
    expect(await scanStoredPlans({ dbName: name })).toEqual({ ok: true, records: [] });
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
  });

  it('answers why when the read rule cannot be loaded, and needs none where there is no database', async () => {
    const failing = () => Promise.reject(new Error('the rules chunk could not be loaded'));
    const name = await databaseWith({ 'plan-good': records['plan-good'] });
    expect(await scanStoredPlans({ dbName: name }, failing)).toEqual({ ok: false, error: 'the rules chunk could not be loaded' });
    expect(await scanStoredPlans({ dbName: freshName() }, failing)).toEqual({ ok: true, records: [] });
  });

  it('lets the page upgrade the database afterwards: its connection is closed', async () => {
    const name = await databaseWith({ 'plan-good': records['plan-good'] });
    await scanStoredPlans({ dbName: name });
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => {
        request.result.close();
        resolve(request.result.version);
      };
      request.onblocked = () => reject(new Error('blocked by the scan'));
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(upgraded).toBe(99);
  });
});

describe('the start-up plan scan (page side)', () => {
  it('asks for the database by name, resolves with the records and stops the worker', async () => {
    const { worker, seen } = standIn(() => ({ ok: true, records: [] }));
    await expect(startPlanScan('the-db', () => worker)).resolves.toEqual([]);
    expect(seen).toEqual({ requests: [{ dbName: 'the-db' }], terminated: 1 });
  });

  it.each([
    ['answers with an error', (worker: ScanWorker) => worker.onmessage?.(new MessageEvent('message', { data: { ok: false, error: 'IndexedDB is blocked' } })), /IndexedDB is blocked/],
    ['fails', (worker: ScanWorker) => worker.onerror?.(Object.assign(new Event('error'), { message: 'SyntaxError in the script' }) as ErrorEvent), /SyntaxError in the script/],
    ['sends what cannot be read', (worker: ScanWorker) => worker.onmessageerror?.(new MessageEvent('messageerror')), /could not be read/],
  ])('rejects, and stops the worker, when it %s', async (_what, happen, message) => {
    const { worker, seen } = standIn(() => new Promise<PlanScanAnswer>(() => undefined));
    const scan = startPlanScan('the-db', () => worker);
    happen(worker);
    await expect(scan).rejects.toThrow(message);
    expect(seen.terminated).toBe(1);
  });

  it('rejects when no worker can be started', async () => {
    await expect(
      startPlanScan('the-db', () => {
        throw new Error('Worker is not defined');
      }),
    ).rejects.toThrow('Worker is not defined');
  });
});

/** What a user sees at start-up and after: notices, list, damaged plans, each plan opened, and what storage holds then. */
async function startUp(api: RolloutApi, dbName: string) {
  const settings = await api.getSettings();
  const notices = await api.getStartupNotices();
  const list = await api.listPlans();
  const damaged = await api.listDamagedPlans();
  const opened = [];
  for (const id of Object.keys(records)) opened.push(await api.getPlan(id));
  const store = createIdbStorage(dbName);
  return { settings, notices, list, damaged, opened, stored: await store.readPlans(), quarantine: (await store.readQuarantine()).map((q) => ({ ...q, quarantinedAt: '' })) };
}

describe('the service with and without the start-up scan', () => {
  const reopening = { schemaVersion: 1, authorName: '', theme: 'system', lastPlanId: 'plan-good' };
  it.each([
    ['the scan answered', true, undefined],
    ['the scan answered with the plan to reopen whole', true, reopening],
    ['the scan failed (the page reads the plans itself)', false, reopening],
  ])('starts up exactly as it did reading the plans itself when %s', async (_how, answers, settings) => {
    const [withScan, without] = [await databaseWith(records, settings), await databaseWith(records, settings)];
    const { worker } = standIn(answers ? (request) => scanStoredPlans(request) : () => ({ ok: false, error: 'no worker here' }));
    const scanned = createRolloutService(createIdbStorage(withScan), noFiles, { now: () => NOW, startupScan: startPlanScan(withScan, () => worker) });
    const plain = createRolloutService(createIdbStorage(without), noFiles, { now: () => NOW });
    const seen = await startUp(scanned, withScan);
    expect(seen).toEqual(await startUp(plain, without));
    // The rules did run: the damaged record is set aside, the old one upgraded, the newer one left alone.
    expect(seen.quarantine.map((q) => q.key).sort()).toEqual(['plan-broken', 'plan-text']);
    expect(seen.notices.ok && seen.notices.value.map((n) => n.kind).sort()).toEqual(['migrated', 'newer-version', 'recovered-corrupt-file', 'recovered-corrupt-file']);
  });

  it('does not use a scan taken before a save through the service: the save is listed', async () => {
    const name = await databaseWith({ 'plan-good': records['plan-good'] });
    const early = await scanStoredPlans({ dbName: name });
    if (!early.ok) throw new Error(early.error);
    const api = createRolloutService(createIdbStorage(name), noFiles, { now: () => NOW, startupScan: Promise.resolve(early.records) });
    expect((await api.savePlan(makePlan({ id: 'plan-new', name: 'Saved before the list' }))).ok).toBe(true);
    const list = await api.listPlans();
    expect(list.ok && list.value.map((p) => p.name).sort()).toEqual(['Good plan', 'Saved before the list']);
  });
});

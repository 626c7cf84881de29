import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { startPlanScan, type ScanWorker } from '../../../renderer/api/plan-scan-client';
import type { PlanScanAnswer } from '../../../renderer/api/plan-scan-protocol';
import { scanStoredPlans } from '../../../renderer/api/plan-scan';
import type { Plan } from '../../../shared/model/schema';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makeDecision } from '../../shared/decision-fixture';
import { makePlan } from '../../electron/fixtures';
import { noFiles } from './no-files';

const SAVED = new Date('2026-11-25T10:00:00.000Z');
const LATER = new Date('2026-11-26T08:15:00.000Z');
let databases = 0;
const freshName = () => `plan-seal-${(databases += 1)}`;
const mustGet = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an edit reaches into the stored record's untyped fields, as devtools do
type Raw = Record<string, any>;

/** Changes one stored plan record in place, as a user editing IndexedDB in the browser's devtools would. */
async function editStored(dbName: string, key: string, edit: (raw: Raw) => void): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => {
      const tx = request.result.transaction(['plans'], 'readwrite');
      const store = tx.objectStore('plans');
      const get = store.get(key);
      let edited: Raw = {};
      get.onsuccess = () => {
        edited = get.result as Raw;
        edit(edited);
        store.put(edited, key);
      };
      tx.oncomplete = () => {
        request.result.close();
        resolve(edited);
      };
      tx.onerror = () => reject(tx.error ?? new Error('edit failed'));
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** The scan worker, stood in by its own code run here. */
function scanWorker(): ScanWorker {
  const worker: ScanWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      void scanStoredPlans(request).then((data: PlanScanAnswer) => worker.onmessage?.(new MessageEvent('message', { data: structuredClone(data) })));
    },
    terminate: () => undefined,
  };
  return worker;
}

/** A plan saved twice through the browser's service (a previous version kept) and one decision recorded. */
async function savedTwice(dbName: string): Promise<Plan> {
  const plan = makePlan({ id: 'plan-a', name: 'Claims triage' });
  const api = createRolloutService(createIdbStorage(dbName), noFiles, { now: () => SAVED });
  mustGet(await api.savePlan(plan));
  mustGet(await api.appendDecision(makeDecision(plan.id, { stageId: plan.stages[0]!.id, decision: 'note', rationale: 'Kick-off.' })));
  const second = { ...plan, revision: 2 };
  mustGet(await api.savePlan(second));
  return second;
}

const openService = (dbName: string, scanned: boolean) =>
  createRolloutService(createIdbStorage(dbName), noFiles, { now: () => LATER, ...(scanned ? { startupScan: startPlanScan(dbName, scanWorker) } : {}) });

describe('plans stored in the browser carry a seal', () => {
  it('written at every save: the SHA-256 of the plan written without it', async () => {
    const name = freshName();
    await savedTwice(name);
    const [record] = await createIdbStorage(name).readPlans();
    const { seal, ...content } = record!.value as Raw;
    expect(seal).toEqual({ sha256: createHash('sha256').update(JSON.stringify(content, undefined, '\t')).digest('hex'), sealedAt: SAVED.toISOString() });
  });

  it.each([
    ['read on the page', false],
    ['checked by the start-up worker', true],
  ])('a record saved before sealing lists as before (%s)', async (_how, scanned) => {
    const name = freshName();
    // Written as an older version of the app wrote it: no seal, and not among the plans this store sealed.
    await createIdbStorage(name).writePlan(makePlan({ id: 'plan-a', name: 'Claims triage' }));
    const api = openService(name, scanned);
    expect(mustGet(await api.listPlans())[0]?.changedOutsideApp).toBeUndefined();
    expect(mustGet(await api.getStartupNotices())).toEqual([]);
  });

  // Before: a sealed record whose seal was deleted read as a plan saved before seals, and nothing was told.
  it.each([
    ['read on the page', false],
    ['checked by the start-up worker', true],
  ])('a record the app sealed, its seal removed, is changed outside the app (%s)', async (_how, scanned) => {
    const name = freshName();
    const plan = await savedTwice(name);
    await editStored(name, 'plan-a', (raw) => {
      delete raw.seal;
      raw.stages[0].criteria[0].threshold = 40;
    });
    const api = openService(name, scanned);
    expect(mustGet(await api.listPlans())[0]?.changedOutsideApp).toEqual({ lastSavedAt: null, previous: { revision: 1, savedAt: plan.updatedAt } });
    expect(mustGet(await api.getStartupNotices()).map((n) => n.message)).toEqual([expect.stringMatching(/"Claims triage" was changed outside the app/)]);
    expect(await api.savePlan({ ...plan, revision: 3 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('a plan record changed outside the app', () => {
  it.each([
    ['read on the page', false],
    ['checked by the start-up worker', true],
  ])('is listed marked and opens as found, never saved over, the record kept exactly (%s)', async (_how, scanned) => {
    const name = freshName();
    const plan = await savedTwice(name);
    const found = await editStored(name, 'plan-a', (raw) => (raw.stages[0].criteria[0].threshold = 40));
    const api = openService(name, scanned);
    const [listed] = mustGet(await api.listPlans());
    expect(listed?.changedOutsideApp).toEqual({ lastSavedAt: SAVED.toISOString(), previous: { revision: 1, savedAt: plan.updatedAt } });
    expect(mustGet(await api.getPlan(plan.id)).stages[0]!.criteria[0]!.threshold).toBe(40);
    expect(mustGet(await api.getStartupNotices()).map((n) => n.message)).toEqual([expect.stringMatching(/"Claims triage" was changed outside the app/)]);
    expect(await api.savePlan({ ...plan, revision: 3 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const [stored] = await createIdbStorage(name).readPlans();
    expect(stored?.value).toEqual(found);
  });

  it('accepted: one automatic entry in the decision log, sealed again, the decisions before kept', async () => {
    const name = freshName();
    const plan = await savedTwice(name);
    await editStored(name, 'plan-a', (raw) => (raw.checklist.items[0].status = 'done'));
    const api = openService(name, true);
    mustGet(await api.listPlans());
    mustGet(await api.acceptChangedPlan(plan.id, makeDecision(plan.id).evidence));
    const log = mustGet(await api.listDecisions(plan.id));
    expect(log.map((e) => [e.automatic, e.rationale.slice(0, 82)])).toEqual([
      [false, 'Kick-off.'],
      [true, 'The plan was changed outside the app; accepted by the user on 2026-11-26 08:15 UTC'],
    ]);
    const again = openService(name, true);
    const [listed] = mustGet(await again.listPlans());
    expect(listed?.changedOutsideApp).toBeUndefined();
    expect(mustGet(await again.getPlan(plan.id)).checklist.items[0]!.status).toBe('done');
  });

  it('restored to its previous version: the changed record goes to the set-aside store as found', async () => {
    const name = freshName();
    const plan = await savedTwice(name);
    const found = await editStored(name, 'plan-a', (raw) => (raw.name = 'Renamed by hand'));
    const api = openService(name, false);
    mustGet(await api.listPlans());
    expect(mustGet(await api.restorePreviousVersion(plan.id))).toMatchObject({ name: 'Claims triage', revision: 1 });
    const quarantine = await createIdbStorage(name).readQuarantine();
    expect(quarantine.map((q) => q.value)).toEqual([found]);
    expect(mustGet(await openService(name, false).listPlans())[0]?.changedOutsideApp).toBeUndefined();
  });
});

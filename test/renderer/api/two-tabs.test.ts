import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import type { RolloutApi } from '../../../shared/api';
import { reviseForSave } from '../../../shared/model/plan-revision';
import type { Plan } from '../../../shared/model/schema';
import { WriteFailure } from '../../../shared/service/record-store';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { makeDecision } from '../../shared/decision-fixture';
import { makePlan, TEST_NOW } from '../plan-fixtures';
import { noFiles } from './no-files';
import { must } from '../../shared/must';

let databases = 0;
/** Two tabs of the browser build over one database: each its own service, as each page has. */
function twoTabs(): [RolloutApi, RolloutApi] {
  const [a, b] = twoTabsWithFullDisk();
  return [a.api, b.api];
}

/** The same, where each tab's plan writes fail while its `full` is on (a disk or quota that is full for that tab). */
function twoTabsWithFullDisk() {
  databases += 1;
  const name = `two-tabs-${databases}`;
  const tab = () => {
    const full = { on: false };
    const storage = createIdbStorage(name);
    const store = {
      ...storage,
      writePlan: async (plan: Plan) => {
        if (full.on) throw new WriteFailure('the disk is full');
        return storage.writePlan(plan);
      },
    };
    return { api: createRolloutService(store, noFiles, { now: () => TEST_NOW }), full };
  };
  return [tab(), tab()] as const;
}

/** An edit saved the way the plan editor saves it: the next revision after the one it opened. */
const edited = (opened: Plan, change: Partial<Plan>): Plan => reviseForSave(opened, { ...opened, ...change }, TEST_NOW);

describe('two tabs editing the same plan', () => {
  it('the later save of an out-of-date copy is refused with a clear message, and the other tab’s saved edit is kept', async () => {
    const [a, b] = twoTabs();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.savePlan(plan));
    const inA = must(await a.getPlan(plan.id));
    const inB = must(await b.getPlan(plan.id));

    must(await a.savePlan(edited(inA, { name: 'Renamed in tab A' })));
    const stale = await b.savePlan(edited(inB, { name: 'Renamed in tab B' }));

    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!stale.ok && stale.error.message).toMatch(/changed in another window or tab.*nothing was written/s);
    expect(must(await b.getPlan(plan.id)).name).toBe('Renamed in tab A');
  });

  it('a retry after a failed save is refused when the other tab meanwhile stored the same revision number with its own edits', async () => {
    const [a, b] = twoTabsWithFullDisk();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.api.savePlan(plan));
    const inA = must(await a.api.getPlan(plan.id));
    const inB = must(await b.api.getPlan(plan.id));

    a.full.on = true;
    const fromA = edited(inA, { name: 'Renamed in tab A' });
    expect(await a.api.savePlan(fromA)).toMatchObject({ ok: false, error: { code: 'io' } });
    const fromB = edited(inB, { name: 'Renamed in tab B' });
    must(await b.api.savePlan(fromB));
    expect(fromB.revision).toBe(fromA.revision);

    a.full.on = false;
    const retry = await a.api.savePlan(fromA);
    expect(retry).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(must(await b.api.getPlan(plan.id)).name).toBe('Renamed in tab B');
  });

  it('a retry after a save reported failed that did land is no conflict', async () => {
    const [a] = twoTabsWithFullDisk();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.api.savePlan(plan));
    const fromA = edited(must(await a.api.getPlan(plan.id)), { name: 'Renamed in tab A' });
    must(await a.api.savePlan(fromA));
    // The answer was lost: the editor retries the same revision with a later edit on top.
    must(await a.api.savePlan({ ...fromA, name: 'Renamed again in tab A' }));
    expect(must(await a.api.getPlan(plan.id)).name).toBe('Renamed again in tab A');
  });

  it('a plan deleted here comes back with Undo (saved again as it was)', async () => {
    const [a] = twoTabs();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.savePlan(plan));
    const opened = must(await a.getPlan(plan.id));
    must(await a.deletePlan(plan.id));
    must(await a.savePlan(opened));
    expect(must(await a.getPlan(plan.id))).toEqual(plan);
  });

  it('saves one after another from each tab once each has the other’s latest version', async () => {
    const [a, b] = twoTabs();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.savePlan(plan));
    const first = edited(must(await a.getPlan(plan.id)), { name: 'First' });
    must(await a.savePlan(first));
    const second = edited(must(await b.getPlan(plan.id)), { name: 'Second' });
    must(await b.savePlan(second));
    must(await b.savePlan(edited(second, { name: 'Third' })));
    expect(must(await a.getPlan(plan.id))).toMatchObject({ name: 'Third', revision: plan.revision + 3 });
  });

  it('a tab saving its own edits again and again is never refused', async () => {
    const [a] = twoTabs();
    let plan = makePlan({ name: 'Claims triage' });
    must(await a.savePlan(plan));
    for (const name of ['One', 'Two', 'Three']) {
      plan = edited(plan, { name });
      must(await a.savePlan(plan));
      // The same save again (a retry after an answer that was lost) is no conflict either.
      must(await a.savePlan(plan));
    }
    expect(must(await a.getPlan(plan.id)).name).toBe('Three');
  });
});

describe('two tabs recording decisions in the same plan', () => {
  it('at the same moment: both land, chained one after the other, with no false alarm of tampering', async () => {
    const [a, b] = twoTabs();
    const plan = makePlan({ name: 'Claims triage' });
    must(await a.savePlan(plan));
    const inA = makeDecision(plan.id, { rationale: 'From tab A' });
    const inB = makeDecision(plan.id, { rationale: 'From tab B' });

    const [fromA, fromB] = await Promise.all([a.appendDecision(inA), b.appendDecision(inB)]);

    must(fromA);
    must(fromB);
    expect(must(await a.listDecisions(plan.id)).map((entry) => entry.rationale).sort()).toEqual(['From tab A', 'From tab B']);
    expect(must(await b.checkDecisionLog(plan.id)).breaks).toEqual([]);
    expect(must(await a.checkDecisionLog(plan.id)).breaks).toEqual([]);
  });
});

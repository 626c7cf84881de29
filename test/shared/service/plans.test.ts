import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { checkPlanRecords } from '../../../shared/service/plan-check';
import { createPlanRules } from '../../../shared/service/plans';
import { createNotices } from '../../../shared/service/notices';
import type { RecordStore } from '../../../shared/service/record-store';
import { makePlan } from '../../electron/fixtures';

/** The memory store behind a memory API, counting its reads of one plan. */
function countingStore(rawPlans: Record<string, unknown>) {
  let store: RecordStore | undefined;
  createMemoryApi({ rawPlans, wrap: (inner) => (store = inner) });
  if (!store) throw new Error('no store');
  const inner = store;
  const reads = { plan: 0 };
  const counted: RecordStore = {
    ...inner,
    readPlan: (id) => {
      reads.plan += 1;
      return inner.readPlan(id);
    },
  };
  return { store: counted, reads };
}

describe('the plan rules after a full read', () => {
  it.each([
    ['read on the page', false],
    ['checked by the start-up scan', true],
  ])('hand the next opening the plan they read (%s), once, and not after a write', async (_how, scanned) => {
    const plans = { a: makePlan({ id: 'a', name: 'A' }), b: makePlan({ id: 'b', name: 'B' }) };
    const { store, reads } = countingStore(plans);
    const rules = createPlanRules(store, createNotices());
    const checked = scanned ? checkPlanRecords(await store.readPlans()) : undefined;
    expect((await rules.readAll(checked)).map((p) => p.name).sort()).toEqual(['A', 'B']);
    expect(await rules.get('a')).toMatchObject({ ok: true, plan: { name: 'A' } });
    expect(reads.plan).toBe(0);
    // Only the one opening right after the read: the next reads storage, which may have changed since.
    expect(await rules.get('b')).toMatchObject({ ok: true, plan: { name: 'B' } });
    expect(reads.plan).toBe(1);

    await rules.readAll(checked);
    expect((await rules.save({ ...plans.a, name: 'A renamed', revision: 2 })).ok).toBe(true);
    reads.plan = 0;
    expect(await rules.get('a')).toMatchObject({ ok: true, plan: { name: 'A renamed' } });
    expect(reads.plan).toBe(1);
  });

  it('do not hand over a plan stored under another key than its id: opening it reads storage, as before', async () => {
    const { store, reads } = countingStore({ 'not-its-id': makePlan({ id: 'p1', name: 'Copied by hand' }) });
    const rules = createPlanRules(store, createNotices());
    expect((await rules.readAll()).map((p) => p.name)).toEqual(['Copied by hand']);
    expect(await rules.get('p1')).toMatchObject({ ok: false, code: 'not_found' });
    expect(reads.plan).toBe(1);
  });

  it('list a plan the scan sent without its body, and read it when it is opened', async () => {
    const { store, reads } = countingStore({ a: makePlan({ id: 'a', name: 'A' }) });
    const rules = createPlanRules(store, createNotices());
    const checked = checkPlanRecords(await store.readPlans(), () => false);
    expect(await rules.readAll(checked)).toEqual([expect.objectContaining({ id: 'a', name: 'A' })]);
    expect(await rules.get('a')).toMatchObject({ ok: true, plan: { name: 'A' } });
    expect(reads.plan).toBe(1);
  });

  it('never hand over a plan a save replaced while the read ran (the save started before the read and ended after it)', async () => {
    const plans = { a: makePlan({ id: 'a', name: 'v1' }) };
    const { store } = countingStore(plans);
    // The write lands only when the test lets it: the read runs in between.
    let land: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => (land = resolve));
    const slow: RecordStore = {
      ...store,
      writePlan: async (plan) => {
        await landed;
        return store.writePlan(plan);
      },
    };
    const rules = createPlanRules(slow, createNotices());
    const saving = rules.save({ ...plans.a, name: 'v2', revision: 2 });
    const reading = rules.readAll();
    await new Promise((resolve) => setTimeout(resolve, 0));
    land();
    expect((await saving).ok).toBe(true);
    await reading;
    expect(await rules.get('a')).toMatchObject({ ok: true, plan: { name: 'v2' } });
  });
});

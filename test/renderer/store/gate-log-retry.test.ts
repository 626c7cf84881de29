import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { GATE_LOG_DELAY_MS } from '../../../renderer/store/decisions-slice';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import { defaultSettings, type Plan } from '../../../shared/model/schema';
import { fail } from '../../../shared/result';
import { importRecord } from '../../shared/decisions/fixtures';
import { makePlan, TEST_NOW } from '../plan-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

describe('a gate change whose decision-log entry is refused (a full disk)', () => {
  it('stays “Saving…” and is logged by itself once the log takes it again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const plan = makePlan({ imports: [importRecord()] });
    const api = createMemoryApi({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    const log = api.logGateChanges.bind(api);
    let full = true;
    api.logGateChanges = async (...args) => (full ? fail('io', 'The decision was not recorded because the disk is full.') : log(...args));
    const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 20 });
    await store.getState().initialise();
    expect(await store.getState().openPlan(plan.id)).toBe(true);

    store.getState().editPlan((p: Plan) => ({ ...p, thresholds: p.thresholds.map((t, i) => (i === 0 ? { ...t, target: 55 } : t)) }));
    const settled = await store.getState().settleEdits();

    expect(settled).toEqual({ saved: true, logged: false });
    expect(store.getState().gateLogPending).toBe(true);
    expect(store.getState().toasts.map((t) => t.message)).toEqual([
      'A change could not be written to the decision log: The decision was not recorded because the disk is full. It is tried again in a moment.',
    ]);

    full = false;
    await vi.advanceTimersByTimeAsync(GATE_LOG_DELAY_MS * 20);

    const logged = (api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw));
    expect(logged.map((e) => [e.decision, e.change?.before, e.change?.after])).toEqual([['threshold_change', 'above 90%', 'above 55%']]);
    expect(store.getState().gateLogPending).toBe(false);
  });
});

// Before: "save now" while the quiet-time log write was under way found nothing due and resolved at once, so a caller
// (leaving the plan, a test asserting nothing was logged) went on before the entry was written.
describe('saving now while the quiet-time log write is under way', () => {
  it('resolves only once that write has finished', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const plan = makePlan({ imports: [importRecord()] });
    const api = createMemoryApi({ plans: [plan], settings: { ...defaultSettings, authorName: 'Dana Kim' } });
    const log = api.logGateChanges.bind(api);
    let release: () => void = () => undefined;
    let started = false;
    // The write waits until the test lets it go: a slow disk on a busy machine.
    api.logGateChanges = async (...args) => {
      started = true;
      await new Promise<void>((resolve) => (release = resolve));
      return log(...args);
    };
    const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 20 });
    await store.getState().initialise();
    expect(await store.getState().openPlan(plan.id)).toBe(true);

    store.getState().editPlan((p: Plan) => ({ ...p, thresholds: p.thresholds.map((t, i) => (i === 0 ? { ...t, target: 55 } : t)) }));
    // The save, then the quiet time, then the verdicts' settling: the log write starts and hangs.
    for (let i = 0; i < 20 && !started; i++) await vi.advanceTimersByTimeAsync(GATE_LOG_DELAY_MS);
    expect(started).toBe(true);

    let done = false;
    const flushed = store.getState().flushSave().then((saved) => ((done = true), saved));
    await vi.advanceTimersByTimeAsync(GATE_LOG_DELAY_MS);
    expect(done).toBe(false);
    expect(store.getState().gateLogPending).toBe(true);

    release();
    expect(await flushed).toBe(true);
    expect((api.storedDecisions.get(plan.id) ?? []).map((raw) => decisionEntrySchema.parse(raw).change?.after)).toEqual(['above 55%']);
    expect(store.getState().gateLogPending).toBe(false);
  });
});

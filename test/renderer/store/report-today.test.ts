import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { makePlan } from '../plan-fixtures';

/** A window left open overnight: the summary generated (or printed) the next day is judged on that day too. */
describe('the summary’s generation time and the day its verdicts are judged on', () => {
  it.each([
    ['opening the summary', 'stamp'],
    ['printing it', 'print'],
  ] as const)('agree after %s the next day', async (_name, how) => {
    let clock = new Date(2026, 9, 4, 23, 50);
    const plan = makePlan();
    const store = createAppStore(createMemoryApi({ plans: [plan] }), { now: () => clock, saveDelayMs: 60_000 });
    expect(await store.getState().openPlan(plan.id)).toBe(true);
    expect(store.getState().today).toBe('2026-10-04');
    clock = new Date(2026, 9, 6, 10, 0);
    if (how === 'stamp') store.getState().stampReport();
    else await store.getState().printReport('pdf');
    expect(store.getState().reportGeneratedAt.slice(0, 10)).toBe('2026-10-06');
    expect(store.getState().today).toBe('2026-10-06');
  });
});

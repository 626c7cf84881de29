import { describe, expect, it } from 'vitest';
import type { RolloutApi } from '../../../shared/api';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { makePlan } from '../../electron/fixtures';

/** An API whose `method` waits until the test lets it go, then answers as the real one would, or fails. */
function heldApi(method: 'importPlan' | 'exportPlan') {
  const plan = makePlan({ name: 'Claims triage' });
  const api = createMemoryApi({ plans: [plan] });
  let release: (fail: boolean) => void = () => undefined;
  const held = new Promise<boolean>((resolve) => (release = resolve));
  let reached: () => void = () => undefined;
  const called = new Promise<void>((resolve) => (reached = resolve));
  const real = api[method] as (...args: unknown[]) => Promise<unknown>;
  const wrapped: RolloutApi = {
    ...api,
    [method]: async (...args: unknown[]) => {
      reached();
      if (await held) return Promise.reject(new Error('the disk went away'));
      return real(...args);
    },
  };
  return { plan, api: wrapped, called, release: (fail = false) => release(fail) };
}

describe('long work the user started is said on screen until it ends', () => {
  it.each([
    ['importing a plan file', 'importPlan', /^Importing the plan file: reading it/],
    ['exporting a plan', 'exportPlan', /^Exporting “Claims triage”…$/],
  ] as const)('%s: said while under way, gone once it succeeded or failed', async (_, method, words) => {
    for (const fail of [false, true]) {
      const { plan, api, called, release } = heldApi(method);
      const store = createAppStore(api, { saveDelayMs: 60_000 });
      expect(await store.getState().openPlan(plan.id)).toBe(true);
      const running = method === 'importPlan' ? store.getState().importPlanFile('no-such-token') : store.getState().exportCurrentPlan();
      await called;
      expect(store.getState().work.map((w) => w.message)).toEqual([expect.stringMatching(words)]);
      release(fail);
      await running.catch(() => undefined);
      expect(store.getState().work).toEqual([]);
    }
  });
});

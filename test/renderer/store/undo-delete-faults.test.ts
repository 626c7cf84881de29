import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { fail } from '../../../shared/result';
import { makePlan, TEST_NOW } from '../plan-fixtures';

describe('Undo of a deleted plan when the disk is full', () => {
  it('keeps offering Undo until the plan is back, rather than losing it with the toast', async () => {
    const plan = makePlan({ name: 'Claims triage assistant' });
    const api = createMemoryApi({ plans: [plan] });
    const save = api.savePlan.bind(api);
    let full = false;
    api.savePlan = async (p) => (full ? fail('io', 'The plan was not saved because the disk is full.') : save(p));
    const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 600_000 });
    await store.getState().initialise();
    await store.getState().openPlan(plan.id);

    await store.getState().deleteCurrentPlan();
    expect(api.storedPlans.has(plan.id)).toBe(false);
    full = true;
    const deleted = store.getState().toasts.find((t) => t.undo);
    await store.getState().undoToast(deleted?.id ?? -1);

    expect(store.getState().dialog).toMatchObject({ kind: 'error', title: 'Could not restore the plan' });
    const again = store.getState().toasts.find((t) => t.undo);
    expect(again).toMatchObject({ tone: 'error', message: '“Claims triage assistant” is still deleted: it could not be restored. Undo again once the problem is fixed.' });

    full = false;
    store.getState().closeDialog();
    await store.getState().undoToast(again?.id ?? -1);
    expect(api.storedPlans.has(plan.id)).toBe(true);
    expect(store.getState().plan?.id).toBe(plan.id);
    expect(store.getState().toasts.at(-1)?.message).toBe('Restored “Claims triage assistant”');
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { WriteFailure } from '../../../shared/service/record-store';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../../shared/decisions/fixtures';
import { storedRows } from '../../shared/rows-fixture';

/** A plan holding one import with stored rows, opened in the app; plan saves fail while `full.on`. */
async function planWithImport() {
  const record = importRecord({ id: 'imp-usage', accepted: 20 });
  const plan = makePlan({ imports: [record] });
  const full = { on: false };
  const api = createMemoryApi({
    plans: [plan],
    // A disk too full for a plan save still lets files be deleted: only plan writes fail.
    wrap: (store) => ({
      ...store,
      writePlan: async (p) => {
        if (full.on) throw new WriteFailure('the disk is full');
        return store.writePlan(p);
      },
    }),
  });
  expect((await api.saveImportData(plan.id, record.id, 'rows', storedRows('usage', 20))).ok).toBe(true);
  const store = createAppStore(api, { saveDelayMs: 60_000 });
  expect(await store.getState().openPlan(plan.id)).toBe(true);
  return { api, store, plan, record, full };
}

const rowsKept = async (api: ReturnType<typeof createMemoryApi>, planId: string, importId: string) => {
  const loaded = await api.loadImportData(planId, importId, 'rows');
  return loaded.ok && loaded.value !== null;
};

describe('removing an import when the plan cannot be saved', () => {
  it('keeps its stored rows while the saved plan still lists it, so a restart never finds an import without its rows', async () => {
    const { api, store, plan, record, full } = await planWithImport();
    full.on = true;
    store.getState().removeImport(record.id);
    expect(await store.getState().flushSave()).toBe(false);

    // The Undo toast goes; the removal would be final.
    for (const toast of store.getState().toasts) store.getState().dismissToast(toast.id);
    store.getState().settleImportRemovals();
    await Promise.resolve();

    expect(await rowsKept(api, plan.id, record.id)).toBe(true);
    const stored = await api.getPlan(plan.id);
    expect(stored.ok && stored.value.imports.map((r) => r.id)).toEqual([record.id]);

    // Once the plan without the import is saved, the rows go.
    full.on = false;
    expect(await store.getState().flushSave()).toBe(true);
    store.getState().settleImportRemovals();
    await Promise.resolve();
    expect(await rowsKept(api, plan.id, record.id)).toBe(false);
  });
});

import type { DamagedPlan } from '../../shared/api';
import type { SliceCreator } from './types';

export interface DamagedPlansSlice {
  /** Plans set aside as damaged whose previous good version the plan list offers to restore. */
  damagedPlans: readonly DamagedPlan[];
  loadDamagedPlans(): Promise<void>;
  /** The user chose to restore the previous version: it becomes the plan again and opens. */
  restorePreviousVersion(key: string): Promise<void>;
}

export const createDamagedPlansSlice: SliceCreator<DamagedPlansSlice> = (set, get, { api }) => ({
  damagedPlans: [],

  loadDamagedPlans: async () => {
    const result = await api.listDamagedPlans();
    // Not knowing of an offer hides nothing: the damaged plan was reported in the start-up notices.
    if (result.ok) set({ damagedPlans: result.value });
  },

  restorePreviousVersion: async (key) => {
    const result = await api.restorePreviousVersion(key);
    if (!result.ok) {
      get().openDialog({ kind: 'error', title: 'Could not restore the previous version', message: result.error.message, details: result.error.details ?? [] });
      return;
    }
    set((state) => ({ damagedPlans: state.damagedPlans.filter((plan) => plan.key !== key) }));
    get().upsertSummary(result.value);
    get().showToast({ message: `Restored the previous version of “${result.value.name}” (revision ${result.value.revision})` });
    await get().openPlan(result.value.id);
  },
});

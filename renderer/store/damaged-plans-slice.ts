import type { DamagedPlan } from '../../shared/api';
import { evidenceOf } from './decisions-slice';
import { CHANGED_FIRST } from './plan-edit-slice';
import type { SliceCreator } from './types';

export interface DamagedPlansSlice {
  /** Plans set aside as damaged whose previous good version the plan list offers to restore. */
  damagedPlans: readonly DamagedPlan[];
  loadDamagedPlans(): Promise<void>;
  /** The user chose to restore the previous version: it becomes the plan again and opens. */
  restorePreviousVersion(key: string): Promise<void>;
  /**
   * The user accepts the open plan, changed outside the app, as it is now: the service logs it in
   * the decision log (with the evidence shown now) and seals the plan again.
   */
  acceptChangedPlan(): Promise<void>;
}

/** What asked for a choice about a plan changed outside the app is answered: its start-up notice, and the edit refused before. */
function answerChanged(set: Parameters<SliceCreator<DamagedPlansSlice>>[0], name: string): void {
  const asked = `The saved plan "${name}" was changed outside the app`;
  set((s) => ({ notices: s.notices.filter((n) => !n.message.startsWith(asked)), toasts: s.toasts.filter((t) => t.message !== CHANGED_FIRST) }));
}

export const createDamagedPlansSlice: SliceCreator<DamagedPlansSlice> = (set, get, { api }) => ({
  damagedPlans: [],

  loadDamagedPlans: async () => {
    const result = await api.listDamagedPlans();
    // Not knowing of an offer hides nothing: the damaged plan was reported in the start-up notices.
    if (result.ok) set({ damagedPlans: result.value });
  },

  restorePreviousVersion: async (key) => {
    // A plan changed outside the app is restored by its id (`key`): what asked about it is answered then.
    const changed = get().plans.find((plan) => plan.id === key && plan.changedOutsideApp);
    const result = await api.restorePreviousVersion(key);
    if (!result.ok) {
      get().openDialog({ kind: 'error', title: 'Could not restore the previous version', message: result.error.message, details: result.error.details ?? [] });
      return;
    }
    set((state) => ({ damagedPlans: state.damagedPlans.filter((plan) => plan.key !== key) }));
    if (changed) answerChanged(set, changed.name);
    get().upsertSummary(result.value);
    get().showToast({ message: `Restored the previous version of “${result.value.name}” (revision ${result.value.revision})` });
    await get().openPlan(result.value.id);
  },

  acceptChangedPlan: async () => {
    const state = get();
    const plan = state.plan;
    if (!plan) return;
    const log = state.decisionsPlanId === plan.id && state.decisionsStatus === 'ready' ? state.decisions : null;
    const result = await api.acceptChangedPlan(plan.id, evidenceOf(state, plan, null, log).evidence);
    if (!result.ok) {
      get().openDialog({ kind: 'error', title: 'Could not use the plan as it is now', message: result.error.message, details: result.error.details ?? [] });
      return;
    }
    get().upsertSummary(result.value);
    answerChanged(set, plan.name);
    if (get().decisionsPlanId === plan.id) await get().loadDecisions(plan.id);
    get().showToast({ message: `“${result.value.name}” is used as it is now; the decision log records that you accepted it.` });
  },
});

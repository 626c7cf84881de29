import type { RiskTier } from '../../shared/model/enums';
import { reviseForSave } from '../../shared/model/plan-revision';
import type { Plan, SystemDescription, TierAnswers } from '../../shared/model/schema';
import { selectChangedOutside } from './plans-selectors';
import type { SliceCreator } from './types';
import type { PlanTab } from './ui-slice';

export interface SaveState {
  /** `pending`: edited, waiting for the quiet period; `error`: the edit is kept in memory and retried. */
  readonly status: 'saved' | 'pending' | 'saving' | 'error';
  readonly message: string | null;
  readonly details: readonly string[];
}

/** Said when an edit is not taken on a plan changed outside the app, until the user chooses. */
export const CHANGED_FIRST = 'This plan was changed outside the app. Choose “Use this plan as it is now” or restore the previous version before editing it.';

const saved: SaveState = { status: 'saved', message: null, details: [] };

/** A failed save is retried after this many quiet periods: often enough to land soon after the disk has room again. */
const SAVE_RETRY_FACTOR = 10;

export interface PlanEditSlice {
  /** The open plan as the user sees it, edits included; saved in the background. */
  plan: Plan | null;
  /** The plan as last stored: the "previous" for `reviseForSave`. */
  savedPlan: Plan | null;
  save: SaveState;
  /** Saves pending edits of the current plan, then opens another; false when it could not. */
  /** Opens a stored plan on `tab` (the dashboard unless told otherwise). */
  openPlan(id: string, tab?: PlanTab): Promise<boolean>;
  /** Shows a plan that was just stored (created, imported, restored) without reading it back. */
  showPlan(plan: Plan, tab?: PlanTab): void;
  closePlan(): void;
  /**
   * Applies an edit in memory at once and schedules the save. False when the edit was not taken:
   * the plan was changed outside the app and the user has not chosen what to do with it yet.
   */
  editPlan(recipe: (plan: Plan) => Plan): boolean;
  setSystemField(field: keyof SystemDescription, value: string): void;
  setTierAnswer(question: keyof TierAnswers, answer: boolean): void;
  setRiskTier(tier: RiskTier): void;
  /** Saves now instead of after the quiet period; resolves false when the save failed. */
  flushSave(): Promise<boolean>;
  /** The same, saying also whether the gate changes it saved reached the decision log (closing the window waits for both). */
  settleEdits(): Promise<{ readonly saved: boolean; readonly logged: boolean }>;
}

export const createPlanEditSlice: SliceCreator<PlanEditSlice> = (set, get, deps) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Saves run one after another, so revisions never race and the last edit always wins.
  let queue: Promise<boolean> = Promise.resolve(true);

  async function saveOnce(): Promise<boolean> {
    const { plan, savedPlan } = get();
    if (!plan || !savedPlan || plan === savedPlan) return true;
    const revised = reviseForSave(savedPlan, plan, deps.now());
    set({ save: { status: 'saving', message: null, details: [] } });
    const result = await deps.api.savePlan(revised);
    const current = get().plan;
    if (!result.ok) {
      // The edit stays in memory; it is retried by itself (a full disk may be cleared), by the next edit or by Retry.
      if (current?.id === plan.id) {
        set({ save: { status: 'error', message: result.error.message, details: result.error.details ?? [] } });
        scheduleRetry();
      }
      return false;
    }
    get().upsertSummary(result.value);
    // Gate changes made after data arrived go to the decision log (debounced there, per plan).
    get().noteSavedPlan(savedPlan, revised);
    if (current?.id !== revised.id) return true;
    if (current === plan) {
      set({ plan: revised, savedPlan: revised, save: saved });
    } else {
      // Edits arrived while saving: keep them, on top of the stamped revision, and save again soon.
      const { revision, updatedAt, scoreHistory } = revised;
      set({ plan: { ...current, revision, updatedAt, scoreHistory }, savedPlan: revised, save: { ...saved, status: 'pending' } });
    }
    return true;
  }

  function queueSave(): Promise<boolean> {
    queue = queue.then(saveOnce, saveOnce);
    return queue;
  }

  function settleEdits(): Promise<{ saved: boolean; logged: boolean }> {
    clearTimeout(timer);
    timer = undefined;
    // "Save now" (leaving the plan, hiding the window, recording a decision) logs gate changes now too.
    return queueSave().then(async (saved) => ({ saved, logged: await get().flushGateLog() }));
  }

  const flushSave = (): Promise<boolean> => settleEdits().then(({ saved }) => saved);

  /** After a failed save, try again later unless an edit or Retry gets there first. */
  function scheduleRetry(): void {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (get().save.status === 'error') void queueSave();
    }, deps.saveDelayMs * SAVE_RETRY_FACTOR);
  }

  function scheduleSave(): void {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void queueSave();
    }, deps.saveDelayMs);
  }

  /** True, and said once, when the open plan was changed outside the app and not accepted: nothing is taken on it. */
  function refusedAsChanged(): boolean {
    if (selectChangedOutside(get()) === null) return false;
    if (!get().toasts.some((t) => t.message === CHANGED_FIRST)) get().showToast({ tone: 'error', planId: get().plan?.id, message: CHANGED_FIRST });
    return true;
  }

  const editPlan = (recipe: (plan: Plan) => Plan): boolean => {
    const plan = get().plan;
    if (!plan) return false;
    const next = recipe(plan);
    if (next === plan) return true;
    // Changed outside the app and not accepted yet: nothing is saved over it (the service refuses
    // too), so no edit is taken that could only fail to save and keep the user from leaving.
    if (refusedAsChanged()) return false;
    // Before the edit shows: the decision log names the verdicts an edit moves.
    get().noteGateEditStarting(plan, next);
    set({ plan: next, save: { status: 'pending', message: null, details: [] } });
    scheduleSave();
    return true;
  };

  return {
    plan: null,
    savedPlan: null,
    save: saved,

    openPlan: async (id, tab = 'dashboard') => {
      const current = get().plan;
      if (current && !(await flushSave())) {
        get().showToast({
          tone: 'error',
          message: `“${current.name}” has changes that could not be saved (${get().save.message ?? 'unknown error'}). Retry saving before opening another plan.`,
        });
        return false;
      }
      const result = await deps.api.getPlan(id);
      if (!result.ok) {
        get().openDialog({ kind: 'error', title: 'Could not open the plan', message: result.error.message, details: result.error.details ?? [] });
        return false;
      }
      get().showPlan(result.value, tab);
      return true;
    },

    // A plan just made starts on its Overview (describe the system first); one reopened, on its dashboard.
    showPlan: (plan, tab = 'overview') => {
      clearTimeout(timer);
      set((state) => ({
        plan,
        savedPlan: plan,
        save: saved,
        screen: 'plan',
        tab: state.plan?.id === plan.id ? state.tab : tab,
        toasts: state.toasts.filter((t) => t.planId === undefined || t.planId === plan.id),
      }));
      if (get().settings.lastPlanId !== plan.id) void get().updateSettings({ lastPlanId: plan.id });
    },

    closePlan: () => {
      clearTimeout(timer);
      set({ plan: null, savedPlan: null, save: saved });
    },

    editPlan,

    setSystemField: (field, value) => editPlan((plan) => ({ ...plan, system: { ...plan.system, [field]: value } })),

    setTierAnswer: (question, answer) =>
      editPlan((plan) => ({ ...plan, tierAnswers: { ...plan.tierAnswers, [question]: answer } })),

    setRiskTier: (tier) => editPlan((plan) => (plan.riskTier === tier ? plan : { ...plan, riskTier: tier })),

    flushSave,
    settleEdits,
  };
};

import type { ChainCheck } from '../../shared/decisions/chain';
import { localTimestamp } from '../../shared/decisions/decision-log';
import type { GateChange } from '../../shared/decisions/gate-changes';
import { loggableChanges } from '../../shared/decisions/gate-log';
import { newDecisionEntry, type DecisionInput } from '../../shared/decisions/new-entry';
import { verdictShifts, type VerdictsByStage } from '../../shared/decisions/verdict-shifts';
import { decisionEntrySchema, type DecisionEntry, type EvidenceSnapshot } from '../../shared/decisions/schema';
import { lockedDecisionRefusal } from '../../shared/decisions/stage-lock';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/schema';
import { fail, ok, type Result } from '../../shared/result';
import { selectDecisions, selectDecisionsLoaded } from './decisions-selectors';
import { evidenceOf, shownVerdicts } from './decision-evidence';
import type { SliceCreator } from './types';

export { evidenceOf } from './decision-evidence';

export interface DecisionsSlice {
  /** The decision log of `decisionsPlanId`, oldest first, as stored. */
  decisions: readonly DecisionEntry[];
  decisionsPlanId: string | null;
  decisionsStatus: 'idle' | 'loading' | 'ready' | 'error';
  decisionsError: string | null;
  /** The hash-chain check of `decisionsPlanId`'s log: length, head hash and any break; null until read. */
  decisionsCheck: ChainCheck | null;
  /**
   * A saved edit changed a gate or setting that the log must record, and the entry is not
   * written yet (it waits for the verdicts to settle): until it is, nothing may say "Saved".
   */
  gateLogPending: boolean;
  /** Reads the plan's log (again), with its chain check. */
  loadDecisions(planId: string): Promise<void>;
  /** Checks the chain again (after an append, and before printing). */
  checkDecisions(planId: string): Promise<void>;
  /**
   * Records a decision on the open plan: saves pending edits first (so the plan version in the
   * evidence is a stored one), freezes the evidence of this moment and appends the entry.
   * `shownRecommendation` is what the form showed: if the verdict changed meanwhile, nothing is
   * recorded, because the user may not have seen that they are overriding it.
   */
  recordDecision(input: DecisionInput, shownRecommendation?: DecisionEntry['recommendation']): Promise<Result<DecisionEntry>>;
  /**
   * Called before every edit of the open plan: the first edit of a gate or setting since the
   * last log remembers the verdicts shown now, so the log can say which verdicts the edits moved.
   */
  noteGateEditStarting(current: Plan, next: Plan): void;
  /** Called after every successful plan save: gate changes are logged once the edits settle. */
  noteSavedPlan(before: Plan, after: Plan): void;
  /** Logs the gate changes of the edits saved since the last log, now; false when the log refused them. */
  flushGateLog(): Promise<boolean>;
}

/**
 * Quiet time after the last save before gate changes are logged: longer than a typing pause, so
 * a target typed in several saves is one entry. Leaving the plan or hiding the window logs at once.
 */
export const GATE_LOG_DELAY_MS = 1500;

/** A refused log is tried again after this many quiet periods: soon after the disk has room again, without a toast every second. */
const GATE_LOG_RETRY_FACTOR = 10;

/** How often a due log waits for the pilot metrics to catch up with the edits, before logging "could not be checked". */
const SETTLE_ATTEMPTS = 6;

export const createDecisionsSlice: SliceCreator<DecisionsSlice> = (set, get, deps) => {
  // Gate edits are compared from the plan as stored before the first unlogged save to the plan as
  // last saved, so typing "5" then "50" — two saves or one — gives one entry, and typing back gives none.
  let baseline: Plan | null = null;
  let latest: Plan | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The verdicts shown before the first edit since the last log, for the plan they belong to.
  let verdictsBefore: { readonly planId: string; readonly verdicts: VerdictsByStage | null } | null = null;

  function append(entry: DecisionEntry): void {
    if (get().decisionsPlanId !== entry.planId) return;
    set((state) => ({ decisions: [...state.decisions, entry] }));
    void checkDecisions(entry.planId);
  }

  async function checkDecisions(planId: string): Promise<void> {
    const result = await deps.api.checkDecisionLog(planId);
    if (get().decisionsPlanId === planId) set({ decisionsCheck: result.ok ? result.value : null });
  }

  async function logChanges(before: Plan, after: Plan, verdictsThen: VerdictsByStage | null, editedWithData: boolean): Promise<boolean> {
    // A plan deleted meanwhile gets no log: it would be an audit trail of nothing.
    if (!get().plans.some((p) => p.id === after.id)) return true;
    // Gate and setting edits count only after data arrived (before that, editing gates is planning).
    // Data counts as arrived when it was stored, or when it was on screen as the edit was made (the
    // import and the edit may reach storage in the same save). Hand values and incidents are data
    // themselves, so every one is logged.
    const withData = before.imports.length > 0 || editedWithData;
    const changes: GateChange[] = loggableChanges(before, after, withData);
    const open = get().plan?.id === after.id;
    const verdicts = changes.length === 0 ? undefined : verdictShifts(after.stages, verdictsThen, open ? shownVerdicts(get()) : null);
    // The service logs what changed between the plans it stored; the screen adds only what it showed (the evidence).
    const decisions = await logOf(after.id);
    const evidence: Record<string, EvidenceSnapshot> = Object.create(null) as Record<string, EvidenceSnapshot>;
    for (const change of changes) evidence[change.stageId ?? ''] ??= evidenceOf(get(), after, change.stageId, decisions).evidence;
    if (changes.length === 0) evidence[''] = evidenceOf(get(), after, null, decisions).evidence;
    const result = await deps.api.logGateChanges(after.id, evidence, { withData, ...(verdicts === undefined ? {} : { verdicts }) });
    if (result.ok) {
      for (const entry of result.value) append(entry);
      return true;
    }
    const message = `A change could not be written to the decision log: ${result.error.message} It is tried again in a moment.`;
    // Said once while it keeps failing, not at every retry.
    if (!get().toasts.some((t) => t.message === message)) get().showToast({ tone: 'error', planId: after.id, message });
    return false;
  }

  /** The plan's decision log: the store's when it holds that plan's, else read; null when it cannot be read. */
  async function logOf(planId: string): Promise<readonly DecisionEntry[] | null> {
    const state = get();
    if (state.decisionsPlanId === planId && state.decisionsStatus === 'ready') return state.decisions;
    const result = await deps.api.listDecisions(planId);
    return result.ok ? result.value : null;
  }

  // One log write at a time: "save now" during the quiet-time write waits for it, so a resolved flush means every
  // change due was written (or kept due). What is due is taken at once (another plan's edit saved next is not taken).
  let flushing: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const flushGateLog = (): Promise<boolean> => {
    clearTimeout(timer);
    timer = undefined;
    const due = [baseline, latest, verdictsBefore] as const;
    [baseline, latest, verdictsBefore] = [null, null, null];
    queued++;
    const write = () => writeDue(...due);
    const run = flushing.then(write, write);
    flushing = run;
    return run;
  };

  async function writeDue(before: Plan | null, after: Plan | null, then: typeof verdictsBefore): Promise<boolean> {
    const captured = then !== null && after !== null && then.planId === after.id;
    let logged = true;
    try {
      logged = before && after ? await logChanges(before, after, captured ? then.verdicts : null, captured) : true;
      return logged;
    } finally {
      queued--;
      if (!logged && before && after) keepDue(before, after, then);
      // A new edit saved meanwhile has its own pending flag, set again by noteSavedPlan; a write queued behind this one clears it.
      else if (baseline === null && queued === 0) set({ gateLogPending: false });
    }
  }

  /** A log refused (a full disk): the changes stay due ("Saving…") and are tried again later; the service kept them too. */
  function keepDue(before: Plan, after: Plan, then: typeof verdictsBefore): void {
    // The older baseline covers any edit saved since.
    if (baseline === null || baseline.id === before.id) baseline = before;
    latest ??= after;
    verdictsBefore ??= then;
    set({ gateLogPending: true });
    clearTimeout(timer);
    timer = setTimeout(() => void flushGateLog(), GATE_LOG_DELAY_MS * GATE_LOG_RETRY_FACTOR);
  }

  /** The quiet-time log: waits (a little) for the metrics to follow the edits, so the verdicts it names are real. */
  const scheduleFlush = (attempt: number): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const state = get();
      const waiting = latest !== null && state.plan?.id === latest.id && shownVerdicts(state) === null && state.pilotMetricsStatus !== 'error';
      if (waiting && attempt < SETTLE_ATTEMPTS) scheduleFlush(attempt + 1);
      else void flushGateLog();
    }, GATE_LOG_DELAY_MS);
  };

  return {
    decisions: [],
    decisionsPlanId: null,
    decisionsStatus: 'idle',
    decisionsError: null,
    decisionsCheck: null,
    gateLogPending: false,

    loadDecisions: async (planId) => {
      const fresh = get().decisionsPlanId === planId ? {} : { decisions: [], decisionsCheck: null };
      set({ decisionsPlanId: planId, decisionsStatus: 'loading', decisionsError: null, ...fresh });
      const [result, check] = await Promise.all([deps.api.listDecisions(planId), deps.api.checkDecisionLog(planId)]);
      if (get().decisionsPlanId !== planId) return;
      if (result.ok) set({ decisions: result.value, decisionsStatus: 'ready', decisionsCheck: check.ok ? check.value : null });
      else set({ decisionsStatus: 'error', decisionsError: result.error.message });
    },

    checkDecisions,

    recordDecision: async (input, shownRecommendation) => {
      if (!get().plan) return fail('not_found', 'No plan is open.');
      // The evidence names a plan version: make it one that is stored.
      if (!(await get().flushSave())) {
        return fail('io', 'The plan has changes that could not be saved; retry saving first, so the decision names a stored version.');
      }
      // Whether the stage may start at all is in the log: it must be read before anything is decided.
      const open = get().plan;
      if (open && !selectDecisionsLoaded(get())) await get().loadDecisions(open.id);
      const state = get();
      const plan = state.plan;
      if (!plan) return fail('not_found', 'No plan is open.');
      if (!selectDecisionsLoaded(state)) {
        return fail(
          'io',
          `The decision log could not be read${state.decisionsError ? ` (${state.decisionsError})` : ''}, so whether this stage may start is unknown. Read the log again, then record the decision.`,
        );
      }
      // Evidence frozen before the rows are read would say "cannot measure" for every gate.
      if (state.pilotMetricsStatus === 'loading') {
        return fail('conflict', 'The pilot data is still being read. Record the decision in a moment, so its evidence is complete.');
      }
      const { evidence, verdict, unlock } = evidenceOf(state, plan, input.stageId, selectDecisions(state));
      // SPEC §4: no proceed on a stage the one before was not allowed to leave; not even as an override.
      const refusal = input.stageId === null ? null : lockedDecisionRefusal(input.decision, unlock);
      if (refusal !== null) return fail('conflict', refusal);
      if (shownRecommendation !== undefined && input.stageId !== null && shownRecommendation !== verdict) {
        return fail('conflict', 'The recommendation changed while you were writing. Check it, then record the decision again.');
      }
      const entry = newDecisionEntry(input, {
        id: newId(),
        planId: plan.id,
        at: localTimestamp(deps.now()),
        author: state.settings.authorName,
        recommendation: verdict,
        evidence,
      });
      const checked = decisionEntrySchema.safeParse(entry);
      if (!checked.success) {
        return fail('invalid', 'The decision was not recorded: some of its fields are not valid.', checked.error.issues.map((i) => i.message));
      }
      const result = await deps.api.appendDecision(checked.data);
      if (!result.ok) return result;
      append(result.value);
      return ok(result.value);
    },

    noteGateEditStarting: (current, next) => {
      if (current.imports.length === 0 || verdictsBefore?.planId === current.id) return;
      // Only an edit that will be logged: data arriving meanwhile moves verdicts too, and those moves are not the edit's.
      if (loggableChanges(current, next, true).length === 0) return;
      verdictsBefore = { planId: current.id, verdicts: shownVerdicts(get()) };
    },

    noteSavedPlan: (before, after) => {
      if (baseline !== null && baseline.id !== after.id) void flushGateLog();
      // Data arrived since the baseline: only what changed after it counts, so the comparison starts there.
      // (Hand values and incidents recorded before the data arrived are still logged: the service
      // keeps their own baseline, which data arriving does not restart.)
      if (baseline !== null && baseline.imports.length === 0 && before.imports.length > 0) baseline = before;
      baseline ??= before;
      latest = after;
      // As logChanges will judge it: data stored before the edits, or on screen as they were made.
      const withData = baseline.imports.length > 0 || verdictsBefore?.planId === after.id;
      const pending = baseline.id === after.id && loggableChanges(baseline, after, withData).length > 0;
      if (pending !== get().gateLogPending) set({ gateLogPending: pending });
      scheduleFlush(0);
    },

    flushGateLog,
  };
};

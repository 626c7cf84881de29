import type { MetricId } from '../model/metrics';
import { unjudgedIncidentNote } from '../incidents/unjudged-incidents';
import type { Criterion, Plan, Stage } from '../model/schema';
import { dayOf, isoOf } from './calendar';
import { evaluateCriterion, statusRank } from './evaluate-criterion';
import { evaluateTrigger } from './evaluate-trigger';
import type { PreviousStage } from './evaluate-baseline';
import { gateContext } from './gate-context';
import { periodLookupId, type MetricObservations, type ObservationLookup } from './observations';
import type { CriterionResult, TriggerResult } from './results';

/**
 * SPEC §4: the recommendation for a stage; the lead records the actual decision. "running" is
 * the last stage without a gate (a full rollout): there is no next stage to proceed to, so it
 * runs on, watched by its rollback triggers, and asks for no decision unless one fires.
 */
export type StageVerdict = 'proceed' | 'hold' | 'roll_back' | 'running';

export const stageVerdictLabels: Record<StageVerdict, string> = {
  proceed: 'Proceed',
  hold: 'Hold',
  roll_back: 'Roll back',
  running: 'Running',
};

/** A rollback trigger on its way to firing, and the day it would fire if the trend continues. */
export interface TrendingTrigger {
  readonly triggerId: string;
  readonly metric: MetricId;
  /** Advisory triggers trend too; only required ones would roll the stage back. */
  readonly required: boolean;
  readonly firesOn: string;
  readonly reason: string;
}

export interface StageEvaluation {
  readonly stageId: string;
  readonly stageName: string;
  readonly verdict: StageVerdict;
  /** Plain language, the deciding reasons first. */
  readonly reasons: readonly string[];
  readonly criteria: readonly CriterionResult[];
  readonly triggers: readonly TriggerResult[];
  /**
   * The first day a decision can be made: start + minimum duration, or the day after the last
   * judging week of the required criteria, whichever is later. Null without a planned start.
   */
  readonly earliestDecisionDate: string | null;
  readonly trendingTriggers: readonly TrendingTrigger[];
  /** Critical incidents of the stage that no criterion or trigger judges (also the last of `reasons`). */
  readonly incidentNote?: string;
}

export const NO_REQUIRED_CRITERIA = 'No required gate criteria defined: add at least one before the stage can proceed.';

/** The reason of a "running" last stage. */
export const RUNNING_LAST_STAGE =
  'The last stage has no required gate criteria: there is no next stage to proceed to, so it runs on, monitored by its rollback triggers. Add a required criterion to have it judged.';

/** The reason of a last stage without a gate that has not started yet. */
export const LAST_STAGE_NOT_STARTED =
  'The last stage has no required gate criteria: once it is under way, it runs on, monitored by its rollback triggers, with no decision to take unless one fires.';

/** Where the stage stands in its plan: only the last stage may run on without a gate. */
export interface StagePosition {
  readonly isLast: boolean;
  /** The stage before this one, for criteria judged against the previous stage; absent for the first. */
  readonly previous?: Stage;
}

/**
 * The verdict of one stage on `today` (SPEC §4):
 * - roll back when any required rollback trigger fires, whatever the criteria say;
 * - proceed when every required criterion passes and no trigger fires;
 * - running for the last stage without required criteria, once it has started: nothing is
 *   left to proceed to, and holding it forever would ask for a decision nobody can take;
 * - hold otherwise — including an earlier stage without required criteria (it never proceeds
 *   on nothing).
 * Advisory criteria and advisory triggers are evaluated and listed, and never decide. Critical
 * incidents of the register that no criterion or trigger judges are named after the reasons.
 */
export function evaluateStage(
  plan: Pick<Plan, 'statisticalConfidence'> & Partial<Pick<Plan, 'incidents' | 'riskTier'>>,
  stage: Stage,
  lookup: ObservationLookup,
  today: string,
  position: StagePosition = { isLast: false },
): StageEvaluation {
  const ctx = gateContext(plan, stage, today);
  const observe = memoised(stage.id, lookup);
  const before = position.previous;
  const previousOf = (metric: MetricId): PreviousStage | null =>
    before === undefined ? null : { name: before.name, observations: lookup(before.id, metric) };
  // A period baseline is looked up like a stage: the files answer its key with the rows dated in it.
  const otherSide = (c: Criterion): PreviousStage | null => {
    const b = c.baseline;
    if (b?.kind === 'previous_stage') return previousOf(c.metric);
    if (b?.kind === 'period') return { name: '', observations: lookup(periodLookupId(b.from, b.to), c.metric) };
    return null;
  };
  const criteria = stage.criteria.map((c) => evaluateCriterion(c, observe(c.metric), ctx, otherSide(c)));
  const triggers = stage.triggers.map((t) => evaluateTrigger(t, observe(t.metric), ctx));

  const required = criteria.filter((c) => c.required);
  const fired = triggers.filter((t) => t.required && t.status === 'fired');
  const started = ctx.plannedStart !== null && ctx.plannedStart <= today;
  const runsOn = position.isLast && required.length === 0 && started;
  const verdict: StageVerdict =
    fired.length > 0
      ? 'roll_back'
      : runsOn
        ? 'running'
        : required.length > 0 && required.every((c) => c.status === 'pass')
          ? 'proceed'
          : 'hold';

  const trendingTriggers = triggers
    .flatMap((t) =>
      t.status === 'trending' && t.firesOn !== null
        ? [{ triggerId: t.id, metric: t.metric, required: t.required, firesOn: t.firesOn, reason: t.reason }]
        : [],
    )
    .sort((a, b) => (a.firesOn < b.firesOn ? -1 : a.firesOn > b.firesOn ? 1 : 0));

  const incidentNote = unjudgedIncidentNote(stage, plan.incidents ?? [], today);
  return {
    stageId: stage.id,
    stageName: stage.name,
    verdict,
    reasons: withIncidentNote(stageReasons(verdict, criteria, triggers, position.isLast), incidentNote),
    criteria,
    triggers,
    earliestDecisionDate: earliestDecisionDate(stage, required),
    trendingTriggers,
    ...(incidentNote === null ? {} : { incidentNote }),
  };
}

/** Every stage of the plan, in plan order. Deterministic: the same plan, data and day give the same result. */
export function evaluatePlan(plan: Plan, lookup: ObservationLookup, today: string): StageEvaluation[] {
  return plan.stages.map((stage, i) => {
    const previous = plan.stages[i - 1];
    return evaluateStage(plan, stage, lookup, today, { isLast: i === plan.stages.length - 1, ...(previous ? { previous } : {}) });
  });
}

function withIncidentNote(reasons: string[], note: string | null): string[] {
  return note === null ? reasons : [...reasons, note];
}

/** Criteria and triggers on the same metric share one lookup: building observations may be costly. */
function memoised(stageId: string, lookup: ObservationLookup): (metric: MetricId) => MetricObservations {
  const cache = new Map<MetricId, MetricObservations>();
  return (metric) => {
    let hit = cache.get(metric);
    if (hit === undefined) {
      hit = lookup(stageId, metric);
      cache.set(metric, hit);
    }
    return hit;
  };
}

/** Required rollback triggers that could not be checked (no usable data): they did not fire, and could not have. */
export function uncheckedTriggers(triggers: readonly TriggerResult[]): number {
  return triggers.filter((t) => t.required && (t.status === 'cannot_measure' || t.status === 'not_enough_data')).length;
}

/**
 * Why a stage may proceed. "No rollback trigger fired" alone would claim a watch that was not kept when a
 * trigger could not be checked: the sentence says so, and the reasons below it say why.
 */
export function proceedText(requiredCount: number, unchecked: number): string {
  const passed = requiredCount === 1 ? 'The required criterion passes' : `All ${requiredCount} required criteria pass`;
  if (unchecked === 0) return `${passed} and no rollback trigger fired.`;
  return `${passed}; no rollback trigger fired, but ${unchecked === 1 ? '1 rollback trigger' : `${unchecked} rollback triggers`} could not be checked.`;
}

function earliestDecisionDate(stage: Stage, required: readonly CriterionResult[]): string | null {
  const start = stage.plannedStart === null ? null : dayOf(stage.plannedStart);
  if (start === null) return null;
  let latest = isoOf(start + 7 * stage.minDurationWeeks);
  for (const c of required) if (c.judgedOn !== null && c.judgedOn > latest) latest = c.judgedOn;
  return latest;
}

/** The reasons in the order a reader needs them: what decides first, then what to watch. */
function stageReasons(
  verdict: StageVerdict,
  criteria: readonly CriterionResult[],
  triggers: readonly TriggerResult[],
  lastStage: boolean,
): string[] {
  const required = criteria.filter((c) => c.required);
  const reasons: string[] = [];
  for (const t of triggers) if (t.required && t.status === 'fired') reasons.push(`Rollback trigger fired: ${t.reason}`);
  if (verdict === 'running') reasons.push(RUNNING_LAST_STAGE);
  else if (required.length === 0) reasons.push(lastStage ? LAST_STAGE_NOT_STARTED : NO_REQUIRED_CRITERIA);
  if (verdict === 'proceed') reasons.push(proceedText(required.length, uncheckedTriggers(triggers)));
  const blocking = required
    .filter((c) => c.status !== 'pass')
    .map((c, order) => ({ c, order }))
    .sort((a, b) => statusRank[b.c.status] - statusRank[a.c.status] || a.order - b.order);
  for (const { c } of blocking) reasons.push(c.reason);
  for (const t of triggers) {
    if (!t.required) continue;
    if (t.status === 'trending') reasons.push(`Rollback trigger trending: ${t.reason}`);
    if (t.status === 'cannot_measure' || t.status === 'not_enough_data') reasons.push(`Rollback trigger cannot be checked: ${t.reason}`);
    if (t.status === 'unreachable') reasons.push(`Rollback trigger can never apply: ${t.reason}`);
  }
  for (const c of criteria) if (!c.required && c.status !== 'pass') reasons.push(`Advisory (does not block): ${c.reason}`);
  for (const t of triggers) {
    if (!t.required && (t.status === 'fired' || t.status === 'trending')) {
      reasons.push(`Advisory trigger (does not roll back) ${t.status === 'fired' ? 'fired' : 'trending'}: ${t.reason}`);
    }
  }
  return [...new Set(reasons)];
}

import { withStageLock, type GatedEvaluation } from '../../shared/decisions/stage-lock';
import type { StageUnlock } from '../../shared/decisions/stage-unlocks';
import { evaluateStage, type ObservationLookup, type StageEvaluation } from '../../shared/gates';
import { isoFromDay, stageSpans } from '../../shared/metrics';
import type { Plan, Stage } from '../../shared/model/schema';
import { selectDecisionsLoaded, selectStageUnlocks } from './decisions-selectors';
import { memoLast } from './memo';
import { selectObservationLookup } from './pilot-data-selectors';
import type { AppState } from './types';

const noStages: readonly Stage[] = [];
const noEvaluations: readonly GatedEvaluation[] = [];

export const selectStages = (state: AppState): readonly Stage[] => state.plan?.stages ?? noStages;

/** The stage the Stages tab shows: the chosen one, or the first when none (or a removed one) is chosen. */
export const selectSelectedStage = (state: AppState): Stage | null => {
  const stages = selectStages(state);
  return stages.find((s) => s.id === state.selectedStageId) ?? stages[0] ?? null;
};

interface CachedEvaluation {
  readonly incidents: Plan['incidents'];
  readonly riskTier: Plan['riskTier'];
  readonly lookup: ObservationLookup;
  readonly today: string;
  readonly confidence: boolean;
  readonly isLast: boolean;
  readonly previous: Stage | undefined;
  readonly evaluation: StageEvaluation;
}

// Per stage object: typing in one stage's fields re-evaluates that stage only. Stages are
// immutable (every edit makes a new object), so the stage itself is a safe cache key.
const byStage = new WeakMap<Stage, CachedEvaluation>();

function evaluationOf(
  stage: Stage,
  incidents: Plan['incidents'],
  riskTier: Plan['riskTier'],
  lookup: ObservationLookup,
  today: string,
  confidence: boolean,
  isLast: boolean,
  previous: Stage | undefined,
): StageEvaluation {
  const hit = byStage.get(stage);
  if (hit && hit.incidents === incidents && hit.riskTier === riskTier && hit.lookup === lookup && hit.today === today && hit.confidence === confidence && hit.isLast === isLast && hit.previous === previous) {
    return hit.evaluation;
  }
  // The previous stage is the baseline of "compare with the previous stage" criteria.
  // The risk tier sets the test set a gate on test results needs.
  const evaluation = evaluateStage({ statisticalConfidence: confidence, incidents, riskTier }, stage, lookup, today, { isLast, ...(previous ? { previous } : {}) });
  byStage.set(stage, { incidents, riskTier, lookup, today, confidence, isLast, previous, evaluation });
  return evaluation;
}

// The same as `evaluatePlan` (which maps `evaluateStage` over the stages), memoised on the
// parts of the plan a verdict depends on rather than the whole plan.
const evaluationsOf = memoLast(
  (stages: Plan['stages'], incidents: Plan['incidents'], riskTier: Plan['riskTier'], confidence: boolean, lookup: ObservationLookup, today: string): readonly StageEvaluation[] =>
    stages.map((stage, i) => evaluationOf(stage, incidents, riskTier, lookup, today, confidence, i === stages.length - 1, stages[i - 1])),
);

// Per gates' evaluation: the gated one keeps its identity while neither the evaluation nor the lock changes.
const gatedByEvaluation = new WeakMap<StageEvaluation, GatedEvaluation>();

function gatedOf(evaluation: StageEvaluation, unlock: StageUnlock | undefined): GatedEvaluation {
  const lockedBecause = unlock && !unlock.mayStart ? unlock.why : null;
  const hit = gatedByEvaluation.get(evaluation);
  if (hit && hit.lockedBecause === lockedBecause) return hit;
  const gated = withStageLock(evaluation, unlock);
  gatedByEvaluation.set(evaluation, gated);
  return gated;
}

const gatedEvaluationsOf = memoLast(
  (evaluations: readonly StageEvaluation[], unlocks: readonly StageUnlock[] | null): readonly GatedEvaluation[] => {
    const byStage = new Map(unlocks?.map((u) => [u.stageId, u]));
    return evaluations.map((e) => gatedOf(e, byStage.get(e.stageId)));
  },
);

/**
 * Every stage's evaluation on `state.today`, in plan order, with the decision log's lock applied
 * (`withStageLock`): a stage whose predecessor was not allowed to proceed is held. Until the
 * log is read, the verdicts are the gates' own. Derived, never stored: it follows the plan, the
 * imported data, the log and the date, and a verdict in the store would go stale.
 */
export const selectStageEvaluations = (state: AppState): readonly GatedEvaluation[] => {
  const plan = state.plan;
  const lookup = selectObservationLookup(state);
  if (!plan || !lookup) return noEvaluations;
  const evaluations = evaluationsOf(plan.stages, plan.incidents, plan.riskTier, plan.statisticalConfidence, lookup, state.today);
  return gatedEvaluationsOf(evaluations, selectDecisionsLoaded(state) ? selectStageUnlocks(state) : null);
};

/** One stage's evaluation; null for a stage the plan does not have. */
export function evaluationFor<E extends StageEvaluation>(evaluations: readonly E[], stageId: string): E | null {
  return evaluations.find((e) => e.stageId === stageId) ?? null;
}

export const selectStatisticalConfidence = (state: AppState): boolean => state.plan?.statisticalConfidence ?? false;

/** A stage's dates as the timeline shows them; `to` null means open-ended (or no start yet). */
export interface StageDates {
  readonly from: string | null;
  readonly to: string | null;
}

const datesOf = memoLast((stages: readonly Stage[]): readonly StageDates[] =>
  stageSpans(stages).map((span) => ({
    from: span.start === null ? null : isoFromDay(span.start),
    to: span.end === null ? null : isoFromDay(span.end),
  })),
);

/** Each stage's date range, in plan order: the same ranges the imported rows are placed in. */
export const selectStageDates = (state: AppState): readonly StageDates[] => datesOf(selectStages(state));

import { buildEvidenceSnapshot } from '../../shared/decisions/evidence-snapshot';
import type { DecisionEntry, EvidenceSnapshot } from '../../shared/decisions/schema';
import { withStageLock } from '../../shared/decisions/stage-lock';
import { stageUnlocks, type StageUnlock } from '../../shared/decisions/stage-unlocks';
import type { VerdictsByStage } from '../../shared/decisions/verdict-shifts';
import { evaluateStage } from '../../shared/gates/stage-verdict';
import { metricsMatchPlan } from '../../shared/metrics/metrics-match';
import type { Plan } from '../../shared/model/schema';
import { computeReadiness } from '../../shared/readiness/score';
import { measureFromData } from '../../shared/thresholds/data-measurements';
import { tallyThresholds } from '../../shared/thresholds/threshold-status';
import { selectObservationLookup, selectUnavailableImports } from './pilot-data-selectors';
import { selectStageEvaluations } from './stages-selectors';
import type { AppState } from './types';

/* What a decision-log entry freezes of the open plan, and the verdicts the screens show: read by the decisions slice. */

export interface Evidence {
  readonly evidence: EvidenceSnapshot;
  readonly verdict: DecisionEntry['recommendation'];
  /** Whether the stage may start by the log; null for the whole plan or when the log is unknown. */
  readonly unlock: StageUnlock | null;
}

/**
 * Evidence of `plan` as it is now; `stageId` null for an entry about the whole plan. The verdict
 * is the one the screens show: the gates' verdict with the decision log's lock applied
 * (`withStageLock`, as `selectStageEvaluations` does); `decisions` null when the log is unknown.
 */
export function evidenceOf(state: AppState, plan: Plan, stageId: string | null, decisions: readonly DecisionEntry[] | null): Evidence {
  const today = state.today;
  const stage = stageId === null ? undefined : plan.stages.find((s) => s.id === stageId);
  const lookup = selectObservationLookup(state);
  const unlock = stage && decisions ? (stageUnlocks(plan, decisions).find((u) => u.stageId === stage.id) ?? null) : null;
  const isLast = stage !== undefined && plan.stages[plan.stages.length - 1] === stage;
  const previous = stage === undefined ? undefined : plan.stages[plan.stages.indexOf(stage) - 1];
  const position = { isLast, ...(previous ? { previous } : {}) };
  const evaluation = stage && lookup ? withStageLock(evaluateStage(plan, stage, lookup, today, position), unlock) : null;
  // Thresholds as judged: measured from the pilot data where they carry the metric.
  const thresholds = measureFromData(plan.thresholds, state.pilotMetrics, plan.imports, selectUnavailableImports(state), plan.riskTier, today).map((m) => m.threshold);
  const judged = { ...plan, thresholds };
  const evidence = buildEvidenceSnapshot(judged, evaluation, computeReadiness(plan, today), tallyThresholds(thresholds), today);
  return { evidence, verdict: evaluation?.verdict ?? null, unlock };
}

/**
 * The verdicts the screens show now, by stage; null when they would describe another plan: the
 * pilot metrics are still loading, failed, or were computed before the last edit of the
 * editing limit, a stage's dates or its enrolment.
 */
export function shownVerdicts(state: AppState): VerdictsByStage | null {
  const { plan, pilotMetrics } = state;
  if (!plan || state.pilotMetricsStatus !== 'ready') return null;
  // No metrics while ready: no rows to compute from, and the verdicts of no data are the real ones.
  if (pilotMetrics !== null && !metricsMatchPlan(pilotMetrics, plan)) return null;
  return new Map(selectStageEvaluations(state).map((e) => [e.stageId, e.verdict]));
}


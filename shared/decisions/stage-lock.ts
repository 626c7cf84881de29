import { LAST_STAGE_NOT_STARTED, RUNNING_LAST_STAGE, type StageEvaluation } from '../gates/stage-verdict';
import type { DecisionKind } from './schema';
import type { StageUnlock } from './stage-unlocks';

/** A stage's evaluation with the decision log's word on whether the stage may start (SPEC §4). */
export interface GatedEvaluation extends StageEvaluation {
  /** Why the stage may not start yet ("Stage 2 may not start yet: …"); null when it may. */
  readonly lockedBecause: string | null;
}

/**
 * The recommendation once the decision log is taken into account: a stage may start only after
 * the one before was allowed to proceed (SPEC §4), so a locked stage is held whatever its gates
 * say, with the lock as its first reason. Its gates are still evaluated and listed. A fired
 * rollback trigger keeps "roll back": the worst result wins, and a stage that is running
 * without leave and doing harm must be rolled back, not merely held. `unlock` null or absent
 * (the log is not read yet, or the first stage) leaves the verdict as the gates gave it.
 */
export function withStageLock(evaluation: StageEvaluation, unlock: StageUnlock | null | undefined): GatedEvaluation {
  if (!unlock || unlock.mayStart) return { ...evaluation, lockedBecause: null };
  return {
    ...evaluation,
    verdict: evaluation.verdict === 'roll_back' ? 'roll_back' : 'hold',
    // A last stage that would run on may not run yet: say what it will do once it may.
    reasons: [unlock.why, ...evaluation.reasons.filter((r) => r !== unlock.why).map((r) => (r === RUNNING_LAST_STAGE ? LAST_STAGE_NOT_STARTED : r))],
    lockedBecause: unlock.why,
  };
}

/**
 * Why a decision may not be recorded on a stage: "proceed" on a stage that may not start yet.
 * The way forward is a proceed (or an override to proceed) on the stage before, which the
 * message names. Hold, roll back and notes are always allowed. Null when the decision may be recorded.
 */
export function lockedDecisionRefusal(decision: DecisionKind, unlock: StageUnlock | null | undefined): string | null {
  if (decision !== 'proceed' || !unlock || unlock.mayStart) return null;
  return `${unlock.why} Record a decision to proceed on stage ${unlock.number - 1} first.`;
}

import type { StageVerdict } from '../gates/stage-verdict';
import type { Plan } from '../model/schema';
import { AUTOMATIC_AUTHOR, isOverride } from './decision-log';
import { changedOutsideAcceptedRationale } from '../service/seal-words';
import { gateChangeRationale, type GateChange } from './gate-changes';
import { DECISION_SCHEMA_VERSION, type DecisionEntry, type DecisionKind, type EvidenceSnapshot, type VerdictShift } from './schema';

/** What the lead types when recording a decision. */
export interface DecisionInput {
  readonly stageId: string | null;
  readonly decision: Exclude<DecisionKind, 'threshold_change' | 'criterion_change' | 'setting_change'>;
  readonly rationale: string;
  readonly approvedBy: string;
  /** The entry this one corrects, or null. */
  readonly corrects: string | null;
}

/** What the app adds: identity, time, author and the frozen evidence of this moment. */
export interface EntryContext {
  readonly id: string;
  readonly planId: string;
  /** Local timestamp with offset (`localTimestamp`). */
  readonly at: string;
  readonly author: string;
  /** The stage's verdict now; null for an entry outside a stage. */
  readonly recommendation: StageVerdict | null;
  readonly evidence: EvidenceSnapshot;
}

/**
 * A new log entry. The recommendation is recorded beside the decision, and the override flag
 * is derived, never typed: a decision against the recommendation is an override (SPEC §7).
 * Notes carry the stage's recommendation too, for context, and never override.
 */
export function newDecisionEntry(input: DecisionInput, context: EntryContext): DecisionEntry {
  const recommendation = input.stageId === null ? null : context.recommendation;
  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: context.id,
    planId: context.planId,
    at: context.at,
    author: context.author.trim(),
    approvedBy: input.approvedBy.trim(),
    stageId: input.stageId,
    decision: input.decision,
    recommendation,
    override: isOverride(input.decision, recommendation),
    rationale: input.rationale.trim(),
    corrects: input.corrects,
    automatic: false,
    change: null,
    evidence: context.evidence,
  };
}

/**
 * The entry the app appends by itself for one gate or setting change made after data arrived.
 * `verdicts`: the stages whose verdict the edits saved together moved (null: could not be checked;
 * omitted: not checked, as before the app recorded it).
 */
export function gateChangeEntry(
  change: GateChange,
  context: Omit<EntryContext, 'recommendation'>,
  verdicts?: readonly VerdictShift[] | null,
): DecisionEntry {
  const author = context.author.trim() === '' ? AUTOMATIC_AUTHOR : context.author.trim();
  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: context.id,
    planId: context.planId,
    at: context.at,
    author: author.slice(0, 200),
    approvedBy: '',
    stageId: change.stageId,
    decision: change.kind,
    recommendation: null,
    override: false,
    rationale: gateChangeRationale(change, verdicts),
    corrects: null,
    automatic: true,
    // A note carries its change in the rationale: only threshold, criterion and setting changes have a change record.
    change:
      change.kind === 'note'
        ? null
        : {
            what: change.what.slice(0, 1000),
            before: change.before.slice(0, 1000),
            after: change.after.slice(0, 1000),
            ...(verdicts === undefined ? {} : { verdicts: verdicts === null ? null : verdicts.slice(0, 100) }),
          },
    evidence: context.evidence,
  };
}

/**
 * The entry the app appends by itself when the user accepts a plan changed outside the app ("Use
 * this plan as it is now"): a note outside any stage, saying what the app can and cannot tell.
 */
export function changedPlanAcceptedEntry(
  plan: Plan,
  lastSavedAt: string | null,
  context: Omit<EntryContext, 'recommendation' | 'planId'> & { readonly acceptedAt: Date },
): DecisionEntry {
  const author = context.author.trim() === '' ? AUTOMATIC_AUTHOR : context.author.trim();
  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: context.id,
    planId: plan.id,
    at: context.at,
    author: author.slice(0, 200),
    approvedBy: '',
    stageId: null,
    decision: 'note',
    recommendation: null,
    override: false,
    rationale: changedOutsideAcceptedRationale(context.acceptedAt.toISOString(), lastSavedAt, plan.revision),
    corrects: null,
    automatic: true,
    change: null,
    evidence: context.evidence,
  };
}

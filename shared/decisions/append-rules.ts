import type { Plan } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { localTimestamp } from './decision-log';
import { duplicateDecision } from './log-records';
import type { DecisionEntry } from './schema';
import { lockedDecisionRefusal } from './stage-lock';
import { stageUnlocks } from './stage-unlocks';

/** What the service knows when an entry is offered: the stored plan, its log as stored, its clock. */
export interface AppendContext {
  readonly plan: Pick<Plan, 'id' | 'stages'>;
  /** The log's readable entries, in append order. */
  readonly log: readonly DecisionEntry[];
  /** Every id the log holds, damaged records included. */
  readonly takenIds: ReadonlySet<string>;
  readonly now: Date;
}

/**
 * The decision rules, enforced where the log is written rather than trusted from the screen:
 * the time is the service's clock; the stage must exist; a correction names an entry of this
 * plan's log; "proceed" on a stage that may not start is refused (SPEC §4); automatic entries
 * are written only by the app's own change logging. Returns the entry as it will be stored.
 */
export function admitDecision(entry: DecisionEntry, context: AppendContext): Result<DecisionEntry> {
  const refused = (message: string) => fail('invalid', `The decision was not recorded: ${message}`);
  if (context.takenIds.has(entry.id)) return duplicateDecision(entry.id);
  if (entry.planId !== context.plan.id) return refused('it names another plan.');
  if (entry.automatic) {
    return refused('entries marked as automatic are written only by the app itself, when it logs a change to the gates.');
  }
  if (entry.stageId !== null && !context.plan.stages.some((stage) => stage.id === entry.stageId)) {
    return refused('the stage it names is not in this plan (it may have been removed).');
  }
  if (entry.corrects !== null && !context.log.some((earlier) => earlier.id === entry.corrects)) {
    return refused('the entry it corrects is not in this plan’s decision log.');
  }
  if (entry.stageId !== null) {
    const unlock = stageUnlocks(context.plan, context.log).find((u) => u.stageId === entry.stageId);
    const lock = lockedDecisionRefusal(entry.decision, unlock);
    if (lock !== null) return fail('conflict', lock);
  }
  // The claimed time is replaced: the log's order and dates are the service's, not the sender's.
  return ok({ ...entry, at: localTimestamp(context.now) });
}

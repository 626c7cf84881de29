import { formatDate } from '../format/format';
import { stageVerdictLabels } from '../gates/stage-verdict';
import type { Plan } from '../model/schema';
import { entryDate, latestStageDecision } from './decision-log';
import { decisionKindLabels, type DecisionEntry } from './schema';

export interface StageUnlock {
  readonly stageId: string;
  readonly stageName: string;
  /** 1-based position in the plan. */
  readonly number: number;
  readonly mayStart: boolean;
  /** One sentence a reader can check against the log. */
  readonly why: string;
  /** The decision on the previous stage that opens (or keeps closed) this one; null for the first stage or none recorded. */
  readonly decision: DecisionEntry | null;
}

/**
 * SPEC §4 and §7: a stage may start only after the previous one was allowed to proceed, as
 * recorded in the decision log. The latest proceed, hold or roll-back decision on the previous
 * stage counts (corrections applied), an override to proceed included; and a stage whose
 * predecessor may not start cannot start either, whatever was once decided about it.
 */
export function stageUnlocks(plan: Pick<Plan, 'stages'>, decisions: readonly DecisionEntry[]): StageUnlock[] {
  const unlocks: StageUnlock[] = [];
  plan.stages.forEach((stage, index) => {
    const number = index + 1;
    const base = { stageId: stage.id, stageName: stage.name, number };
    const previous = plan.stages[index - 1];
    const before = unlocks[index - 1];
    if (previous === undefined || before === undefined) {
      unlocks.push({ ...base, mayStart: true, why: `Stage ${number} may start: it is the first stage.`, decision: null });
      return;
    }
    const latest = latestStageDecision(decisions, previous.id);
    if (!before.mayStart) {
      unlocks.push({
        ...base,
        mayStart: false,
        why: `Stage ${number} may not start: stage ${number - 1} has not been allowed to start yet.`,
        decision: latest,
      });
      return;
    }
    if (latest === null) {
      unlocks.push({
        ...base,
        mayStart: false,
        why: `Stage ${number} may not start yet: no proceed decision is recorded for stage ${number - 1}.`,
        decision: null,
      });
      return;
    }
    const by = `by ${latest.author} on ${formatDate(entryDate(latest))}`;
    if (latest.decision === 'proceed') {
      const override =
        latest.override && latest.recommendation !== null
          ? ` (an override of the recommendation “${stageVerdictLabels[latest.recommendation].toLowerCase()}”)`
          : '';
      // Permission given after the fact is still permission, but the record must not read as if it came first.
      const start = stage.plannedStart;
      const late = start !== null && start < entryDate(latest) ? ` Its planned start, ${formatDate(start)}, came before that decision.` : '';
      unlocks.push({
        ...base,
        mayStart: true,
        why: `Stage ${number} may start: stage ${number - 1} proceed decision ${by}${override}.${late}`,
        decision: latest,
      });
      return;
    }
    unlocks.push({
      ...base,
      mayStart: false,
      why: `Stage ${number} may not start: the latest decision on stage ${number - 1} is “${decisionKindLabels[latest.decision].toLowerCase()}” ${by}.`,
      decision: latest,
    });
  });
  return unlocks;
}

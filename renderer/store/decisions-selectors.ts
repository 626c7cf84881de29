import { latestStageDecision, newestFirst } from '../../shared/decisions/decision-log';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { stageUnlocks, type StageUnlock } from '../../shared/decisions/stage-unlocks';
import type { Plan } from '../../shared/model/schema';
import { memoLast } from './memo';
import type { AppState } from './types';
import { changedSinceWords } from '../../shared/decisions/changes-since';

const noDecisions: readonly DecisionEntry[] = [];
const noStages: Plan['stages'] = [];

/** The open plan's decision log, oldest first; empty until it is loaded (or for another plan's log). */
export const selectDecisions = (state: AppState): readonly DecisionEntry[] =>
  state.plan !== null && state.decisionsPlanId === state.plan.id ? state.decisions : noDecisions;

/** Whether the open plan's log has been read: before that, "no decisions yet" would be a lie. */
export const selectDecisionsLoaded = (state: AppState): boolean =>
  state.plan !== null && state.decisionsPlanId === state.plan.id && state.decisionsStatus === 'ready';

const newestOf = memoLast((decisions: readonly DecisionEntry[]) => newestFirst(decisions));
export const selectDecisionsNewestFirst = (state: AppState): readonly DecisionEntry[] => newestOf(selectDecisions(state));

const unlocksOf = memoLast((stages: Plan['stages'], decisions: readonly DecisionEntry[]) => stageUnlocks({ stages }, decisions));

/** Per stage, whether it may start and why (SPEC §4): from the decision log, never stored. */
export const selectStageUnlocks = (state: AppState): readonly StageUnlock[] => unlocksOf(state.plan?.stages ?? noStages, selectDecisions(state));

const namesOf = memoLast((stages: Plan['stages']) => new Map(stages.map((s) => [s.id, s.name])));
export const selectStageNames = (state: AppState): ReadonlyMap<string, string> => namesOf(state.plan?.stages ?? noStages);

const latestOf = memoLast(
  (stages: Plan['stages'], decisions: readonly DecisionEntry[]): ReadonlyMap<string, DecisionEntry> =>
    new Map(stages.flatMap((s) => {
      const latest = latestStageDecision(decisions, s.id);
      return latest ? [[s.id, latest] as const] : [];
    })),
);

/** Per stage id, the decision taken on it (the latest proceed, hold or roll back, corrections applied). */
export const selectStageDecisionsTaken = (state: AppState): ReadonlyMap<string, DecisionEntry> =>
  latestOf(state.plan?.stages ?? noStages, selectDecisions(state));

/** "The gate changed after this decision…" for a stage whose decision was taken under other rules; null otherwise. */
export const selectChangedSinceDecision =
  (stageId: string) =>
  (state: AppState): string | null =>
    changedSinceWords(selectDecisions(state), selectStageDecisionsTaken(state).get(stageId) ?? null, stageId, state.plan?.imports ?? []);


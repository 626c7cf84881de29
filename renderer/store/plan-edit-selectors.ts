import type { Plan } from '../../shared/model/schema';
import { computeReadiness, type ReadinessSummary } from '../../shared/readiness/score';
import { suggestTier, type TierSuggestion } from '../../shared/tier/suggest-tier';
import { memoLast } from './memo';
import type { AppState } from './types';

export const selectPlan = (state: AppState): Plan | null => state.plan;

const readinessOf = memoLast((checklist: Plan['checklist'], riskTier: Plan['riskTier'], today: string) =>
  computeReadiness({ checklist, riskTier }, today),
);

/** The open plan's readiness, recomputed only when its checklist, tier or the date changes. */
export const selectReadiness = (state: AppState): ReadinessSummary | null =>
  state.plan ? readinessOf(state.plan.checklist, state.plan.riskTier, state.today) : null;

const suggestionOf = memoLast((answers: Plan['tierAnswers']) => suggestTier(answers));

export const selectTierSuggestion = (state: AppState): TierSuggestion | null =>
  state.plan ? suggestionOf(state.plan.tierAnswers) : null;

export const selectScoreHistory = (state: AppState): Plan['scoreHistory'] => state.plan?.scoreHistory ?? [];

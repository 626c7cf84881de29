import { compareNames } from '../../shared/format/locale';
import type { PlanSummary } from '../../shared/model/schema';
import { memoLast } from './memo';
import type { AppState } from './types';

const byName = (a: PlanSummary, b: PlanSummary): number => compareNames(a.name, b.name);

const split = memoLast((plans: readonly PlanSummary[]) => ({
  active: plans.filter((p) => !p.archived).sort(byName),
  archived: plans.filter((p) => p.archived).sort(byName),
}));

/** Plans in the sidebar, by name so an entry does not jump while it is edited. */
export const selectActivePlans = (state: AppState): readonly PlanSummary[] => split(state.plans).active;
export const selectArchivedPlans = (state: AppState): readonly PlanSummary[] => split(state.plans).archived;
export const selectHasPlans = (state: AppState): boolean => state.plans.length > 0;

/** The open plan's mark when it was changed outside the app and not accepted yet; null otherwise. */
export const selectChangedOutside = (state: AppState): PlanSummary['changedOutsideApp'] | null =>
  state.plan === null ? null : (state.plans.find((p) => p.id === state.plan?.id)?.changedOutsideApp ?? null);

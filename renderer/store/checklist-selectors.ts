import { isRequired } from '../../shared/checklist/build-checklist';
import type { RiskTier } from '../../shared/model/enums';
import type { Area, ChecklistItem, Plan } from '../../shared/model/schema';
import { effectiveTier } from '../../shared/readiness/score';
import { memoLast } from './memo';
import type { AppState } from './types';
import type { ChecklistFilter } from './ui-slice';

export interface AreaView {
  readonly area: Area;
  /** The area's items that pass the filter. */
  readonly items: readonly ChecklistItem[];
  readonly totalItems: number;
}

/** Whether an item shows under a filter; "blockers" are required items that are applicable and not done. */
export function matchesFilter(item: ChecklistItem, filter: ChecklistFilter, tier: RiskTier): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'required':
      return isRequired(item, tier);
    case 'blockers':
      return isRequired(item, tier) && item.status !== 'done' && item.status !== 'not_applicable';
    case 'not_done':
      return item.status !== 'done' && item.status !== 'not_applicable';
  }
}

const viewOf = memoLast((checklist: Plan['checklist'], riskTier: Plan['riskTier'], filter: ChecklistFilter): AreaView[] => {
  const tier = effectiveTier({ riskTier });
  return checklist.areas.map((area) => {
    const all = checklist.items.filter((item) => item.areaId === area.id);
    return { area, items: all.filter((item) => matchesFilter(item, filter, tier)), totalItems: all.length };
  });
});

/** The checklist grouped by area, filtered as the user asked. */
export const selectChecklistView = (state: AppState): readonly AreaView[] =>
  state.plan ? viewOf(state.plan.checklist, state.plan.riskTier, state.checklistFilter) : [];

import { compareNames } from '../format/locale';
import type { ItemStatus } from '../model/enums';
import type { ChecklistItem, SystemDescription } from '../model/schema';

/** A checklist item the Overview already answers: what it says, to use as evidence (and owner). */
export interface OverviewAnswer {
  readonly evidence: string;
  /** Set for the owner item: the named owner answers for it. */
  readonly owner: string | null;
}

/**
 * The items the system description on the Overview answers (SPEC §2, governance): the accountable
 * owner, the decisions the AI may take alone, and the points where a person must approve. Null
 * when the item is another one or the Overview is still empty there: an empty answer is no evidence.
 */
export function overviewAnswer(item: Pick<ChecklistItem, 'catalogueId'>, system: SystemDescription): OverviewAnswer | null {
  const text = (value: string, lead: string): OverviewAnswer | null => (value.trim() === '' ? null : { evidence: `${lead}: ${value.trim()}`, owner: null });
  switch (item.catalogueId) {
    case 'governance.owner':
      return system.owner.trim() === '' ? null : { evidence: `Accountable owner named in the plan's Overview: ${system.owner.trim()}`, owner: system.owner.trim() };
    case 'governance.autonomous-decisions':
      return text(system.autonomousDecisions, "Decisions the AI may take alone, listed in the plan's Overview");
    case 'governance.human-approval':
      return text(system.humanApprovalPoints, "Points where a person must approve, listed in the plan's Overview");
    default:
      return null;
  }
}

/** Not done (or not applicable) and due before `today` (`YYYY-MM-DD`). */
export function isOverdue(item: Pick<ChecklistItem, 'status' | 'dueDate'>, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && item.status !== 'done' && item.status !== 'not_applicable';
}

/** The table's filters; null means "any". `owner` '' means items nobody owns yet. */
export interface ChecklistTableFilter {
  readonly areaId: string | null;
  readonly status: ItemStatus | null;
  readonly owner: string | null;
  readonly overdueOnly: boolean;
}

export const anyItem: ChecklistTableFilter = { areaId: null, status: null, owner: null, overdueOnly: false };

/** Whether an item passes the table's filters. Owners compare without case or surrounding spaces. */
export function matchesTableFilter(item: ChecklistItem, filter: ChecklistTableFilter, today: string): boolean {
  if (filter.areaId !== null && item.areaId !== filter.areaId) return false;
  if (filter.status !== null && item.status !== filter.status) return false;
  if (filter.owner !== null && item.owner.trim().toLowerCase() !== filter.owner.trim().toLowerCase()) return false;
  return !filter.overdueOnly || isOverdue(item, today);
}

/** The owners named in the checklist, once each (first spelling wins), sorted for a filter list. */
export function checklistOwners(items: readonly ChecklistItem[]): string[] {
  const byKey = new Map<string, string>();
  for (const item of items) {
    const owner = item.owner.trim();
    if (owner !== '' && !byKey.has(owner.toLowerCase())) byKey.set(owner.toLowerCase(), owner);
  }
  return [...byKey.values()].sort(compareNames);
}

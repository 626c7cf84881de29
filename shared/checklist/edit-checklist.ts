import { riskTiers, type RiskTier } from '../model/enums';
import { newId } from '../model/ids';
import type { Area, Checklist, ChecklistItem } from '../model/schema';

/** Fields a user may change on any item. */
type ProgressFields = 'status' | 'statusReason' | 'owner' | 'dueDate' | 'evidence' | 'notes';
/** Fields a user may change only on items they added themselves. */
type WordingFields = 'question' | 'help' | 'requiredFor';

export type ItemPatch = Partial<Pick<ChecklistItem, ProgressFields | WordingFields>>;

const wordingFields: readonly WordingFields[] = ['question', 'help', 'requiredFor'];

/** Items the user added carry no catalogue id. */
export function isCustomItem(item: Pick<ChecklistItem, 'catalogueId'>): boolean {
  return item.catalogueId === null;
}

/** Removes duplicates and puts tiers in low → high order, so stored lists compare equal. */
function normaliseTiers(tiers: readonly RiskTier[]): RiskTier[] {
  return riskTiers.filter((tier) => tiers.includes(tier));
}

function requireText(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new Error(`${what} must not be empty`);
  return trimmed;
}

function findItem(checklist: Checklist, itemId: string): ChecklistItem {
  const item = checklist.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`No checklist item with id ${itemId}`);
  return item;
}

/**
 * Adds an area of the user's own, appended after the existing areas (so the new area is
 * `result.areas.at(-1)`). Throws on an empty title: the UI validates before calling.
 */
export function addCustomArea(checklist: Checklist, title: string): Checklist {
  const area: Area = { id: newId(), title: requireText(title, 'An area title'), description: '', custom: true };
  return { ...checklist, areas: [...checklist.areas, area] };
}

/**
 * Adds an item of the user's own to an existing area (default or custom), appended after the
 * existing items (`result.items.at(-1)`). Throws on an unknown area or an empty question.
 */
export function addCustomItem(
  checklist: Checklist,
  areaId: string,
  question: string,
  requiredFor: readonly RiskTier[],
): Checklist {
  if (!checklist.areas.some((area) => area.id === areaId)) throw new Error(`No checklist area with id ${areaId}`);
  const item: ChecklistItem = {
    id: newId(),
    areaId,
    catalogueId: null,
    question: requireText(question, 'A question'),
    help: '',
    requiredFor: normaliseTiers(requiredFor),
    status: 'not_started',
    statusReason: '',
    owner: '',
    dueDate: null,
    evidence: '',
    notes: '',
  };
  return { ...checklist, items: [...checklist.items, item] };
}

/**
 * Applies a user's edit to one item. Progress (status, reason, owner, due date, evidence, notes)
 * can change on every item; wording and required tiers only on custom items, because catalogue
 * items must keep meaning what the catalogue says for the tier's requirements to be defensible.
 * Does not validate the result (a reason is typed after the status is chosen): the schema does, on save.
 */
export function updateItem(checklist: Checklist, itemId: string, patch: ItemPatch): Checklist {
  const item = findItem(checklist, itemId);
  if (!isCustomItem(item)) {
    const touched = wordingFields.filter((field) => patch[field] !== undefined);
    if (touched.length > 0) {
      throw new Error(`Cannot change ${touched.join(', ')} of catalogue item ${item.catalogueId ?? item.id}`);
    }
  }
  const updated: ChecklistItem = {
    ...item,
    ...patch,
    ...(patch.question !== undefined && { question: requireText(patch.question, 'A question') }),
    ...(patch.requiredFor !== undefined && { requiredFor: normaliseTiers(patch.requiredFor) }),
  };
  return { ...checklist, items: checklist.items.map((candidate) => (candidate.id === itemId ? updated : candidate)) };
}

/**
 * Removes an item the user added. Catalogue items cannot be removed — mark them
 * "not applicable" with a justification instead, so the omission stays visible; trying throws.
 */
export function removeCustomItem(checklist: Checklist, itemId: string): Checklist {
  const item = findItem(checklist, itemId);
  if (!isCustomItem(item)) {
    throw new Error(`Catalogue item ${item.catalogueId ?? item.id} cannot be removed; mark it not applicable instead`);
  }
  return { ...checklist, items: checklist.items.filter((candidate) => candidate.id !== itemId) };
}

/** Removes an area the user added, with its items. Default areas cannot be removed; trying throws. */
export function removeCustomArea(checklist: Checklist, areaId: string): Checklist {
  const area = checklist.areas.find((candidate) => candidate.id === areaId);
  if (!area) throw new Error(`No checklist area with id ${areaId}`);
  if (!area.custom) throw new Error(`Area "${area.title}" is part of the default checklist and cannot be removed`);
  return {
    areas: checklist.areas.filter((candidate) => candidate.id !== areaId),
    items: checklist.items.filter((item) => item.areaId !== areaId),
  };
}

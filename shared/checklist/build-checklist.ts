import { riskTiers, type RiskTier } from '../model/enums';
import { newId } from '../model/ids';
import type { Area, Checklist, ChecklistItem } from '../model/schema';
import { catalogueAreas, catalogueItems } from './catalogue';

// The edit helpers live in their own file; re-exported so a caller needs one import for the checklist.
export {
  addCustomArea,
  addCustomItem,
  isCustomItem,
  removeCustomArea,
  removeCustomItem,
  updateItem,
} from './edit-checklist';
export type { ItemPatch } from './edit-checklist';

/** The tiers for which an item is required when it is required from `tier` upwards. */
export function tiersFrom(tier: RiskTier): RiskTier[] {
  return riskTiers.slice(riskTiers.indexOf(tier));
}

/**
 * A fresh checklist holding the whole default catalogue, every item not started and unassigned.
 * Ids are new on every call, so two plans never share item ids; `catalogueId` links back to the catalogue.
 */
export function buildDefaultChecklist(): Checklist {
  const areas: Area[] = catalogueAreas.map((area) => ({
    id: area.id,
    title: area.title,
    description: area.description,
    custom: false,
  }));
  const items: ChecklistItem[] = catalogueItems.map((entry) => ({
    id: newId(),
    areaId: entry.areaId,
    catalogueId: entry.catalogueId,
    question: entry.question,
    help: entry.help,
    requiredFor: tiersFrom(entry.requiredFrom),
    status: 'not_started',
    statusReason: '',
    owner: '',
    dueDate: null,
    evidence: '',
    notes: '',
  }));
  return { areas, items };
}

/**
 * Whether `item` is required (rather than recommended) at `tier`.
 * A plan whose tier is not confirmed yet (`null`) is treated as high: until the tier is
 * known, the conservative reading shows every item that could turn out to be a blocker.
 */
export function isRequired(item: Pick<ChecklistItem, 'requiredFor'>, tier: RiskTier | null): boolean {
  return item.requiredFor.includes(tier ?? 'high');
}

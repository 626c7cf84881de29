import {
  addCustomArea,
  addCustomItem,
  removeCustomArea,
  removeCustomItem,
  updateItem,
  type ItemPatch,
} from '../../shared/checklist/build-checklist';
import type { RiskTier } from '../../shared/model/enums';
import type { Checklist } from '../../shared/model/schema';
import type { SliceCreator } from './types';

export interface ChecklistSlice {
  /** Progress and, on custom items, wording; the screen validates reasons before calling. */
  updateChecklistItem(itemId: string, patch: ItemPatch): void;
  /** Returns the new item's id. */
  addChecklistItem(areaId: string, question: string, requiredFor: readonly RiskTier[]): string | null;
  /** Returns the new area's id. */
  addChecklistArea(title: string): string | null;
  /** Removes an item the user added; a toast offers Undo. */
  removeChecklistItem(itemId: string): void;
  removeChecklistArea(areaId: string): void;
}

/** Puts back what was removed at its old position, keeping edits made since. */
function restore<T extends { id: string }>(list: readonly T[], removed: readonly T[], index: number): T[] {
  const kept = list.filter((entry) => !removed.some((r) => r.id === entry.id));
  return [...kept.slice(0, index), ...removed, ...kept.slice(index)];
}

export const createChecklistSlice: SliceCreator<ChecklistSlice> = (_set, get) => {
  const editChecklist = (change: (checklist: Checklist) => Checklist): void => {
    get().editPlan((plan) => ({ ...plan, checklist: change(plan.checklist) }));
  };

  return {
    updateChecklistItem: (itemId, patch) => editChecklist((checklist) => updateItem(checklist, itemId, patch)),

    addChecklistItem: (areaId, question, requiredFor) => {
      let id: string | null = null;
      editChecklist((checklist) => {
        const next = addCustomItem(checklist, areaId, question, requiredFor);
        id = next.items.at(-1)?.id ?? null;
        return next;
      });
      return id;
    },

    addChecklistArea: (title) => {
      let id: string | null = null;
      editChecklist((checklist) => {
        const next = addCustomArea(checklist, title);
        id = next.areas.at(-1)?.id ?? null;
        return next;
      });
      return id;
    },

    removeChecklistItem: (itemId) => {
      const plan = get().plan;
      const index = plan?.checklist.items.findIndex((item) => item.id === itemId) ?? -1;
      const item = plan?.checklist.items[index];
      if (!plan || !item) return;
      editChecklist((checklist) => removeCustomItem(checklist, itemId));
      get().showToast({
        message: `Removed the item “${item.question}”`,
        planId: plan.id,
        undo: () => editChecklist((checklist) => ({ ...checklist, items: restore(checklist.items, [item], index) })),
      });
    },

    removeChecklistArea: (areaId) => {
      const plan = get().plan;
      const areaIndex = plan?.checklist.areas.findIndex((area) => area.id === areaId) ?? -1;
      const area = plan?.checklist.areas[areaIndex];
      if (!plan || !area) return;
      const items = plan.checklist.items.filter((item) => item.areaId === areaId);
      const firstItemIndex = plan.checklist.items.findIndex((item) => item.areaId === areaId);
      editChecklist((checklist) => removeCustomArea(checklist, areaId));
      get().showToast({
        message: `Removed the area “${area.title}”${items.length > 0 ? ` and its ${items.length} item${items.length === 1 ? '' : 's'}` : ''}`,
        planId: plan.id,
        undo: () =>
          editChecklist((checklist) => ({
            areas: restore(checklist.areas, [area], areaIndex),
            items: restore(checklist.items, items, firstItemIndex < 0 ? checklist.items.length : firstItemIndex),
          })),
      });
    },
  };
};

import type { ImportOutcome, StartupNotice } from '../../shared/api';
import { localIsoDate } from '../../shared/model/dates';
import type { ItemStatus } from '../../shared/model/enums';
import type { SliceCreator } from './types';

export const planTabs = [
  'dashboard',
  'overview',
  'checklist',
  'readiness',
  'thresholds',
  'data',
  'stages',
  'decisions',
  'communication',
  'report',
] as const;
export type PlanTab = (typeof planTabs)[number];
export type Screen = 'plan' | 'settings';
export type ChecklistFilter = 'all' | 'required' | 'blockers' | 'not_done';

type Conflict = Extract<ImportOutcome, { status: 'conflict' }>;

export type DialogState =
  | { readonly kind: 'new-plan' }
  | { readonly kind: 'sample-plan' }
  | { readonly kind: 'rename-plan' }
  | { readonly kind: 'delete-plan' }
  /** `token` is the chosen file's handle (`OpenedFile.token`), valid while the question is open. */
  | { readonly kind: 'import-conflict'; readonly token: string; readonly conflict: Conflict }
  | { readonly kind: 'error'; readonly title: string; readonly message: string; readonly details: readonly string[] }
  /** The window is closing (or the app quitting) with half-written forms: `discardAndClose` is the close the user asked for. */
  | { readonly kind: 'discard-unsaved'; readonly discardAndClose: () => void };

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  /** Present for destructive actions: puts things back as they were. */
  readonly undo?: () => void | Promise<void>;
  /** Toasts about one plan's contents disappear when another plan is opened. */
  readonly planId?: string;
}

/** Something long under way that the user started and waits for (a plan file being read): said on screen until it ends. */
export interface Work {
  readonly id: number;
  readonly message: string;
}

export type ToastInput = Omit<Toast, 'id' | 'tone'> & { readonly tone?: Toast['tone'] };

export interface UiSlice {
  screen: Screen;
  tab: PlanTab;
  dialog: DialogState | null;
  toasts: readonly Toast[];
  work: readonly Work[];
  notices: readonly StartupNotice[];
  checklistFilter: ChecklistFilter;
  /** The checklist as a compact table (the default) or as cards, area by area. */
  checklistLayout: 'table' | 'cards';
  collapsedAreas: readonly string[];
  /**
   * Per plan id, then per checklist item id, a status chosen that needs a reason not written yet:
   * not saved, and kept here (not in the item's editor) so closing the editor neither loses it nor
   * hides it, and per plan, so opening another plan and coming back finds it waiting still.
   */
  unsavedStatuses: Readonly<Record<string, Readonly<Record<string, ItemStatus>>>>;
  /** The user's calendar date, `YYYY-MM-DD`: an input to overdue checks, refreshed when the window returns. */
  today: string;
  showScreen(screen: Screen): void;
  showTab(tab: PlanTab): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  showToast(toast: ToastInput): number;
  dismissToast(id: number): void;
  /** Says `message` on screen until the returned function is called (once the work has ended, however it ended). */
  startWork(message: string): () => void;
  undoToast(id: number): Promise<void>;
  dismissNotice(index: number): void;
  setChecklistFilter(filter: ChecklistFilter): void;
  setChecklistLayout(layout: 'table' | 'cards'): void;
  toggleArea(areaId: string): void;
  /** Holds a status of the open plan waiting for its reason (null: none waits, it was saved or given up). */
  holdUnsavedStatus(itemId: string, status: ItemStatus | null): void;
  refreshToday(): void;
}

const noneHeld: Readonly<Record<string, ItemStatus>> = {};

/** The open plan's statuses waiting for a reason, by item id (one shared empty record when none wait, so selectors stay stable). */
export const unsavedStatusesOf = (state: Pick<UiSlice, 'unsavedStatuses'> & { readonly plan: { readonly id: string } | null }): Readonly<Record<string, ItemStatus>> =>
  (state.plan ? state.unsavedStatuses[state.plan.id] : undefined) ?? noneHeld;

export const createUiSlice: SliceCreator<UiSlice> = (set, get, deps) => {
  let nextToastId = 1;
  let nextWorkId = 1;
  return {
    screen: 'plan',
    tab: 'overview',
    dialog: null,
    toasts: [],
    work: [],
    notices: [],
    checklistFilter: 'all',
    checklistLayout: 'table',
    collapsedAreas: [],
    unsavedStatuses: {},
    today: localIsoDate(deps.now()),
    showScreen: (screen) => set({ screen }),
    showTab: (tab) => set({ tab, screen: 'plan' }),
    openDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    showToast: (toast) => {
      const id = nextToastId++;
      // Only the latest few are kept: a wall of toasts helps nobody.
      const added: Toast = { ...toast, tone: toast.tone ?? 'info', id };
      set((state) => ({ toasts: [...state.toasts, added].slice(-4) }));
      return id;
    },
    dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
    startWork: (message) => {
      const id = nextWorkId++;
      set((state) => ({ work: [...state.work, { id, message }] }));
      return () => set((state) => ({ work: state.work.filter((w) => w.id !== id) }));
    },
    undoToast: async (id) => {
      const toast = get().toasts.find((t) => t.id === id);
      // Undo starts before the toast goes: whatever waits for the toast to go (a pending removal) is taken back first.
      const undone = toast?.undo?.();
      get().dismissToast(id);
      await undone;
    },
    dismissNotice: (index) => set((state) => ({ notices: state.notices.filter((_, i) => i !== index) })),
    setChecklistFilter: (checklistFilter) => set({ checklistFilter }),
    setChecklistLayout: (checklistLayout) => set({ checklistLayout }),
    toggleArea: (areaId) =>
      set((state) => ({
        collapsedAreas: state.collapsedAreas.includes(areaId)
          ? state.collapsedAreas.filter((id) => id !== areaId)
          : [...state.collapsedAreas, areaId],
      })),
    holdUnsavedStatus: (itemId, status) =>
      set((state) => {
        const planId = state.plan?.id;
        if (planId === undefined) return state;
        const held = state.unsavedStatuses[planId] ?? noneHeld;
        if ((held[itemId] ?? null) === status) return state;
        const { [itemId]: _dropped, ...rest } = held;
        return { unsavedStatuses: { ...state.unsavedStatuses, [planId]: status === null ? rest : { ...rest, [itemId]: status } } };
      }),
    refreshToday: () => {
      const today = localIsoDate(deps.now());
      if (today !== get().today) set({ today });
    },
  };
};

import type { ImportRecord } from '../../shared/model/import-record';
import type { SliceCreator } from './types';

/** An import taken out of its plan whose stored rows are kept until its Undo is no longer offered. */
export interface PendingRemoval {
  readonly importId: string;
  readonly planId: string;
  readonly record: ImportRecord;
  /** Where the record stood in the plan's list, to put it back in place. */
  readonly index: number;
  /** The toast offering Undo; when it is gone, the removal is final. */
  readonly toastId: number;
}

/**
 * Removing an import in two explicit steps: the record leaves the plan at once and waits here with its
 * stored rows; Undo puts it back; only when the Undo toast is gone are the rows deleted.
 */
export interface ImportRemovalSlice {
  pendingRemovals: readonly PendingRemoval[];
  /** Removes an import from the plan; a toast offers Undo. */
  removeImport(importId: string): void;
  /** Puts a pending removal back into its plan (the toast's Undo). */
  undoImportRemoval(importId: string): void;
  /** Deletes the stored rows of pending removals whose toast is gone and whose plan is saved without them; called by `watchPilotData`. */
  settleImportRemovals(): void;
}

export const createImportRemovalSlice: SliceCreator<ImportRemovalSlice> = (set, get, { api }) => ({
  pendingRemovals: [],

  removeImport: (importId) => {
    const plan = get().plan;
    const index = plan?.imports.findIndex((r) => r.id === importId) ?? -1;
    const record = plan?.imports[index];
    if (!plan || !record) return;
    if (!get().editPlan((p) => ({ ...p, imports: p.imports.filter((r) => r.id !== importId) }))) return;
    const toastId = get().showToast({
      message: `Removed the import of “${record.fileName}”`,
      planId: plan.id,
      undo: () => get().undoImportRemoval(importId),
    });
    set((state) => ({ pendingRemovals: [...state.pendingRemovals, { importId, planId: plan.id, record, index, toastId }] }));
  },

  undoImportRemoval: (importId) => {
    const pending = get().pendingRemovals.find((r) => r.importId === importId);
    if (!pending) return;
    set((state) => ({ pendingRemovals: state.pendingRemovals.filter((r) => r.importId !== importId) }));
    get().editPlan((p) =>
      p.id !== pending.planId || p.imports.some((r) => r.id === importId)
        ? p
        : { ...p, imports: [...p.imports.slice(0, pending.index), pending.record, ...p.imports.slice(pending.index)] },
    );
  },

  settleImportRemovals: () => {
    const { pendingRemovals, toasts, savedPlan } = get();
    if (pendingRemovals.length === 0) return;
    const shown = new Set(toasts.map((t) => t.id));
    // While the stored plan still lists the import (its save failed: a full disk), its rows stay:
    // deleting them would leave that plan, after a restart, with an import and no rows.
    const stillStored = (r: PendingRemoval) => savedPlan?.id === r.planId && savedPlan.imports.some((i) => i.id === r.importId);
    const final = pendingRemovals.filter((r) => !shown.has(r.toastId) && !stillStored(r));
    if (final.length === 0) return;
    set((state) => ({ pendingRemovals: state.pendingRemovals.filter((r) => !final.includes(r)) }));
    for (const removal of final) {
      void api.deleteImportData(removal.planId, removal.importId);
      get().forgetImportRows(removal.planId, removal.importId);
    }
  },
});

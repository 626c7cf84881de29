import type { CommunicationRow } from '../../shared/model/communication';
import { defaultCommunicationPlan } from '../../shared/model/default-communication';
import { newId } from '../../shared/model/ids';
import type { SliceCreator } from './types';

export type CommunicationPatch = Partial<Omit<CommunicationRow, 'id'>>;

export interface CommunicationSlice {
  /** Adds an empty row for the users; returns its id. */
  addCommunicationRow(): string | null;
  /** Adds the suggested rows (sponsor, risk, engineering, support, users) to an empty plan. */
  addDefaultCommunicationRows(): void;
  updateCommunicationRow(id: string, patch: CommunicationPatch): void;
  /** Removes a row; a toast offers Undo. */
  removeCommunicationRow(id: string): void;
}

export const createCommunicationSlice: SliceCreator<CommunicationSlice> = (_set, get) => {
  const editRows = (change: (rows: CommunicationRow[]) => CommunicationRow[]): void => {
    get().editPlan((plan) => ({ ...plan, communicationPlan: change(plan.communicationPlan) }));
  };

  return {
    addCommunicationRow: () => {
      if (!get().plan) return null;
      const row: CommunicationRow = { id: newId(), audience: 'users', audienceLabel: '', what: '', when: 'per_gate', channel: '', owner: '' };
      editRows((rows) => [...rows, row]);
      return row.id;
    },

    addDefaultCommunicationRows: () => editRows((rows) => [...rows, ...defaultCommunicationPlan()]),

    updateCommunicationRow: (id, patch) => editRows((rows) => rows.map((r) => (r.id === id ? { ...r, ...patch } : r))),

    removeCommunicationRow: (id) => {
      const plan = get().plan;
      const index = plan?.communicationPlan.findIndex((r) => r.id === id) ?? -1;
      const removed = plan?.communicationPlan[index];
      if (!plan || !removed) return;
      editRows((rows) => rows.filter((r) => r.id !== id));
      get().showToast({
        message: `Removed the communication row “${removed.what.trim() || 'untitled'}”`,
        planId: plan.id,
        undo: () => editRows((rows) => (rows.some((r) => r.id === id) ? rows : [...rows.slice(0, index), removed, ...rows.slice(index)])),
      });
    },
  };
};

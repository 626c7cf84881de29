import { formatTimestamp } from '../../shared/format/format';
import { describeIssues } from '../../shared/model/migrate';
import { newId } from '../../shared/model/ids';
import { metricInfo } from '../../shared/model/metrics';
import { handValueSchema, incidentSchema, type HandValue, type Incident } from '../../shared/model/schema';
import { CHANGED_FIRST } from './plan-edit-slice';
import type { SliceCreator } from './types';

/** What the form gives for a hand-recorded value; the id and time are the store's. */
export type HandValueInput = Omit<HandValue, 'id' | 'recordedAt'>;

/**
 * Figures and incidents the lead records by hand (SPEC §5). Every change is a plan edit, so it
 * is saved like any other and written to the decision log by the decisions slice
 * (`handValueChanges`, `incidentChanges`).
 */
export interface RecordsSlice {
  /**
   * Records a measured value; one per stage, metric and week: recording again replaces it (a
   * correction, logged as a change). Returns the problems when the entry is not valid, else null.
   */
  recordHandValue(input: HandValueInput): string[] | null;
  /** Removes a hand value; a toast offers Undo. */
  removeHandValue(id: string): void;
  /** Adds an incident, or replaces the one with the same id (acknowledged, resolved, corrected). Returns the problems, else null. */
  saveIncident(input: IncidentInput): string[] | null;
  /** Removes an incident; a toast offers Undo. */
  removeIncident(id: string): void;
  /** Stamps an incident acknowledged or resolved now (local time). */
  markIncident(id: string, field: 'acknowledgedAt' | 'resolvedAt'): void;
  /** From when every incident is recorded here (a week without one then counts as none); null: not kept. */
  setIncidentsKeptSince(date: string | null): void;
}

/** An incident as the form gives it; a new one has no id yet. */
export type IncidentInput = Omit<Incident, 'id'> & { readonly id?: string };

/** `YYYY-MM-DDTHH:MM` in local wall-clock time, as the lead reads the clock. */
export function localMoment(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const createRecordsSlice: SliceCreator<RecordsSlice> = (_set, get, deps) => ({
  recordHandValue: (input) => {
    const plan = get().plan;
    if (!plan) return ['No plan is open.'];
    const existing = plan.handValues.find((v) => v.stageId === input.stageId && v.metric === input.metric && v.week === input.week);
    const parsed = handValueSchema.safeParse({ ...input, id: existing?.id ?? newId(), recordedAt: deps.now().toISOString() });
    if (!parsed.success) return describeIssues(parsed.error);
    const entry = parsed.data;
    const taken = get().editPlan((p) => ({
      ...p,
      handValues: existing ? p.handValues.map((v) => (v.id === existing.id ? entry : v)) : [...p.handValues, entry],
    }));
    return taken ? null : [CHANGED_FIRST];
  },

  saveIncident: (input) => {
    const plan = get().plan;
    if (!plan) return ['No plan is open.'];
    const parsed = incidentSchema.safeParse({ ...input, id: input.id ?? newId() });
    if (!parsed.success) return describeIssues(parsed.error);
    const incident = parsed.data;
    const taken = get().editPlan((p) => ({
      ...p,
      incidents: p.incidents.some((i) => i.id === incident.id) ? p.incidents.map((i) => (i.id === incident.id ? incident : i)) : [...p.incidents, incident],
    }));
    return taken ? null : [CHANGED_FIRST];
  },

  removeIncident: (id) => {
    const plan = get().plan;
    const index = plan?.incidents.findIndex((i) => i.id === id) ?? -1;
    const removed = plan?.incidents[index];
    if (!plan || !removed) return;
    if (!get().editPlan((p) => ({ ...p, incidents: p.incidents.filter((i) => i.id !== id) }))) return;
    get().showToast({
      message: `Removed the ${removed.severity} incident of ${formatTimestamp(removed.openedAt)}`,
      planId: plan.id,
      undo: () => {
        get().editPlan((p) => (p.incidents.some((i) => i.id === id) ? p : { ...p, incidents: [...p.incidents.slice(0, index), removed, ...p.incidents.slice(index)] }));
      },
    });
  },

  markIncident: (id, field) => {
    const incident = get().plan?.incidents.find((i) => i.id === id);
    if (!incident || incident[field] !== null) return;
    get().saveIncident({ ...incident, [field]: localMoment(deps.now()) });
  },

  setIncidentsKeptSince: (date) => {
    get().editPlan((p) => (p.incidentsKeptSince === date ? p : { ...p, incidentsKeptSince: date }));
  },

  removeHandValue: (id) => {
    const plan = get().plan;
    const index = plan?.handValues.findIndex((v) => v.id === id) ?? -1;
    const removed = plan?.handValues[index];
    if (!plan || !removed) return;
    if (!get().editPlan((p) => ({ ...p, handValues: p.handValues.filter((v) => v.id !== id) }))) return;
    get().showToast({
      message: `Removed the hand-recorded ${metricInfo[removed.metric].label.toLowerCase()}`,
      planId: plan.id,
      undo: () => {
        get().editPlan((p) =>
          p.handValues.some((v) => v.id === id) ? p : { ...p, handValues: [...p.handValues.slice(0, index), removed, ...p.handValues.slice(index)] },
        );
      },
    });
  },
});

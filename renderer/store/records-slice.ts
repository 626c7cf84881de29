import { describeIssues } from '../../shared/model/migrate';
import { newId } from '../../shared/model/ids';
import { metricInfo } from '../../shared/model/metrics';
import { handValueSchema, type HandValue } from '../../shared/model/schema';
import type { SliceCreator } from './types';

/** What the form gives for a hand-recorded value; the id and time are the store's. */
export type HandValueInput = Omit<HandValue, 'id' | 'recordedAt'>;

/**
 * Figures the lead records by hand (SPEC §5). Every change is a plan edit, so it is saved like
 * any other and written to the decision log by the decisions slice (`handValueChanges`).
 */
export interface RecordsSlice {
  /**
   * Records a measured value; one per stage, metric and week: recording again replaces it (a
   * correction, logged as a change). Returns the problems when the entry is not valid, else null.
   */
  recordHandValue(input: HandValueInput): string[] | null;
  /** Removes a hand value; a toast offers Undo. */
  removeHandValue(id: string): void;
}

export const createRecordsSlice: SliceCreator<RecordsSlice> = (_set, get, deps) => ({
  recordHandValue: (input) => {
    const plan = get().plan;
    if (!plan) return ['No plan is open.'];
    const existing = plan.handValues.find((v) => v.stageId === input.stageId && v.metric === input.metric && v.week === input.week);
    const parsed = handValueSchema.safeParse({ ...input, id: existing?.id ?? newId(), recordedAt: deps.now().toISOString() });
    if (!parsed.success) return describeIssues(parsed.error);
    const entry = parsed.data;
    get().editPlan((p) => ({
      ...p,
      handValues: existing ? p.handValues.map((v) => (v.id === existing.id ? entry : v)) : [...p.handValues, entry],
    }));
    return null;
  },

  removeHandValue: (id) => {
    const plan = get().plan;
    const index = plan?.handValues.findIndex((v) => v.id === id) ?? -1;
    const removed = plan?.handValues[index];
    if (!plan || !removed) return;
    get().editPlan((p) => ({ ...p, handValues: p.handValues.filter((v) => v.id !== id) }));
    get().showToast({
      message: `Removed the hand-recorded ${metricInfo[removed.metric].label.toLowerCase()}`,
      planId: plan.id,
      undo: () =>
        get().editPlan((p) =>
          p.handValues.some((v) => v.id === id) ? p : { ...p, handValues: [...p.handValues.slice(0, index), removed, ...p.handValues.slice(index)] },
        ),
    });
  },
});

import { newId } from '../../shared/model/ids';
import type { Threshold } from '../../shared/model/schema';
import { thresholdDefaults } from '../../shared/thresholds/default-thresholds';
import type { SliceCreator } from './types';

export type ThresholdPatch = Partial<Omit<Threshold, 'id'>>;

export interface ThresholdsSlice {
  /** Adds a blank threshold, or the default with this metric name; returns the new id. */
  addThreshold(defaultMetric: string | null): string | null;
  updateThreshold(id: string, patch: ThresholdPatch): void;
  /** Removes a threshold; a toast offers Undo. */
  removeThreshold(id: string): void;
}

/** A blank threshold still needs a metric name to be valid, so it starts with a placeholder the user overwrites. */
export const NEW_THRESHOLD_METRIC = 'New threshold';

export const createThresholdsSlice: SliceCreator<ThresholdsSlice> = (_set, get) => {
  const editThresholds = (change: (thresholds: Threshold[]) => Threshold[]): void => {
    get().editPlan((plan) => ({ ...plan, thresholds: change(plan.thresholds) }));
  };

  return {
    addThreshold: (defaultMetric) => {
      if (!get().plan) return null;
      const template = thresholdDefaults.find((d) => d.metric === defaultMetric);
      const threshold: Threshold = template
        ? { ...template, id: newId(), measured: null }
        : { id: newId(), metric: NEW_THRESHOLD_METRIC, comparator: '>=', target: 0, unit: '%', reason: '', measured: null };
      editThresholds((thresholds) => [...thresholds, threshold]);
      return threshold.id;
    },

    updateThreshold: (id, patch) =>
      editThresholds((thresholds) => thresholds.map((t) => (t.id === id ? { ...t, ...patch } : t))),

    removeThreshold: (id) => {
      const plan = get().plan;
      const index = plan?.thresholds.findIndex((t) => t.id === id) ?? -1;
      const removed = plan?.thresholds[index];
      if (!plan || !removed) return;
      editThresholds((thresholds) => thresholds.filter((t) => t.id !== id));
      get().showToast({
        message: `Removed the threshold “${removed.metric}”`,
        planId: plan.id,
        undo: () =>
          editThresholds((thresholds) =>
            thresholds.some((t) => t.id === id) ? thresholds : [...thresholds.slice(0, index), removed, ...thresholds.slice(index)],
          ),
      });
    },
  };
};

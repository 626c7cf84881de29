import { localIsoDate } from '../../shared/model/dates';
import { measureThresholds, testResultsSource } from '../import/measured-thresholds';
import type { SliceCreator } from './types';

/** What the pilot data measures for the plan's limits: the editing limit, and thresholds measured by the test results. */
export interface PilotThresholdsSlice {
  setEditingShareLimit(limit: number): void;
  /** The plan's "a task takes N minutes by hand"; null: not known. */
  setManualMinutesPerTask(minutes: number | null): void;
  /** Puts the test-results figures into the matching default thresholds as their measured values. */
  updateThresholdsFromTests(): void;
}

export const createPilotThresholdsSlice: SliceCreator<PilotThresholdsSlice> = (_set, get, { now }) => ({
  setEditingShareLimit: (limit) => {
    if (!Number.isFinite(limit) || limit < 0 || limit > 100) return;
    get().editPlan((plan) => (plan.editingShareLimit === limit ? plan : { ...plan, editingShareLimit: limit }));
  },

  setManualMinutesPerTask: (minutes) => {
    if (minutes !== null && (!Number.isFinite(minutes) || minutes <= 0 || minutes > 100_000)) return;
    get().editPlan((plan) => (plan.manualMinutesPerTask === minutes ? plan : { ...plan, manualMinutesPerTask: minutes }));
  },

  updateThresholdsFromTests: () => {
    const plan = get().plan;
    const tests = get().pilotMetrics?.tests ?? null;
    if (!plan || !tests) return;
    const date = localIsoDate(now());
    const { thresholds, updated } = measureThresholds(plan.thresholds, tests.overall, date, testResultsSource(plan.imports));
    if (updated.length === 0) {
      get().showToast({
        tone: 'error',
        message: 'No threshold measures accuracy, hallucination rate or average response time. Add those defaults on the Thresholds tab first.',
      });
      return;
    }
    get().editPlan((p) => ({ ...p, thresholds }));
    get().showToast({ message: `Measured values updated from the test results: ${updated.join(', ')}.`, planId: plan.id });
  },

});

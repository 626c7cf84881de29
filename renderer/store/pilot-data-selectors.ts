import type { ObservationLookup } from '../../shared/gates/observations';
import { computeMetrics, observationLookup, type PilotMetrics } from '../../shared/metrics';
import type { Plan } from '../../shared/model/schema';
import { memoLast } from './memo';
import type { AppState } from './types';

const emptyMetricsOf = memoLast((stages: Plan['stages'], limit: number) => computeMetrics({}, stages, { editingShareLimit: limit }));

/** The open plan's pilot metrics; metrics of no data at all until the rows are loaded. */
export const selectPilotMetrics = (state: AppState): PilotMetrics | null => {
  if (state.pilotMetrics) return state.pilotMetrics;
  const plan = state.plan;
  return plan ? emptyMetricsOf(plan.stages, plan.editingShareLimit) : null;
};

const lookupOf = memoLast((metrics: PilotMetrics) => observationLookup(metrics));

/** What the gate rules see of the pilot data, for `evaluateStage`/`evaluatePlan`. */
export const selectObservationLookup = (state: AppState): ObservationLookup | null => {
  const metrics = selectPilotMetrics(state);
  return metrics ? lookupOf(metrics) : null;
};

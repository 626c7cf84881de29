import { valueSummary, type ValueSummary } from '../../shared/metrics';
import { memoLast } from './memo';
import { selectPilotMetrics } from './pilot-data-selectors';
import type { AppState } from './types';

const summaryOf = memoLast(valueSummary);

/** The value delivered (hours saved, cost per interaction), derived from the pilot metrics; null without a plan. */
export const selectValueSummary = (state: AppState): ValueSummary | null => {
  const metrics = selectPilotMetrics(state);
  return metrics ? summaryOf(metrics) : null;
};

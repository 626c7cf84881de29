import { valueSummary, type ValueSummary } from '../../shared/metrics';
import { memoLast } from './memo';
import { selectPilotMetrics, selectUnavailableImports } from './pilot-data-selectors';
import type { AppState } from './types';

const summaryOf = memoLast(valueSummary);

/** The value delivered (hours saved, cost per interaction), derived from the pilot metrics and the files that cannot be read; null without a plan. */
export const selectValueSummary = (state: AppState): ValueSummary | null => {
  const metrics = selectPilotMetrics(state);
  // Today as the verdict sentences read it: rows in a week not begun are left out of the sums, and named.
  return metrics ? summaryOf(metrics, selectUnavailableImports(state), state.today) : null;
};

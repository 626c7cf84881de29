import type { Threshold } from '../../shared/model/schema';
import { thresholdDefaults } from '../../shared/thresholds/default-thresholds';
import { tallyThresholds, type ThresholdTally } from '../../shared/thresholds/threshold-status';
import { memoLast } from './memo';
import type { AppState } from './types';

const noThresholds: readonly Threshold[] = [];

export const selectThresholds = (state: AppState): readonly Threshold[] => state.plan?.thresholds ?? noThresholds;

const tallyOf = memoLast((thresholds: readonly Threshold[]) => tallyThresholds(thresholds));
export const selectThresholdTally = (state: AppState): ThresholdTally => tallyOf(selectThresholds(state));

const missingReasonOf = memoLast((thresholds: readonly Threshold[]) => thresholds.filter((t) => t.reason.trim() === '').length);
/** Thresholds nobody justified yet: shown as invalid until a reason is written. */
export const selectThresholdsWithoutReason = (state: AppState): number => missingReasonOf(selectThresholds(state));

const unusedDefaultsOf = memoLast((thresholds: readonly Threshold[]) =>
  thresholdDefaults.filter((d) => !thresholds.some((t) => t.metric.trim().toLowerCase() === d.metric.toLowerCase())),
);
/** Default thresholds the plan does not have yet, offered by "Add threshold". */
export const selectUnusedDefaults = (state: AppState): typeof thresholdDefaults => unusedDefaultsOf(selectThresholds(state));

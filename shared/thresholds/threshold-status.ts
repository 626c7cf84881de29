import type { Threshold } from '../model/schema';
import { compare } from './compare';

export type ThresholdStatus = 'met' | 'not_met' | 'not_measured';

export const thresholdStatusLabels: Record<ThresholdStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_measured: 'Not measured',
};

/** Met / not met from the measured value; a threshold without a measurement is "not measured", never "met". */
export function thresholdStatus(threshold: Threshold): ThresholdStatus {
  if (threshold.measured === null) return 'not_measured';
  return compare(threshold.measured.value, threshold.comparator, threshold.target) ? 'met' : 'not_met';
}

export interface ThresholdTally {
  readonly met: number;
  readonly notMet: number;
  readonly notMeasured: number;
  readonly total: number;
}

/** Counts per status, for the dashboard and the report. */
export function tallyThresholds(thresholds: readonly Threshold[]): ThresholdTally {
  let met = 0;
  let notMet = 0;
  for (const t of thresholds) {
    const status = thresholdStatus(t);
    if (status === 'met') met += 1;
    else if (status === 'not_met') notMet += 1;
  }
  return { met, notMet, notMeasured: thresholds.length - met - notMet, total: thresholds.length };
}

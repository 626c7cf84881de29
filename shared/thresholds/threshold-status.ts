import type { Threshold } from '../model/schema';
import { compare } from './compare';

export type ThresholdStatus = 'met' | 'not_met' | 'not_enough_data' | 'not_measured';

export const thresholdStatusLabels: Record<ThresholdStatus, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_enough_data: 'Not enough data',
  not_measured: 'Not measured',
};

/**
 * A threshold as judged: with `tooFew` when its value from the data rests on fewer test cases than the risk tier asks
 * for ("Only 194 test cases; the medium risk tier asks for at least 200 test cases."). Never stored in the plan.
 */
export type JudgedThreshold = Threshold & { readonly tooFew?: string };

/**
 * Met / not met from the measured value; a threshold without a measurement is "not measured", and one measured on
 * fewer test cases than the risk tier asks for "not enough data": never "met".
 */
export function thresholdStatus(threshold: JudgedThreshold): ThresholdStatus {
  if (threshold.measured === null) return 'not_measured';
  if (threshold.tooFew !== undefined) return 'not_enough_data';
  return compare(threshold.measured.value, threshold.comparator, threshold.target) ? 'met' : 'not_met';
}

export interface ThresholdTally {
  readonly met: number;
  readonly notMet: number;
  /** Measured on fewer test cases than the risk tier asks for. */
  readonly notEnoughData: number;
  readonly notMeasured: number;
  readonly total: number;
}

/** Counts per status, for the dashboard and the report. */
export function tallyThresholds(thresholds: readonly JudgedThreshold[]): ThresholdTally {
  let met = 0;
  let notMet = 0;
  let notEnoughData = 0;
  for (const t of thresholds) {
    const status = thresholdStatus(t);
    if (status === 'met') met += 1;
    else if (status === 'not_met') notMet += 1;
    else if (status === 'not_enough_data') notEnoughData += 1;
  }
  return { met, notMet, notEnoughData, notMeasured: thresholds.length - met - notMet - notEnoughData, total: thresholds.length };
}

/** "3 met, 1 not met, 2 not measured", with "1 not enough data" when there is any. */
export function tallyText(tally: Omit<ThresholdTally, 'total'>): string {
  const short = tally.notEnoughData > 0 ? `, ${tally.notEnoughData} not enough data` : '';
  return `${tally.met} met, ${tally.notMet} not met${short}, ${tally.notMeasured} not measured`;
}

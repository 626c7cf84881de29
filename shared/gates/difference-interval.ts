/**
 * A 95% interval for a difference "this side − baseline", in the unit both sides are measured
 * in (proportions 0–1 for Newcombe, the metric's own unit for Welch).
 */
export interface DifferenceInterval {
  /** The observed difference (this side minus the baseline). */
  readonly difference: number;
  readonly low: number;
  readonly high: number;
}

import type { DifferenceInterval } from './difference-interval';
import { studentTQuantile } from './student-t';

/** What a mean needs for Welch's interval: the count, the mean and the sample variance (n − 1). */
export interface MeanSummary {
  readonly n: number;
  readonly mean: number;
  /** The sample variance, Σ(x − mean)² ÷ (n − 1). */
  readonly variance: number;
}

export interface WelchInterval extends DifferenceInterval {
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
}

/**
 * Welch's 95% interval for mean1 − mean2 without assuming equal variances:
 *   se = √(v1/n1 + v2/n2),  ν = se⁴ ÷ ((v1/n1)²/(n1−1) + (v2/n2)²/(n2−1)),
 *   difference ± t(0.975, ν) · se.
 *
 * Returns null when it cannot be estimated honestly: fewer than 2 values on a side (no
 * variance), a negative or non-finite figure, or no spread at all on both sides (every rating
 * identical): a zero-width interval there would claim certainty the data cannot give.
 */
export function welchInterval(first: MeanSummary, second: MeanSummary, level = 0.95): WelchInterval | null {
  if (!usable(first) || !usable(second)) return null;
  const a = first.variance / first.n;
  const b = second.variance / second.n;
  const se2 = a + b;
  if (!(se2 > 0)) return null;
  const df = (se2 * se2) / ((a * a) / (first.n - 1) + (b * b) / (second.n - 1));
  const half = studentTQuantile(1 - (1 - level) / 2, df) * Math.sqrt(se2);
  const difference = first.mean - second.mean;
  return { difference, low: difference - half, high: difference + half, df };
}

function usable(side: MeanSummary): boolean {
  return Number.isInteger(side.n) && side.n >= 2 && Number.isFinite(side.mean) && Number.isFinite(side.variance) && side.variance >= 0;
}

/**
 * The sample variance from a count, a sum and a sum of squares — the running totals the metrics
 * keep. Computed about a shift (the first value, or any value near the mean) would be more
 * stable; with ratings 1–5 and shares 0–100 the plain form loses nothing at pilot sizes, and a
 * tiny negative from rounding is read as 0. Null below 2 values.
 */
export function varianceFromSums(n: number, sum: number, sumOfSquares: number): number | null {
  if (n < 2) return null;
  const variance = (sumOfSquares - (sum * sum) / n) / (n - 1);
  return variance < 0 ? 0 : variance;
}

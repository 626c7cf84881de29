import type { DifferenceInterval } from './difference-interval';
import { wilsonInterval, Z_95 } from './wilson';

/**
 * Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for the
 * difference between independent proportions", Statistics in Medicine 17:873–890) for
 * p1 − p2, with p1 = successes1 ÷ trials1 and p2 = successes2 ÷ trials2.
 *
 * Built from the two Wilson intervals (l1, u1) and (l2, u2):
 *   low  = d − √((p1 − l1)² + (u2 − p2)²)
 *   high = d + √((u1 − p1)² + (p2 − l2)²)
 * Chosen over the textbook Wald interval because pilots are small: Wald collapses to zero width
 * at 0 of 10 against 0 of 20 and overshoots ±1, while Newcombe's stays inside [−1, 1] and keeps
 * its coverage near 95% down to a handful of users per arm.
 *
 * Returns null when either side has no trials (no observation, no interval). Throws a
 * RangeError for counts that cannot come from real data, as `wilsonInterval` does.
 */
export function newcombeInterval(
  successes1: number,
  trials1: number,
  successes2: number,
  trials2: number,
  z: number = Z_95,
): DifferenceInterval | null {
  const w1 = wilsonInterval(successes1, trials1, z);
  const w2 = wilsonInterval(successes2, trials2, z);
  if (w1 === null || w2 === null) return null;
  const p1 = successes1 / trials1;
  const p2 = successes2 / trials2;
  const difference = p1 - p2;
  const low = difference - Math.hypot(p1 - w1.low, w2.high - p2);
  const high = difference + Math.hypot(w1.high - p1, p2 - w2.low);
  // Rounding may push an end a hair past ±1, which no difference of proportions can reach.
  return { difference, low: Math.max(-1, low), high: Math.min(1, high) };
}

/** The normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/** A confidence interval for a proportion, both ends as proportions (0–1). */
export interface ProportionInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * The 95% Wilson score interval for `successes` of `trials` (SPEC §4).
 *
 * Wilson rather than the textbook "p ± 1.96·SE" because pilots are small: with 5 users the
 * normal approximation gives intervals below 0% or above 100%, and a zero-width interval at
 * 0 of 5 or 5 of 5, which would let a handful of users look conclusive.
 *
 * Returns null when `trials` is 0: no observation, no interval (the caller says "no data";
 * an interval of 0–100% would read as a measurement). Throws a RangeError for counts that
 * cannot come from real data (negative, fractional, or more successes than trials).
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): ProportionInterval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0) {
    throw new RangeError(`Counts must be whole numbers ≥ 0 (got ${successes} of ${trials})`);
  }
  if (successes > trials) throw new RangeError(`More successes than trials (${successes} of ${trials})`);
  if (trials === 0) return null;
  const { low, high } = wilsonForRate(successes / trials, trials, z);
  // Pin the ends that are exact in theory so rounding never shows "99.99…%" for 10 of 10.
  return { low: successes === 0 ? 0 : low, high: successes === trials ? 1 : high };
}

/**
 * The Wilson interval for an observed rate `p` (0–1) over `n` trials, n > 0, without integer
 * counts: what sample planning needs to ask "how large must n be at the expected rate?".
 */
export function wilsonForRate(p: number, n: number, z: number = Z_95): ProportionInterval {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Student's t distribution for non-integer degrees of freedom (Welch–Satterthwaite gives
 * fractional ones), through the regularized incomplete beta function:
 *   P(T > t) = ½ · I_{ν/(ν+t²)}(ν/2, ½)  for t ≥ 0.
 * Pure arithmetic, no dependency; accurate to ~1e-12, far finer than any interval the app prints.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, g = 7; relative error below 1e-13). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularized incomplete beta function I_x(a, b), 0 ≤ x ≤ 1, a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast only below the mean a/(a+b); use the symmetry
  // I_x(a, b) = 1 − I_{1−x}(b, a) above it.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** Lentz's evaluation of the incomplete beta continued fraction (Numerical Recipes §6.4). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** P(T ≤ t) for Student's t with `df` > 0 degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const upper = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - upper : upper;
}

/** The density of Student's t with `df` degrees of freedom at `t`. */
export function studentTDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The p-quantile of Student's t with `df` > 0 degrees of freedom (e.g. p = 0.975 for a
 * two-sided 95% interval). Throws a RangeError outside 0 < p < 1 or for df ≤ 0.
 *
 * Newton's method on the distribution function, kept inside a bracket that bisection shrinks
 * whenever a Newton step would leave it (Numerical Recipes' rtsafe): a handful of steps from
 * the Cornish–Fisher start, and it cannot diverge in the heavy tails of 1 or 2 degrees of
 * freedom. Gate evaluation asks for thousands of these (one per judged week of a mean).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`Probability must be between 0 and 1 (got ${p})`);
  if (!(df > 0) || !Number.isFinite(df)) throw new RangeError(`Degrees of freedom must be positive (got ${df})`);
  if (p === 0.5) return 0;
  // A plan's criteria judge the same weeks of the same metric again and again (every criterion on a
  // metric, every baseline kind, every render): the same (p, df) comes back, and with it the same answer.
  const known = quantiles.get(p)?.get(df);
  if (known !== undefined) return known;
  const t = solveQuantile(p, df);
  let byDf = quantiles.get(p);
  if (byDf === undefined) quantiles.set(p, (byDf = new Map()));
  // Bounded: a long session of edits cannot grow it without end.
  if (byDf.size >= MAX_REMEMBERED) byDf.clear();
  byDf.set(df, t);
  return t;
}

/** Quantiles already solved, by probability then degrees of freedom (a pure function of both). */
const quantiles = new Map<number, Map<number, number>>();
const MAX_REMEMBERED = 20_000;

function solveQuantile(p: number, df: number): number {
  const upper = p > 0.5 ? p : 1 - p;
  const tail = 1 - upper;
  const upperTail = (t: number): number => 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  let low = 0;
  let high = 1;
  while (upperTail(high) > tail) {
    low = high;
    high *= 2;
  }
  const z = normalQuantile(upper);
  // Cornish–Fisher expansion: close for moderate df; clamped into the bracket otherwise.
  let t = z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df * df);
  if (!(t > low && t < high)) t = (low + high) / 2;
  for (let i = 0; i < 200; i++) {
    const f = tail - upperTail(t); // increasing in t; zero at the quantile
    if (f === 0) break;
    if (f < 0) low = t;
    else high = t;
    const step = f / studentTDensity(t, df);
    let next = t - step;
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, Math.abs(next)) || high - low <= 1e-14 * high) {
      t = next;
      break;
    }
    t = next;
  }
  return p > 0.5 ? t : -t;
}

/** The standard normal quantile (Acklam's rational approximation, relative error 1e-9): only a starting point. */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  }
  if (p > 1 - 0.02425) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) / (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1);
}

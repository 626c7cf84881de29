import type { Comparator } from '../model/enums';

/**
 * Comparisons of measured figures with thresholds, exact on ties (SPEC §3–4).
 *
 * 29 of 50 users is 58%, but (29 / 50) × 100 is 57.99999999999999 in floating point: a plain
 * `>=` would fail "adoption ≥ 58%" on an exact tie. So a figure that is a ratio of whole
 * numbers (a share, a mean of whole ratings) is compared as a ratio — scale × num ⋈ t × den in
 * integers, with t read as the decimal the user typed — and any other figure is compared with
 * a tolerance of one part in 10¹⁰, far below anything a file can measure and far above the
 * noise of a division.
 */

/** Whether `value` satisfies `comparator target`, float noise from divisions read as the tie it is. */
export function compare(value: number, comparator: Comparator, target: number): boolean {
  return holds(sign(value, target), comparator);
}

/**
 * Whether scale × num ÷ den satisfies `comparator target`, exactly. `num` and `den` are whole
 * numbers (counts, sums of whole ratings), den > 0; e.g. compareRatio(29, 50, '>=', 58, 100).
 * Falls back to `compare` when the inputs are not safe integers.
 */
export function compareRatio(num: number, den: number, comparator: Comparator, target: number, scale = 1): boolean {
  const exact = ratioSign(num, den, target, scale);
  return exact === null ? compare((scale * num) / den, comparator, target) : holds(exact, comparator);
}

/** −1, 0 or 1 as scale × num ÷ den is below, equal to or above `target`; null when it cannot be done exactly. */
export function ratioSign(num: number, den: number, target: number, scale = 1): -1 | 0 | 1 | null {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0 || !Number.isSafeInteger(scale)) return null;
  const t = decimalOf(target);
  if (t === null) return null;
  // scale·num/den ⋈ tNum/tDen  ⇔  scale·num·tDen ⋈ tNum·den (both denominators positive).
  const left = BigInt(scale) * BigInt(num) * t.den;
  const right = t.num * BigInt(den);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The decimal a number was written as (its shortest round-trip form), as an exact fraction. */
export function decimalOf(x: number): { num: bigint; den: bigint } | null {
  if (!Number.isFinite(x)) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (match === null) return null;
  const [, minus, whole, fraction = '', exponent = '0'] = match;
  let num = BigInt(`${minus}${whole}${fraction}`);
  let den = 10n ** BigInt(fraction.length);
  const e = Number(exponent);
  if (e > 0) num *= 10n ** BigInt(e);
  else if (e < 0) den *= 10n ** BigInt(-e);
  return { num, den };
}

const RELATIVE_TOLERANCE = 1e-10;

function sign(value: number, target: number): -1 | 0 | 1 {
  const scale = Math.max(1, Math.abs(value), Math.abs(target));
  const diff = value - target;
  if (Math.abs(diff) <= RELATIVE_TOLERANCE * scale) return 0;
  return diff < 0 ? -1 : 1;
}

function holds(s: -1 | 0 | 1, comparator: Comparator): boolean {
  switch (comparator) {
    case '>=':
      return s >= 0;
    case '<=':
      return s <= 0;
    case '>':
      return s > 0;
    case '<':
      return s < 0;
  }
}

/** A 0–1 share as a whole percentage, "—" when there is nothing to measure. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A value with its unit the way people write it: "50%", "3 s", "3.5/5", "0 incidents". */
export { valueWithUnit as formatWithUnit } from '../../shared/report/stage-words';

/** Plain decimal notation, with a point or a comma: no exponent, no hex, no thousands separator. */
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
/**
 * "1,000", "12.500": a thousands separator to some, a decimal separator to others (the field takes
 * both). "0,500" can only be a decimal.
 */
const THOUSANDS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * Parses what a person typed into a number field; accepts a decimal comma, and with `percent`
 * a trailing "%" ("6%", "6 %"): the field already counts in percent, so the sign only repeats
 * the unit. Elsewhere a "%" is refused, because "6%" of users is not 6 users. Null when not a
 * plain decimal number: "0x10" is not 16 and "1e3" not 1000 to a project lead, and "1,000"
 * or "1.000" could be one thousand or one, so it is refused rather than guessed (`numberMessage` says why).
 */
export function parseNumber(text: string, options: { readonly percent?: boolean } = {}): number | null {
  let trimmed = text.trim();
  if (options.percent) trimmed = trimmed.replace(/\s*%$/, '');
  if (!DECIMAL.test(trimmed) || THOUSANDS.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** Why `parseNumber` refused what was typed, for the message under the field. */
export function numberMessage(text: string): string {
  const typed = text.trim().replace(/\s*%$/, '');
  if (!THOUSANDS.test(typed)) return 'Enter a number.';
  const whole = typed.replace(/[.,]/, '');
  const decimal = String(Number(typed.replace(',', '.')));
  return `“${text.trim()}” could be ${whole} or ${decimal}: write ${whole} for the whole number, or ${decimal} for the decimal.`;
}

export { plural } from '../../shared/report/stage-words';

/** A 0–1 share as a whole percentage, "—" when there is nothing to measure. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A value with its unit the way people write it: "50%", "3 s", "3.5/5", "0 incidents". */
export { valueWithUnit as formatWithUnit } from '../../shared/report/stage-words';

/**
 * Parses what a person typed into a number field; accepts a decimal comma, and with `percent`
 * a trailing "%" ("6%", "6 %"): the field already counts in percent, so the sign only repeats
 * the unit. Elsewhere a "%" is refused, because "6%" of users is not 6 users. Null when not a number.
 */
export function parseNumber(text: string, options: { readonly percent?: boolean } = {}): number | null {
  let trimmed = text.trim().replace(',', '.');
  if (options.percent) trimmed = trimmed.replace(/\s*%$/, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export { plural } from '../../shared/report/stage-words';

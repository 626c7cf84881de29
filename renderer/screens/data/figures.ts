/** How pilot figures are written on the Pilot data tab: plain numbers, one decimal at most, "—" for nothing. */
import type { Proportion } from '../../../shared/metrics';

const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en');

export const DASH = '—';

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return whole.format(value);
}

/** A percentage with at most one decimal: 83.33 → "83.3%". */
export function formatPercentValue(value: number | null): string {
  return value === null ? DASH : `${oneDecimal.format(value)}%`;
}

/** "83.3%" of a proportion, "—" when it has no trials. */
export function formatShare(p: Proportion | null): string {
  return p === null ? DASH : formatPercentValue(p.percent);
}

/** "90 of 108" — the counts behind a share. */
export function formatCounts(p: Proportion | null): string {
  return p === null || p.trials === 0 ? '' : `${formatCount(p.successes)} of ${formatCount(p.trials)}`;
}

export function formatMean(value: number | null, unit = ''): string {
  return value === null ? DASH : `${twoDecimals.format(value)}${unit}`;
}

/** `YYYY-MM-DD` pairs as "7–13 Sep 2026"-like text, in the user's locale. */
export function formatRange(from: string | null, to: string | null): string {
  if (from === null) return '';
  const parse = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  const withYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  if (to === null) return `from ${withYear.format(parse(from))}`;
  return `${format.format(parse(from))} – ${withYear.format(parse(to))}`;
}

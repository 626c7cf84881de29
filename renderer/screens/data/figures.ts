/** How pilot figures are written on the Pilot data tab: plain numbers, one decimal at most, "—" for nothing. */
import { formatCount as countInLocale, formatDateRange, formatDecimal } from '../../../shared/format/format';
import type { Proportion } from '../../../shared/metrics';

export const DASH = '—';

/** 1234567 → "1,234,567". */
export function formatCount(value: number): string {
  return countInLocale(value);
}

/** A percentage with at most one decimal: 83.33 → "83.3%". */
export function formatPercentValue(value: number | null): string {
  return value === null ? DASH : `${formatDecimal(value)}%`;
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
  return value === null ? DASH : `${formatDecimal(value)}${unit}`;
}

/** `YYYY-MM-DD` pairs as "Sep 7 – Oct 4, 2026"-like text, in the user's locale. */
export function formatRange(from: string | null, to: string | null): string {
  return from === null ? '' : formatDateRange(from, to);
}

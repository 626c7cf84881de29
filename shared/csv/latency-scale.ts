/**
 * Latencies too large to be seconds or milliseconds: Datadog writes a span's "@duration" in nanoseconds (1908000000 is
 * 1.9 s), Elastic APM in microseconds. Read as milliseconds they would be days; the app offers only seconds and
 * milliseconds, so such a column is never proposed, and chosen by hand the import is refused with the reason.
 */
import { formatDecimal } from '../format/format';
import { parseDecimal } from './values';

/** A median from which a latency cannot be milliseconds (10 000 000 ms is 2.8 hours). */
const TOO_LARGE_FOR_MS = 1e7;

/** A median latency, in seconds, no request to an AI system takes: one hour. */
const MAX_MEDIAN_SECONDS = 3600;

function median(numbers: readonly number[]): number | null {
  if (numbers.length === 0) return null;
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The column's numbers are, in the middle, too large for milliseconds. */
export function tooLargeForMilliseconds(values: readonly string[], decimalComma: boolean): boolean {
  const m = median(values.map((v) => parseDecimal(v, decimalComma)).filter((n) => Number.isFinite(n)));
  return m !== null && m >= TOO_LARGE_FOR_MS;
}

/** Why the latencies read cannot be imported (their median is above an hour), or null. */
export function latencyBlock(header: string, seconds: readonly number[]): string | null {
  const m = median(seconds);
  if (m === null || m <= MAX_MEDIAN_SECONDS) return null;
  return (
    `“${header}” would give latencies of ${formatDecimal(m / 3600)} hours in the middle, which no request takes: its numbers are ` +
    'probably in nanoseconds (Datadog’s “@duration”) or microseconds, which the app does not read. Convert the column to milliseconds ' +
    '(divide nanoseconds by 1,000,000), or leave latency out.'
  );
}

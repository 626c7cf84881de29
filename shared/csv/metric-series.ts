/**
 * A monitoring panel's series (Grafana, CloudWatch, Prometheus downloads): one row per fixed interval, every
 * timestamp on a whole second and a whole step after the last ("18:30", "19:00", "19:30"; "10:00:10", "10:00:20").
 * Each row is that interval's figure (a mean latency, a count), not one request. Without a requests column every
 * row would count as one request: requests per day would read the number of intervals, and the 95th percentile
 * would come from means. A request log's times fall where the requests came ("10:15:01.779"), never on such a grid;
 * a job run on a schedule can, so this is a warning to confirm, not a refusal.
 */
import { formatCount, formatPlural } from '../format/format';
import { dayFromIso } from '../model/day-number';
import type { ImportKind, RowByKind } from './kinds';
import { readField, resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';
import { trimCell } from './values';

/** Fewest distinct times that show a grid (five steps). */
const MIN_TIMES = 6;
/** Share of steps that must be the grid's step; the others may only skip whole steps (a gap in the series). */
const REGULAR_SHARE = 0.8;
/**
 * Shortest step taken for a grid, in seconds. Panels refresh every 10 or 15 seconds at the finest; a busy request
 * log written to the second has requests one or two seconds apart, which is no grid.
 */
const MIN_STEP_SECONDS = 5;

/** Seconds from midnight of a cell's time of day when it falls on a whole second ("18:30", "18:30:10.000"), else null. */
function wholeSecondOfDay(cell: string): number | null {
  const match = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s?([ap])\.?m\.?)?/i.exec(cell);
  if (!match) return null;
  if (match[4] !== undefined && !/^0+$/.test(match[4])) return null;
  let hours = Number(match[1]);
  if (match[5]) hours = (hours % 12) + (match[5].toLowerCase() === 'p' ? 12 : 0);
  return hours * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0);
}

/**
 * A time as whole seconds when it falls on a whole second, else null: Unix times as Grafana writes them in its
 * "Series;Time;Value" download (1500026100, or 1500026100000 in milliseconds), or the row's day and time of day.
 */
function wholeSecond(cell: string, day: string): number | null {
  if (/^\d{10}$/.test(cell)) return Number(cell);
  if (/^\d{13}$/.test(cell)) return cell.endsWith('000') ? Number(cell) / 1000 : null;
  const second = wholeSecondOfDay(cell);
  const dayNumber = dayFromIso(day);
  return second === null || dayNumber === null ? null : dayNumber * 86400 + second;
}

/** The grid's step in seconds when the times (seconds) lie on one, else null. */
export function seriesStep(times: readonly number[]): number | null {
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  if (distinct.length < MIN_TIMES) return null;
  const steps = distinct.slice(1).map((t, i) => t - distinct[i]!);
  const step = Math.min(...steps);
  if (step < MIN_STEP_SECONDS) return null;
  if (steps.some((s) => s % step !== 0)) return null;
  return steps.filter((s) => s === step).length >= steps.length * REGULAR_SHARE ? step : null;
}

function stepWords(seconds: number): string {
  const unit = (n: number, one: string): string => (n === 1 ? one : `${n} ${one}s`);
  if (seconds % 86400 === 0) return unit(seconds / 86400, 'day');
  if (seconds % 3600 === 0) return unit(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return unit(seconds / 60, 'minute');
  return unit(seconds, 'second');
}

/** Warns when an operations file without a requests column holds one row per fixed interval; null otherwise. */
export function seriesWithoutRequestsWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'operations' || readField(mapping, 'requests') !== null || readField(mapping, 'itemCount') !== null) return null;
  const column = resolveMapping(mapping, headers).get('date');
  if (column === undefined) return null;
  const times: number[] = [];
  const days = new Set<string>();
  for (const s of sampled) {
    const row = s.row as RowByKind['operations'] | null;
    if (row === null || row.date === null) continue;
    const at = wholeSecond(trimCell(s.cells[column]), row.date);
    if (at === null) return null;
    times.push(at);
    days.add(row.date);
  }
  const step = seriesStep(times);
  if (step === null) return null;
  const perDay = times.length / days.size;
  return {
    code: 'aggregates_without_requests',
    message:
      `“${headers[column]}” has a row every ${stepWords(step)}, on the dot: such rows are the figures of a monitoring panel's intervals, not single requests. ` +
      `No column gives the number of requests, so each row would count as one request: requests per day would read about ${formatCount(Math.round(perDay))} ` +
      `(${formatPlural(times.length, 'row')} over ${formatPlural(days.size, 'day')} in ${sampleScope(complete)}) and the 95th percentile would be taken from figures of whole intervals. ` +
      'Map the requests column, or import one row per request.',
  };
}

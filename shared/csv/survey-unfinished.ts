/**
 * Responses a respondent left before the end: Qualtrics records them once they time out or are closed, marked in
 * "Finished" (False, or 0 in the numeric download) and "Progress" (the share of the survey answered, below 100). The
 * import reads neither, so a half-answered survey counts in satisfaction like a finished one. The wizard names them
 * before importing, with the mean rating with and without them, as it names try-out responses (survey-status.ts).
 */
import { formatFixed, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';
import { parseBoolean } from './values';

const FINISHED = /^finished$/i;
const PROGRESS = /^progress$/i;

function mean(rows: readonly SampledRow[]): number {
  return rows.reduce((sum, r) => sum + (r.row as RowByKind['satisfaction']).rating, 0) / rows.length;
}

/** Which way a row says it is unfinished, or null: "Finished" false, or "Progress" a number below 100. */
function unfinished(cells: readonly string[], finished: number, progress: number): string | null {
  const done = finished < 0 ? null : parseBoolean((cells[finished] ?? '').trim());
  if (done === false) return 'finished';
  const raw = progress < 0 ? '' : (cells[progress] ?? '').trim().replace(/%$/, '');
  const share = raw === '' ? NaN : Number(raw);
  return !Number.isNaN(share) && share >= 0 && share < 100 ? 'progress' : null;
}

/** Satisfaction rows a survey tool marks as not finished; null when none (or the file has no such column). */
export function unfinishedResponsesWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'satisfaction') return null;
  const used = new Set(resolveMapping(mapping, headers).values());
  const find = (pattern: RegExp): number => headers.findIndex((h, i) => !used.has(i) && pattern.test(h.trim()));
  const finished = find(FINISHED);
  const progress = find(PROGRESS);
  if (finished < 0 && progress < 0) return null;
  const rows = sampled.filter((s) => s.row !== null);
  const hits = rows.filter((r) => unfinished(r.cells, finished, progress) !== null);
  if (hits.length === 0) return null;
  const one = hits.length === 1;
  const says = [
    ...(hits.some((h) => unfinished(h.cells, finished, progress) === 'finished') ? [`“${headers[finished]}” is false`] : []),
    ...(hits.some((h) => unfinished(h.cells, finished, progress) === 'progress') ? [`“${headers[progress]}” is below 100`] : []),
  ].join(' or ');
  const lines = hits.slice(0, 5).map((h) => (h.row as RowByKind['satisfaction']).line).join(', ') + (hits.length > 5 ? ' …' : '');
  const rest = rows.filter((r) => !hits.includes(r));
  const without = rest.length === 0 ? '' : `, ${formatFixed(mean(rest), 2)} without`;
  return {
    code: 'unfinished_responses',
    message:
      `${formatPlural(hits.length, 'response')} of ${sampleScope(complete)} ${one ? 'was' : 'were'} not finished (${says}; ${one ? 'line' : 'lines'} ${lines}): ` +
      `the respondent left before the end, yet ${one ? 'it' : 'each'} would count in satisfaction like a finished one ` +
      `(mean rating ${formatFixed(mean(rows), 2)} with ${one ? 'it' : 'them'}${without}). To leave ${one ? 'it' : 'them'} out, delete ${one ? 'it' : 'them'} from the file and choose it again.`,
  };
}

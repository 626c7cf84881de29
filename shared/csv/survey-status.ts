/**
 * Answers given while trying a survey out, exported beside the real ones: Qualtrics marks them in "Status" (its
 * "Response Type": "Survey Preview", "Survey Test", "Spam"; in the numeric download 1, 2, 8…) and in
 * "DistributionChannel" ("preview", "test"). The import reads no status, so a survey's author clicking through it
 * would count as a respondent (often with made-up answers). The wizard names them before importing, with the mean
 * rating with and without them.
 */
import { formatFixed, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

const STATUS_HEADER = /^(status|response ?type|distribution ?channel|channel)$/i;

/** Words of a try-out or spam response (lower case). */
const TRY_OUT = new Set(['survey preview', 'preview', 'survey test', 'test', 'spam', 'preview spam', 'offline preview', 'imported spam']);

/** Qualtrics' numeric response types that are no respondent's, with what each stands for. */
const TRY_OUT_CODES = new Map([
  ['1', 'Survey Preview'],
  ['2', 'Survey Test'],
  ['8', 'Spam'],
  ['9', 'Preview Spam'],
  ['12', 'Imported Spam'],
  ['17', 'Offline Preview'],
]);

function mean(rows: readonly SampledRow[]): number {
  return rows.reduce((sum, r) => sum + (r.row as RowByKind['satisfaction']).rating, 0) / rows.length;
}

/** Satisfaction rows a survey tool marks as a preview, a test or spam; null when none. */
export function tryOutResponsesWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  details: readonly string[] | undefined,
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'satisfaction') return null;
  const used = new Set(resolveMapping(mapping, headers).values());
  const scope = sampleScope(complete);
  const rows = sampled.filter((s) => s.row !== null);
  for (let column = 0; column < headers.length; column++) {
    if (used.has(column) || !STATUS_HEADER.test(headers[column]!.trim())) continue;
    // Codes are read only where Qualtrics' label row says what they are.
    const coded = /response ?type/i.test(details?.[column] ?? '');
    const tryOut = (cell: string | undefined): boolean => {
      const value = (cell ?? '').trim().toLowerCase();
      return TRY_OUT.has(value) || (coded && TRY_OUT_CODES.has(value));
    };
    const hits = rows.filter((r) => tryOut(r.cells[column]));
    if (hits.length === 0) continue;
    const one = hits.length === 1;
    const named = (w: string): string => (coded && TRY_OUT_CODES.has(w) ? `“${w}” (${TRY_OUT_CODES.get(w)})` : `“${w}”`);
    const words = [...new Set(hits.map((h) => (h.cells[column] ?? '').trim()))].map(named).join(', ');
    const lines = hits.slice(0, 5).map((h) => (h.row as RowByKind['satisfaction']).line).join(', ') + (hits.length > 5 ? ' …' : '');
    const real = rows.filter((r) => !hits.includes(r));
    const without = real.length === 0 ? '' : `, ${formatFixed(mean(real), 2)} without`;
    return {
      code: 'try_out_responses',
      message:
        `${formatPlural(hits.length, 'response')} of ${scope} ${one ? 'is' : 'are'} ${words} in “${headers[column]}” (${one ? 'line' : 'lines'} ${lines}): ` +
        `given while trying the survey out, not by a respondent, yet ${one ? 'it' : 'each'} would count in satisfaction ` +
        `(mean rating ${formatFixed(mean(rows), 2)} with ${one ? 'it' : 'them'}${without}). Delete ${one ? 'it' : 'them'} from the file and choose it again.`,
    };
  }
  return null;
}

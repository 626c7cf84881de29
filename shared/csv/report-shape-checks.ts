/**
 * Warnings for report shapes whose columns look like a field but measure something else: a code standing for an
 * answer (Help Scout's "ratingId"), and a billing report's cost with no request counted (Anthropic's cost report).
 */
import { formatDecimal } from '../format/format';
import { namesACode } from './header-words';
import type { ImportKind, RowByKind } from './kinds';
import { readField, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';

/** A rating read from a column of answer codes, chosen by hand (never proposed): which code is best is the tool's. */
export function codedRating(kind: ImportKind, mapping: ColumnMapping): PlausibilityWarning | null {
  const header = readField(mapping, 'rating');
  if (kind !== 'satisfaction' || header === null || !namesACode(header)) return null;
  return {
    code: 'rating_coded',
    message:
      `“${header}” holds a code for each answer, not a rating: which code is the best answer is the tool's own convention (in Help Scout's ratings ` +
      '1 is Great and 3 Not Good), so the mean and the share of 4–5 could be reversed or on another scale. Import a rating where 5 is the best answer, or record the figure by hand.',
  };
}

/**
 * A billing report (Anthropic's cost report: one row per day and line item, an "amount" and nothing else measured) counts
 * no request: without a requests column each row would count as one, and cost per interaction would be a row's cost.
 */
export function costWithoutRequests(kind: ImportKind, mapping: ColumnMapping, rows: readonly RowByKind[ImportKind][], scope: string): PlausibilityWarning | null {
  const header = readField(mapping, 'cost');
  if (kind !== 'operations' || header === null || readField(mapping, 'requests') !== null || rows.length < 2) return null;
  // A request log measures each request (its latency, whether it failed…): there a row is one request.
  if ((['latency', 'errors', 'escalations', 'thumbsUp', 'thumbsDown'] as const).some((f) => readField(mapping, f) !== null)) return null;
  const costs = (rows as readonly RowByKind['operations'][]).flatMap((r) => (r.cost === null ? [] : [r.cost]));
  const mean = costs.length > 0 ? costs.reduce((a, b) => a + b, 0) / costs.length : null;
  return {
    code: 'cost_without_requests',
    message:
      `Only “${header}” is read and no column gives the number of requests, so each row would count as one request: cost per interaction would be ` +
      `the cost of a row${mean === null ? '' : ` (${formatDecimal(mean)} on average in ${scope})`}, not of a request. If each row is a day's or a line item's ` +
      'cost, map the requests column (or import it with the cost), or record cost per interaction by hand.',
  };
}

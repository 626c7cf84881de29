/**
 * A sampled request log (Application Insights' "ItemCount": how many requests one row stands for). The import counts
 * each row as the requests it stands for (operations-row.ts); the wizard says so before importing, with the figures
 * either way, so the weighting is never silent and leaving the column out is a choice made knowing what it does.
 */
import { formatCount, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** Says how many requests the sampled rows stand for; null when no row of the sample stands for more than one. */
export function sampledRequestsWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'operations') return null;
  const column = resolveMapping(mapping, headers).get('itemCount');
  if (column === undefined) return null;
  const rows = sampled.filter((s) => s.row !== null);
  const weights = rows.map((r) => Number((r.cells[column] ?? '').trim() || '1'));
  const many = weights.filter((w) => w > 1).length;
  if (many === 0) return null;
  const requests = rows.reduce((sum, r) => sum + (r.row as RowByKind['operations']).requests, 0);
  const once = rows.reduce((sum, r, i) => sum + (r.row as RowByKind['operations']).requests / (weights[i] ?? 1), 0);
  return {
    code: 'sampled_requests',
    message:
      `“${headers[column]}” says how many requests each row stands for (a sampled log): ${formatPlural(many, 'row')} of ${sampleScope(complete)} ` +
      `stand${many === 1 ? 's' : ''} for more than one. Each row counts as the requests it stands for, in requests, errors, cost, escalations and thumbs: ` +
      `${formatPlural(rows.length, 'row')} count as ${formatPlural(requests, 'request')} (${formatCount(once)} if each row counted once, which would read low). ` +
      'Latency is weighed the same way; a 95th percentile cannot be worked out from a sampled log. ' +
      'A 95% interval counted on these requests would be narrower than the rows support, so none is given: with statistical confidence on, ' +
      'a gate or trigger on the error rate, escalation rate or positive feedback of these rows reads “cannot measure”, with this reason.',
  };
}

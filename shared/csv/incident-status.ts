/**
 * Incident tools list the reports they turned down beside the real incidents: incident.io's "Declined", "Merged" and
 * "Canceled" statuses, ServiceNow's "Canceled" state, Jira's "Duplicate" or "Won't Do" resolution, a "False positive".
 * The import has no status field, so each would count as an incident (a declined "Critical" report as a critical
 * incident, failing a "no critical incident" gate). The wizard names them before importing.
 */
import { formatCount, formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { resolveMapping, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** Headers of a report's state or outcome. */
const STATUS_HEADER = /status|state|resolution|disposition|outcome|zustand|statut|estado|lösung/i;

/** Outcomes saying the report was no incident, or not one of its own (lower case, spaces collapsed). */
const NOT_AN_INCIDENT = new Set([
  'declined', 'canceled', 'cancelled', 'merged', 'duplicate', 'duplicated', "won't do", 'wont do', "won't fix", 'wont fix',
  'false positive', 'false alarm', 'not an incident', 'invalid', 'rejected', 'withdrawn', 'abgelehnt', 'storniert',
  'abgebrochen', 'duplikat', 'annulé', 'annule', 'rejeté', 'doublon', 'cancelado', 'rechazado', 'duplicado',
]);

/** Words that say so inside a longer status ("Closed - Duplicate", "Resolved (cancelled)"). */
const NOT_AN_INCIDENT_WORDS = /declined|cancel+ed|duplicate|won'?t (do|fix)|false (positive|alarm)|not an incident/;

function turnedDown(cell: string | undefined): boolean {
  const value = (cell ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return NOT_AN_INCIDENT.has(value) || NOT_AN_INCIDENT_WORDS.test(value);
}

/** Rows of an incidents file whose status says they were declined, cancelled or duplicates; null when none. */
export function turnedDownWarning(
  kind: ImportKind,
  mapping: ColumnMapping,
  headers: readonly string[],
  sampled: readonly SampledRow[],
  complete: boolean,
): PlausibilityWarning | null {
  if (kind !== 'incidents') return null;
  const used = new Set(resolveMapping(mapping, headers).values());
  const scope = sampleScope(complete);
  for (let column = 0; column < headers.length; column++) {
    if (used.has(column) || !STATUS_HEADER.test(headers[column]!)) continue;
    const hits = sampled.filter((s) => s.row !== null && turnedDown(s.cells[column]));
    if (hits.length === 0) continue;
    const words = [...new Set(hits.map((h) => (h.cells[column] ?? '').trim()))].map((w) => `“${w}”`).join(', ');
    const lines = hits.slice(0, 5).map((h) => (h.row as RowByKind['incidents']).line).join(', ') + (hits.length > 5 ? ' …' : '');
    const critical = hits.filter((h) => (h.row as RowByKind['incidents']).severity === 'critical').length;
    const one = hits.length === 1;
    const severe = critical === 0 ? '' : one ? ' (a critical one)' : ` (${formatCount(critical)} of them critical)`;
    return {
      code: 'turned_down_incidents',
      message:
        `${formatPlural(hits.length, 'row')} of ${scope} ${one ? 'has' : 'have'} ${words} in “${headers[column]}” (${one ? 'line' : 'lines'} ${lines}): ` +
        `${one ? 'a report' : 'reports'} turned down or counted under another incident, yet ${one ? 'it' : 'each'} would count as an incident${severe}. ` +
        `Delete ${one ? 'it' : 'them'} from the file and choose it again.`,
    };
  }
  return null;
}

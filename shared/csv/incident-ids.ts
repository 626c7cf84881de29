/**
 * Rows with one incident id are one incident: an event log writes a row per update of it (ServiceNow's, each
 * row with the incident's own opened time), and the register keeps it once, at its worst. A column that repeats
 * with different opened times names something else: a robot, a service or a team whose faults each opened on
 * their own. Read as the incident id, its faults would collapse into one incident each, and the register would
 * count too few. The wizard says so before importing.
 */
import { formatPlural } from '../format/format';
import type { ImportKind, RowByKind } from './kinds';
import { readField, type ColumnMapping } from './mapping';
import type { PlausibilityWarning } from './plausibility';
import { sampleScope, type SampledRow } from './sampled-rows';

/** Warns when the incident id column repeats with different opened times; null otherwise. */
export function repeatedIdWarning(kind: ImportKind, mapping: ColumnMapping, sampled: readonly SampledRow[], complete: boolean): PlausibilityWarning | null {
  const header = readField(mapping, 'incidentId');
  if (kind !== 'incidents' || header === null) return null;
  const opened = new Map<string, Set<string>>();
  let rows = 0;
  for (const s of sampled) {
    const row = s.row as RowByKind['incidents'] | null;
    if (row === null || row.incidentId === '') continue;
    rows++;
    const times = opened.get(row.incidentId) ?? new Set<string>();
    times.add(row.openedAt);
    opened.set(row.incidentId, times);
  }
  const spread = [...opened].filter(([, times]) => times.size > 1);
  if (spread.length === 0) return null;
  const [id, times] = spread[0]!;
  const shown = [...times].sort().slice(0, 3).map((t) => t.replace('T', ' '));
  return {
    code: 'incident_id_repeats',
    message:
      `“${header}” repeats with different opened times (“${id}” opened at ${shown.join(', ')}${times.size > 3 ? ' …' : ''}): ` +
      `rows with one id count as one incident (the updates of an event log), so the ${formatPlural(rows, 'row')} of ${sampleScope(complete)} ` +
      `would count as ${formatPlural(opened.size, 'incident')}. If each row is an incident of its own, choose another id column, or none.`,
  };
}

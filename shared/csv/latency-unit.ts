/**
 * Seconds or milliseconds for a latency column. The header decides when it names a unit ("latency_ms",
 * "latencyMs", "Mean latency (s)"); otherwise the app asks: "avg_latency" holding 1840 could be 1.8 s or half an
 * hour, and reading milliseconds as seconds makes every latency a thousand times too long.
 */
import { clockSeconds } from './clock-times';
import { spacedHeader } from './header-words';
import type { CsvDetection } from './detect';
import type { ImportKind } from './kinds';
import type { ColumnMapping, LatencyUnit } from './mapping';
import { parseSeconds, trimCell } from './values';

/** The unit a header names, or null when it names none. */
export function latencyUnitFromHeader(header: string): LatencyUnit | null {
  const words = spacedHeader(header);
  if (/(^|[^a-z])(ms|msec|msecs|millis|milliseconds?|millisekunden|millisecondes|milisegundos)([^a-z]|$)/i.test(words)) return 'milliseconds';
  // Glued to other words in lower case ("executioninmiliseconds", a column of a Grafana table), or spelt with one
  // "l" as often in code ("ExecutionInMiliseconds"): no other unit's name holds "mil(l)isec".
  if (/mill?isec/i.test(header)) return 'milliseconds';
  if (/(^|[^a-z])(s|sec|secs|seconds?|sekunden|secondes|segundos|seconden)([^a-z]|$)/i.test(words)) return 'seconds';
  return null;
}

/** The unit a remembered mapping gave this same latency column (names compared without regard to case), or null. */
export function rememberedLatencyUnit(remembered: ColumnMapping | null | undefined, kind: ImportKind, header: string): LatencyUnit | null {
  return remembered?.kind === kind && remembered.fields.latency?.toLowerCase() === header.toLowerCase() ? remembered.latencyUnit : null;
}

/**
 * The user maps `header` to `fieldId`. A column feeds one field: taking it here frees it elsewhere. A new latency
 * column brings its own unit (the one its header names, else seconds until the question about it is answered): the
 * unit of the column it replaces never carries over.
 */
export function remapField(mapping: ColumnMapping, fieldId: string, header: string | null): ColumnMapping {
  const fields: Record<string, string | null | undefined> = { ...mapping.fields };
  if (header !== null) for (const [id, h] of Object.entries(fields)) if (h === header) fields[id] = null;
  fields[fieldId] = header;
  const latency = fields.latency ?? null;
  if (latency === (mapping.fields.latency ?? null)) return { ...mapping, fields };
  return { ...mapping, fields, latencyUnit: (latency === null ? null : latencyUnitFromHeader(latency)) ?? 'seconds' };
}

export interface LatencyQuestion {
  readonly message: string;
  /** Most likely first. */
  readonly candidates: readonly LatencyUnit[];
  readonly examples: readonly string[];
}

/**
 * The question to ask when the mapped latency column (`column`) names no unit and no answer (or remembered mapping of
 * the same column) settles it; null otherwise. Values that all end in "s" or "ms", or are clocks, settle it too.
 */
export function latencyUnitQuestion(
  detection: CsvDetection,
  column: number | undefined,
  mapping: ColumnMapping,
  remembered: ColumnMapping | null,
  answered: LatencyUnit | undefined,
): LatencyQuestion | null {
  if (column === undefined || answered !== undefined) return null;
  const header = detection.headers[column]!;
  if (latencyUnitFromHeader(header) !== null) return null;
  if (rememberedLatencyUnit(remembered, mapping.kind, header) !== null) return null;
  const values = detection.rows.map((r) => trimCell(r[column])).filter((v) => v !== '');
  // "1.2 s", "350ms", or a clock ("0:00:01.234", a workbook's mm:ss.000): each value says its unit.
  if (values.length > 0 && values.every((v) => /\d\s*m?s$/i.test(v) || !Number.isNaN(clockSeconds(v)))) return null;
  const numbers = values.map((v) => parseSeconds(v, detection.decimalComma, false)).filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  const median = numbers.length > 0 ? numbers[Math.floor(numbers.length / 2)]! : null;
  const examples = [...new Set(values)].slice(0, 3);
  // A median above a minute reads better as milliseconds (an answer rarely takes minutes); it is only the order offered.
  const candidates: LatencyUnit[] = median !== null && median > 60 ? ['milliseconds', 'seconds'] : ['seconds', 'milliseconds'];
  return {
    message:
      `"${header}" does not say whether its latencies (${examples.join(', ')}) are in seconds or milliseconds: ` +
      `${examples[0] ?? '1800'} could be ${examples[0] ?? '1800'} seconds or ${examples[0] ?? '1800'} milliseconds. Which unit does this file use?`,
    candidates,
    examples,
  };
}

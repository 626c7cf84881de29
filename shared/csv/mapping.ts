import { fieldCandidates, useEventColumns, type ColumnFacts, type FieldEvidence } from './column-evidence';
import { fieldRequirements, importFields } from './fields';
import { headerKey } from './header-key';
import { namesAnswerDate, namesLastActivity, namesOneFeaturesUses, namesRequestDate } from './header-words';
import { latencyUnitFromHeader, rememberedLatencyUnit } from './latency-unit';
import type { ImportKind } from './kinds';
import { parseDecimal } from './values';
import { isNoValue } from './no-value';
import { profileColumn, type ColumnProfile } from './value-detect';

export { headerKey } from './header-key';

export type LatencyUnit = 'seconds' | 'milliseconds';

/**
 * Which column each field reads, by header name (unique after `normaliseHeaders`; "Column N" for files
 * without a header). A plain serialisable object, remembered per plan; keys are only our own field ids,
 * never header text.
 */
export interface ColumnMapping {
  readonly kind: ImportKind;
  /** Field id → header name, or null when the field is not mapped. */
  readonly fields: Readonly<Partial<Record<string, string | null>>>;
  readonly latencyUnit: LatencyUnit;
}

export interface GuessOptions {
  /** A mapping remembered for this plan: its columns are kept where this file has them. */
  readonly remembered?: ColumnMapping | null;
  readonly decimalComma?: boolean;
  /** Text of extra header rows per column (see `CsvDetection.headerDetails`). */
  readonly headerDetails?: readonly string[];
}

/** Header, key, value profile and sample values of every column, computed once per file. */
export function columnFacts(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  decimalComma = false,
  profiles?: readonly ColumnProfile[],
  details?: readonly string[],
): ColumnFacts[] {
  return headers.map((header, c) => {
    const values = sampleRows.map((r) => r[c] ?? '');
    const filled = values.filter((v) => v !== '' && !isNoValue(v));
    const noValueWord = filled.length === 0 ? values.find((v) => v !== '') : undefined;
    const detail = details?.[c] ?? '';
    return {
      header,
      // A survey's question row says what "Q1" is: both are matched.
      text: detail === '' ? header : `${header} ${detail}`,
      key: headerKey(detail === '' ? header : `${header} ${detail}`),
      profile: profiles?.[c] ?? profileColumn(values, decimalComma),
      values: filled,
      sampled: sampleRows.length > 0,
      rows: sampleRows.length,
      ...(noValueWord !== undefined ? { noValueWord } : {}),
    };
  });
}

export interface GuessedMapping {
  readonly mapping: ColumnMapping;
  /** Why each mapped field reads its column (remembered columns carry a strong "remembered" reason). */
  readonly evidence: readonly FieldEvidence[];
}

/** A second rating candidate this close to the first is as likely the rating: the user chooses. */
const RIVAL_MARGIN = 25;

/**
 * Proposes a mapping with its evidence: a remembered one first, then the columns whose header and values
 * agree (strong), then weaker guesses (a header alone, or values alone). A column never feeds two fields,
 * and a column whose values contradict a field (an empty e-mail column for the user, dates for a week) is
 * never proposed for it.
 */
export function guessMappingWithEvidence(
  columns: readonly ColumnFacts[],
  kind: ImportKind,
  remembered?: ColumnMapping | null,
  decimalComma = false,
): GuessedMapping {
  const headers = columns.map((c) => c.header);
  const fields = importFields[kind];
  const assigned = new Map<string, FieldEvidence>();
  const used = new Set<number>();
  if (remembered && remembered.kind === kind) {
    for (const field of fields) {
      const header = readField(remembered, field.id);
      if (!header) continue;
      const column = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
      if (column >= 0 && !used.has(column)) {
        assigned.set(field.id, { field: field.id, column, header: headers[column]!, strength: 'strong', score: 0, reason: `“${headers[column]}” was used for this last time` });
        used.add(column);
      }
    }
  }
  const candidates: (FieldEvidence & { readonly order: number })[] = [];
  fields.forEach((field, f) => {
    if (assigned.has(field.id)) return;
    const order = field.required ? f : f + fields.length;
    for (const c of fieldCandidates(field, columns, used, decimalComma)) candidates.push({ ...c, order });
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
  for (const { order: _order, ...candidate } of candidates) {
    if (assigned.has(candidate.field) || used.has(candidate.column)) continue;
    assigned.set(candidate.field, candidate);
    used.add(candidate.column);
  }

  // Several survey questions answered 1–5 (a Google Forms grid's "… [Accuracy]", "… [Speed]", then "Overall, how
  // satisfied…?"): which one the stage's satisfaction is, is the user's choice, never the first column's.
  const rating = assigned.get('rating');
  if (rating !== undefined && rating.score > 0 && candidates.some((c) => c.field === 'rating' && c.column !== rating.column && c.strength === 'strong' && !used.has(c.column) && c.score >= rating.score - RIVAL_MARGIN)) {
    assigned.delete('rating');
    used.delete(rating.column);
  }

  // Dated by each user's last activity (Microsoft 365's "Last Activity Date"), a row is that day's activity; its counts
  // ("Team Chat Message Count") cover the report's whole period and one kind of activity, so a 0 there says nothing of
  // that day: read as the uses, it would count a user active in private chats only as not active at all.
  const dated = assigned.get('date');
  const uses = assigned.get('uses');
  if (kind === 'usage' && dated !== undefined && namesLastActivity(dated.header) && uses !== undefined && uses.score > 0) {
    used.delete(uses.column);
    assigned.delete('uses');
  }

  // Counts of several kinds of use side by side (Cursor's daily usage: composerRequests, chatRequests, agentRequests),
  // none of them a total: one of them read as the uses would count a day of chat requests only as no use at all.
  const uses2 = assigned.get('uses');
  if (
    kind === 'usage' &&
    uses2 !== undefined &&
    uses2.score > 0 &&
    !/total|all|sum|gesamt/i.test(uses2.header) &&
    (candidates.some((c) => c.field === 'uses' && c.column !== uses2.column && c.strength === 'strong' && !used.has(c.column) && c.score >= uses2.score - RIVAL_MARGIN) ||
      // Amazon Q Developer's user activity report counts each feature apart ("Chat_MessagesSent", "Inline_SuggestionsCount",
      // "InlineChat_EventCount"…), only one of them headed like the uses: a day of inline suggestions only has 0 messages sent.
      (namesOneFeaturesUses(uses2.header) && useEventColumns(columns).some((c) => c !== uses2.column && !used.has(c))))
  ) {
    used.delete(uses2.column);
    assigned.delete('uses');
  }

  // What happened is required, so an incident whose summary was left empty (incident.io's optional "Summary") would be
  // rejected and not counted. Its "Name" (a title on every incident) is proposed instead when it is filled on more
  // rows; a "Name" alone is no sign of an incident (a roster has one), so it is never proposed without such a column.
  const described = assigned.get('description');
  if (kind === 'incidents' && described !== undefined && described.strength === 'strong') {
    const filled = (column: number): number => columns[column]!.values.length;
    const title = columns.findIndex((c, i) => !used.has(i) && /^(name|title|message)$/i.test(c.header.trim()) && c.profile.shape === 'text');
    if (title >= 0 && filled(title) > filled(described.column)) {
      used.delete(described.column);
      const header = columns[title]!.header;
      assigned.set('description', { ...described, column: title, header, reason: `“${header}” is filled on more rows than “${described.header}”` });
      used.add(title);
    }
  }

  // A survey request's date (Medallia's "request_sent_at") is not when it was answered ("response_received_at", days
  // later): the rating belongs to the week it was given.
  const asked = assigned.get('date');
  if (kind === 'satisfaction' && asked !== undefined && namesRequestDate(asked.header) && !namesAnswerDate(asked.header)) {
    const answered = candidates.find((c) => c.field === 'date' && c.column !== asked.column && c.strength === 'strong' && !used.has(c.column) && namesAnswerDate(c.header));
    if (answered !== undefined) {
      const { order: _order, ...evidence } = answered;
      used.delete(asked.column);
      assigned.set('date', { ...evidence, reason: `“${answered.header}” is when each answer was given (“${asked.header}” is when it was asked for)` });
      used.add(answered.column);
    }
  }

  // A numerator larger than its denominator on most rows is no share (GitHub Copilot's legacy metrics: "total_suggestions_count"
  // and "total_acceptances_count" match "count" and "total" in either order): neither is proposed, the user chooses.
  const numerator = assigned.get('numerator');
  const denominator = assigned.get('denominator');
  if (kind === 'weekly_figures' && numerator !== undefined && denominator !== undefined && exceedsOnMostRows(columns[numerator.column]!, columns[denominator.column]!, decimalComma)) {
    for (const e of [numerator, denominator]) {
      assigned.delete(e.field);
      used.delete(e.column);
    }
  }

  // JMeter's results (.jtl): "Latency" is the time to the first byte of the answer, "elapsed" the whole response time,
  // what a user waits for and what a latency gate means. Read from "Latency", every request would look faster than it was.
  const firstByte = assigned.get('latency');
  if (firstByte !== undefined && firstByte.score > 0 && /^latency$/i.test(firstByte.header.trim())) {
    const whole = columns.findIndex((c, i) => !used.has(i) && /^elapsed$/i.test(c.header.trim()) && (c.profile.shape === 'integer' || c.profile.shape === 'number'));
    if (whole >= 0) {
      const header = columns[whole]!.header;
      used.delete(firstByte.column);
      assigned.set('latency', { ...firstByte, column: whole, header, reason: `“${header}” is each request’s whole response time; “${firstByte.header}” (JMeter) is only the time to its first byte` });
      used.add(whole);
    }
  }

  // A row's date wins over its week: a week number guessed from values alone is only noise beside a date.
  if (assigned.get('date')?.strength === 'strong' && assigned.get('week')?.strength === 'weak') assigned.delete('week');

  const out: Record<string, string | null> = {};
  for (const field of fields) {
    const evidence = assigned.get(field.id);
    out[field.id] = evidence === undefined ? null : evidence.header;
  }
  const latencyHeader = out.latency;
  const latencyUnit: LatencyUnit =
    (latencyHeader ? (rememberedLatencyUnit(remembered, kind, latencyHeader) ?? latencyUnitFromHeader(latencyHeader)) : null) ?? 'seconds';
  return { mapping: { kind, fields: out, latencyUnit }, evidence: fields.flatMap((f) => assigned.get(f.id) ?? []) };
}

/** Two fully filled columns (their values then line up row by row) where the first is larger on most rows. */
function exceedsOnMostRows(first: ColumnFacts, second: ColumnFacts, decimalComma: boolean): boolean {
  if (first.values.length === 0 || first.values.length !== second.values.length) return false;
  const larger = first.values.filter((v, i) => parseDecimal(v, decimalComma) > parseDecimal(second.values[i]!, decimalComma)).length;
  return larger * 2 > first.values.length;
}

/**
 * Proposes a mapping: a remembered one first, then header aliases checked against the values, then value
 * shape alone (a column of dates for the date, whole numbers 1–5 for a rating, 0–100 with % for a share).
 * `sampleRows` are trimmed data rows (no header).
 */
export function guessMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  kind: ImportKind,
  options: GuessOptions = {},
): ColumnMapping {
  const decimalComma = options.decimalComma ?? false;
  const facts = columnFacts(headers, sampleRows, decimalComma, undefined, options.headerDetails);
  return guessMappingWithEvidence(facts, kind, options.remembered, decimalComma).mapping;
}

/** The header a field is mapped to; only own keys are read, so a stored mapping cannot smuggle prototype keys. */
export function readField(mapping: ColumnMapping, fieldId: string): string | null {
  if (!Object.hasOwn(mapping.fields, fieldId)) return null;
  const value = mapping.fields[fieldId];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Field id → column index for the mapped fields that exist in `headers`. */
export function resolveMapping(mapping: ColumnMapping, headers: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  const byName = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!byName.has(h.toLowerCase())) byName.set(h.toLowerCase(), i);
  });
  for (const field of importFields[mapping.kind]) {
    const header = readField(mapping, field.id);
    if (header === null) continue;
    const column = byName.get(header.toLowerCase());
    if (column !== undefined) index.set(field.id, column);
  }
  return index;
}

/** Plain-language problems that stop an import with this mapping; empty when it can run. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  const lower = new Set(headers.map((h) => h.toLowerCase()));
  for (const field of importFields[mapping.kind]) {
    const header = readField(mapping, field.id);
    if (header !== null && !lower.has(header.toLowerCase())) {
      problems.push(`${field.label}: this file has no column called "${header}".`);
    }
  }
  const mapped = resolveMapping(mapping, headers);
  for (const requirement of fieldRequirements[mapping.kind]) {
    if (!requirement.anyOf.some((set) => set.every((id) => mapped.has(id)))) {
      problems.push(`Choose the column for: ${requirement.label}.`);
    }
  }
  const columns = [...mapped.values()];
  if (new Set(columns).size !== columns.length) problems.push('One column is mapped to two fields.');
  return problems;
}


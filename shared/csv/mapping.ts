import { fieldRequirements, importFields, isMillisecondsHeader, type ImportField } from './fields';
import { importKinds, type ImportKind } from './kinds';
import { profileColumn, type ColumnProfile } from './value-detect';

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

/** Lower-case, accents dropped, only letters, digits, `%` and `#` kept: "User-ID " → "userid". */
export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%#]/g, '');
}

/**
 * How well a header matches an alias: exact beats a match at the end ("user rating" is a rating), which
 * beats one at the start ("rating 1-5"), which beats one inside. Short aliases ("id", "ms") only match exactly.
 */
function aliasScore(header: string, alias: string): number {
  if (header === alias) return 100 + alias.length;
  if (alias.length < 4) return 0;
  if (header.endsWith(alias)) return 60 + alias.length;
  if (header.startsWith(alias)) return 50 + alias.length;
  if (header.includes(alias)) return 30 + alias.length;
  return 0;
}

const aliasKeys = new WeakMap<ImportField, readonly string[]>();

function fieldScore(field: ImportField, header: string): number {
  let keys = aliasKeys.get(field);
  if (!keys) {
    keys = field.aliases.map(headerKey);
    aliasKeys.set(field, keys);
  }
  let best = 0;
  for (const alias of keys) {
    const score = aliasScore(header, alias);
    if (score > best) best = score;
  }
  return best;
}

/** Assigns columns to fields by header alias, best match first, each column and field used once. */
function mapByAlias(
  headers: readonly string[],
  fields: readonly ImportField[],
  assigned: Map<string, number>,
  used: Set<number>,
): void {
  const keys = headers.map(headerKey);
  const pairs: { field: number; column: number; score: number }[] = [];
  fields.forEach((field, f) => {
    if (assigned.has(field.id)) return;
    keys.forEach((key, column) => {
      if (used.has(column)) return;
      const score = fieldScore(field, key);
      if (score > 0) pairs.push({ field: f, column, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.field - b.field || a.column - b.column);
  for (const { field, column } of pairs) {
    const id = fields[field]!.id;
    if (assigned.has(id) || used.has(column)) continue;
    assigned.set(id, column);
    used.add(column);
  }
}

function shapeFits(field: ImportField, profile: ColumnProfile): boolean {
  switch (field.type) {
    case 'date':
      return profile.shape === 'date';
    case 'week':
      // Small week numbers (1–5) also look like ratings.
      return profile.shape === 'week' || profile.shape === 'rating';
    case 'rating':
      return profile.shape === 'rating';
    case 'boolean':
      return profile.shape === 'boolean';
    case 'percent':
      return (
        (profile.shape === 'number' || profile.shape === 'integer') &&
        (profile.percentSigns || (profile.min !== null && profile.min >= 0 && profile.max !== null && profile.max <= 100))
      );
    default:
      return false; // ids, text and counts have no telling shape
  }
}

export interface GuessOptions {
  /** A mapping remembered for this plan: its columns are kept where this file has them. */
  readonly remembered?: ColumnMapping | null;
  readonly decimalComma?: boolean;
}

/**
 * Proposes a mapping: a remembered one first, then header aliases, then value shape (a column of dates
 * for the date, whole numbers 1–5 for a rating, yes/no for booleans, 0–100 numbers for a percent).
 * `sampleRows` are trimmed data rows (no header).
 */
export function guessMapping(
  headers: readonly string[],
  sampleRows: readonly (readonly string[])[],
  kind: ImportKind,
  options: GuessOptions = {},
): ColumnMapping {
  const fields = importFields[kind];
  const assigned = new Map<string, number>();
  const used = new Set<number>();
  const remembered = options.remembered;
  if (remembered && remembered.kind === kind) {
    for (const field of fields) {
      const header = readField(remembered, field.id);
      if (!header) continue;
      const column = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
      if (column >= 0 && !used.has(column)) {
        assigned.set(field.id, column);
        used.add(column);
      }
    }
  }
  mapByAlias(headers, fields, assigned, used);

  let profiles: ColumnProfile[] | null = null;
  // Required fields pick first, so a 1–5 column becomes the rating rather than a week number.
  const byNeed = [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)];
  for (const field of byNeed) {
    if (assigned.has(field.id)) continue;
    profiles ??= headers.map((_, c) =>
      profileColumn(
        sampleRows.map((r) => r[c] ?? ''),
        options.decimalComma ?? false,
      ),
    );
    const column = profiles.findIndex((p, c) => !used.has(c) && shapeFits(field, p));
    if (column >= 0) {
      assigned.set(field.id, column);
      used.add(column);
    }
  }

  const out: Record<string, string | null> = {};
  for (const field of fields) {
    const column = assigned.get(field.id);
    out[field.id] = column === undefined ? null : headers[column]!;
  }
  const latencyHeader = out.latency;
  const latencyUnit: LatencyUnit =
    remembered?.kind === kind && remembered.fields.latency === latencyHeader && latencyHeader
      ? remembered.latencyUnit
      : latencyHeader && isMillisecondsHeader(latencyHeader)
        ? 'milliseconds'
        : 'seconds';
  return { kind, fields: out, latencyUnit };
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

export interface KindSuggestion {
  readonly kind: ImportKind;
  /** 0–1: how sure the guess is (below 0.5 means "please choose"). */
  readonly confidence: number;
  /** Every kind's score, best first. */
  readonly scores: readonly { readonly kind: ImportKind; readonly score: number }[];
}

const commonFields = new Set(['userId', 'date', 'week', 'stage', 'group']);

/**
 * Suggests which kind of file this is from its headers: kinds whose required columns are all found score
 * highest, then the ones with more columns of their own (a rating is telling; a user id is not).
 */
export function suggestKind(headers: readonly string[]): KindSuggestion {
  const scores = importKinds.map((kind) => {
    const assigned = new Map<string, number>();
    mapByAlias(headers, importFields[kind], assigned, new Set());
    const met = fieldRequirements[kind].every((r) => r.anyOf.some((set) => set.every((id) => assigned.has(id))));
    let score = met ? 10 : 0;
    for (const id of assigned.keys()) score += commonFields.has(id) ? 1 : 2;
    return { kind, score };
  });
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0]!;
  const second = scores[1]!;
  const confidence = best.score < 10 ? Math.min(0.4, best.score / 20) : 0.5 + 0.5 * Math.min(1, (best.score - second.score) / 6);
  return { kind: best.kind, confidence: Math.round(confidence * 100) / 100, scores };
}

import { NO_DAY, NO_WEEK, type DictColumn, type TimedColumns } from './columns';
import type { Placement } from './placement';

/**
 * Rows that two files of one kind both hold. Pilot exports overlap all the time: a weekly export
 * and a month-to-date one, a re-export with one more day, a colleague's copy of half a file.
 * Content hashes catch the same file twice, not the same rows in two files; counted twice, those
 * rows double a stage's outputs or ratings, so a gate's minimum sample is met by half the data
 * and its interval looks twice as sure as it is.
 *
 * The test is by day (or by stage week, for rows that carry a week number): a later file's rows of
 * a day repeat when every one of them equals, field for field (user, date or week, stage, group and
 * the kind's values; the line number aside), a row of an earlier file of that kind on that day, each
 * earlier row answering for one later row. A whole day copied is an overlap; a day where the files
 * differ in any row is two sources that happen to share some rows (two regions' request logs: one
 * request each, 1.2 s, no error), and both are counted. Output and request ids are not stored
 * (columns.ts), so the rows themselves are the evidence, and only a day they wholly repeat is taken.
 */

/** Rows of each import that repeat a row of an earlier import in the list (all of one kind), as 0/1 per row. */
export function repeatedRows(imports: readonly TimedColumns[]): (Uint8Array | null)[] {
  if (imports.length < 2) return imports.map(() => null);
  // Stored columns never change, and the metrics are worked out again at every edit: two files of half a million
  // rows took 120–350 ms here, so the answer is kept for the same imports in the same order.
  const kept = answers.get(imports[0] as TimedColumns);
  if (kept !== undefined && kept.imports.length === imports.length && kept.imports.every((c, k) => c === imports[k])) return kept.repeated;
  const repeated = findRepeatedRows(imports);
  answers.set(imports[0] as TimedColumns, { imports: [...imports], repeated });
  return repeated;
}

/** The last answer per first import (weakly held: a removed import's columns take theirs with them). */
const answers = new WeakMap<TimedColumns, { readonly imports: readonly TimedColumns[]; readonly repeated: (Uint8Array | null)[] }>();

function findRepeatedRows(imports: readonly TimedColumns[]): (Uint8Array | null)[] {
  const fields = fieldNames(imports);
  // Per day: how many rows of each hash the imports so far hold that no later row has matched yet.
  const earlier = new Map<number, Map<number, number>>();
  return imports.map((columns) => {
    const hashes = rowHashes(columns, fields);
    const days = rowsByDay(columns);
    let repeated: Uint8Array | null = null;
    for (const [day, rows] of days) {
      const before = earlier.get(day);
      const counts = new Map<number, number>();
      for (const i of rows) counts.set(hashes[i] as number, (counts.get(hashes[i] as number) ?? 0) + 1);
      const copied = before !== undefined && [...counts].every(([h, n]) => (before.get(h) ?? 0) >= n);
      if (copied) {
        for (const [h, n] of counts) before.set(h, (before.get(h) ?? 0) - n);
        repeated ??= new Uint8Array(columns.rowCount);
        for (const i of rows) repeated[i] = 1;
      } else {
        const into = before ?? new Map<number, number>();
        for (const [h, n] of counts) into.set(h, (into.get(h) ?? 0) + n);
        earlier.set(day, into);
      }
    }
    return repeated;
  });
}

/** Row indices by day: the date's day number, or a stage week (beyond any day number) for rows that carry one. */
function rowsByDay(columns: TimedColumns): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const stageHash = columns.stage?.values.map((name) => hashString(name, 0x01000193) & 0xfffff) ?? null;
  for (let i = 0; i < columns.rowCount; i++) {
    const day = columns.day === null ? NO_DAY : (columns.day[i] as number);
    const week = columns.week === null ? NO_WEEK : (columns.week[i] as number);
    const stage = stageHash === null || columns.stage === null ? 0 : (stageHash[columns.stage.codes[i] as number] as number);
    const key = day !== NO_DAY ? day : WEEK_KEYS + (week * 0x100000 + stage);
    let rows = out.get(key);
    if (rows === undefined) out.set(key, (rows = []));
    rows.push(i);
  }
  return out;
}

/** Above every day number (Int32): keys of rows without a date. */
const WEEK_KEYS = 2 ** 33;

/** The placement without the rows marked repeated: they belong to no stage week and are counted apart. */
export function withoutRepeated(placement: Placement, repeated: Uint8Array | null): Placement {
  if (repeated === null) return placement;
  const stage = placement.stage.slice();
  let count = 0;
  for (let i = 0; i < stage.length; i++) {
    if (repeated[i] !== 1 || (stage[i] as number) < 0) continue;
    stage[i] = -1;
    count++;
  }
  return {
    ...placement,
    stage,
    placedRows: placement.placedRows - count,
    unplaced: { ...placement.unplaced, repeats_earlier_import: placement.unplaced.repeats_earlier_import + count },
  };
}

interface Field {
  readonly name: string;
  readonly dict: boolean;
}

function isDict(value: unknown): value is DictColumn {
  return typeof value === 'object' && value !== null && 'codes' in value && 'values' in value;
}

function isNumbers(value: unknown): value is ArrayLike<number> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/** Every per-row field any of the imports stores, the line number aside (it differs by nature). */
function fieldNames(imports: readonly TimedColumns[]): Field[] {
  const fields = new Map<string, boolean>();
  for (const columns of imports) {
    for (const [name, value] of Object.entries(columns)) {
      if (name !== 'line' && (isDict(value) || isNumbers(value))) fields.set(name, isDict(value));
    }
  }
  return [...fields].sort(([x], [y]) => (x < y ? -1 : 1)).map(([name, dict]) => ({ name, dict }));
}

/** A 53-bit hash of each row's fields: two 32-bit mixes, so unrelated rows meet by chance about once in 2^53. */
function rowHashes(columns: TimedColumns, fields: readonly Field[]): Float64Array {
  const n = columns.rowCount;
  const a = new Uint32Array(n).fill(0x811c9dc5);
  const b = new Uint32Array(n).fill(0x9e3779b9);
  const record = columns as unknown as Readonly<Record<string, unknown>>;
  for (const field of fields) {
    const value = record[field.name];
    if (isDict(value)) {
      const codeA = value.values.map((s) => hashString(s, 0x01000193));
      const codeB = value.values.map((s) => hashString(s, 0x5bd1e995));
      for (let i = 0; i < n; i++) {
        const code = value.codes[i] as number;
        a[i] = mix(a[i] as number, codeA[code] as number);
        b[i] = mixB(b[i] as number, codeB[code] as number);
      }
    } else if (isNumbers(value)) {
      for (let i = 0; i < n; i++) {
        const [lo, hi] = numberBits(value[i] as number);
        a[i] = mix(mix(a[i] as number, lo), hi);
        b[i] = mixB(mixB(b[i] as number, lo), hi);
      }
    } else {
      // A column this import lacks is empty on every row: it mixes as code 0 ('') or NaN would.
      const times = field.dict ? 1 : 2;
      for (let i = 0; i < n; i++) {
        for (let t = 0; t < times; t++) {
          a[i] = mix(a[i] as number, 0);
          b[i] = mixB(b[i] as number, 0);
        }
      }
    }
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (a[i] as number) * 0x200000 + ((b[i] as number) & 0x1fffff);
  return out;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function numberBits(value: number): [number, number] {
  // NaN ("no value") hashes like an absent column, whatever its payload.
  if (Number.isNaN(value)) return [0, 0];
  bits[0] = value;
  return [words[0] as number, words[1] as number];
}

function hashString(text: string, seed: number): number {
  // An empty value hashes the same whatever the field, so an absent column and empty cells agree.
  if (text === '') return 0;
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Two mixes with different multipliers: the two halves of a row's hash are independent. */
function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
}

function mixB(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

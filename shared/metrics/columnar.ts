import type { ImportKind } from '../csv/kinds';
import { fail, ok, type Result } from '../result';
import type { Columns, DictColumn } from './columns';
import { copyReleasing } from './growing-columns';

/**
 * A dictionary column on its way to the stored form: codes of one, two or four bytes, as the columns
 * builder collects them (`DictBuilder`). A `DictColumn` (four-byte codes) is one too.
 */
export interface StoredDict {
  readonly values: readonly string[];
  readonly codes: Uint8Array | Uint16Array | Uint32Array;
}

/** Columns as the encoder takes them: any kind's, with dictionary codes of any width. */
export type EncodableColumns = Columns extends infer C
  ? C extends unknown
    ? { readonly [P in keyof C]: C[P] extends DictColumn ? StoredDict : C[P] extends DictColumn | null ? StoredDict | null : C[P] }
    : never
  : never;

/**
 * The stored form of an import's columns: a binary file next to the plan (Electron) or an
 * IndexedDB blob (browser), never part of the JSON plan store. Reloading copies typed arrays
 * straight out of the bytes: no parsing, no per-row objects.
 *
 * Layout (little-endian):
 *   header   16 bytes  magic "RRCF", u16 format version, u8 kind, u8 column count,
 *                      u32 row count, u32 total byte length
 *   columns  each      u8 field id, u8 element type, u16 0, u32 payload length, payload,
 *                      zero padding to a multiple of 8
 *   dictionary payload u32 entry count, u32 UTF-8 length, u8 code width (1, 2 or 4), 7 bytes 0,
 *                      u32 offsets[entries + 1], UTF-8 text, padding to 4, codes[rows]
 * A column whose every value is missing is left out; an absent optional column decodes to null.
 */
export const COLUMNAR_FORMAT_VERSION = 2;
/**
 * Format 2 added the quality minutes columns (ids 40, 41). A file without them is written as
 * format 1, so that an older app still reads it; one with them says "newer version" there
 * rather than "damaged".
 */
const MINUTES_FIELD_IDS = new Set([40, 41]);

const MAGIC = [0x52, 0x52, 0x43, 0x46]; // "RRCF"
const HEADER_BYTES = 16;
const BLOCK_HEADER_BYTES = 8;

type ElementType = 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'f64' | 'dict';
const elementCodes: Record<ElementType, number> = { u8: 1, u16: 2, u32: 3, i32: 4, f32: 5, f64: 6, dict: 7 };
const elementWidth: Record<Exclude<ElementType, 'dict'>, number> = { u8: 1, u16: 2, u32: 4, i32: 4, f32: 4, f64: 8 };
const arrayOf = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

interface FieldSpec {
  readonly name: string;
  /** Stable across versions: the id is what the file stores. */
  readonly id: number;
  readonly type: ElementType;
  readonly optional: boolean;
}

const f = (name: string, id: number, type: ElementType, optional = false): FieldSpec => ({ name, id, type, optional });
const timedFields = [
  f('line', 1, 'u32'),
  f('day', 2, 'i32', true),
  f('week', 3, 'u16', true),
  f('stage', 4, 'dict', true),
  f('group', 5, 'dict', true),
  f('user', 6, 'dict'),
];
const fieldsByKind: Record<ImportKind, readonly FieldSpec[]> = {
  usage: [...timedFields, f('uses', 7, 'f32', true)],
  quality: [...timedFields, f('editingShare', 8, 'f64'), f('editingMinutes', 40, 'f64', true), f('manualMinutes', 41, 'f64', true)],
  satisfaction: [...timedFields, f('rating', 9, 'u8'), f('comment', 10, 'dict', true)],
  test_results: [
    f('line', 1, 'u32'),
    f('group', 5, 'dict', true),
    f('caseId', 11, 'dict'),
    f('correct', 12, 'u8'),
    f('hallucination', 13, 'u8'),
    f('latency', 14, 'f64', true),
  ],
  operations: [
    ...timedFields,
    f('requests', 15, 'f64'),
    f('errors', 16, 'f64', true),
    f('latency', 17, 'f64', true),
    f('cost', 18, 'f64', true),
    f('escalations', 19, 'f64', true),
    f('thumbsUp', 20, 'f64', true),
    f('thumbsDown', 21, 'f64', true),
  ],
  reviews: [...timedFields, f('decision', 22, 'u8'), f('minutes', 23, 'f64', true)],
  shadow: [...timedFields, f('match', 24, 'u8')],
  weekly_figures: [
    ...timedFields,
    f('metric', 25, 'dict'),
    f('value', 26, 'f64', true),
    f('numerator', 27, 'f64', true),
    f('denominator', 28, 'f64', true),
    f('sample', 29, 'f64', true),
  ],
  incidents: [
    ...timedFields,
    f('incidentId', 30, 'dict', true),
    f('severity', 31, 'u8'),
    f('opened', 32, 'f64'),
    f('acknowledged', 33, 'f64', true),
    f('resolved', 34, 'f64', true),
    f('description', 35, 'dict'),
    f('rollback', 36, 'u8'),
  ],
};
const kindCodes: Record<ImportKind, number> = {
  usage: 1,
  quality: 2,
  satisfaction: 3,
  test_results: 4,
  operations: 5,
  reviews: 6,
  shadow: 7,
  weekly_figures: 8,
  incidents: 9,
};

/** Upper bounds a decoded value must respect, so corrupt bytes never reach the metrics. */
const valueLimits: Readonly<Record<string, { min: number; max: number }>> = {
  rating: { min: 1, max: 5 },
  correct: { min: 0, max: 2 },
  hallucination: { min: 0, max: 2 },
  decision: { min: 0, max: 2 },
  match: { min: 0, max: 1 },
  severity: { min: 0, max: 3 },
  rollback: { min: 0, max: 1 },
};

type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type ColumnValue = NumericArray | StoredDict | null;

const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes of an import's columns. */
export function encodeColumns(columns: Columns): Uint8Array {
  return encode(columns, false);
}

/**
 * The bytes of an import's columns, giving each column's memory back as soon as it is written, so that
 * the columns and their stored form are never both whole in memory. The columns are unusable afterwards
 * (their arrays are emptied): for a caller that keeps only the stored form (`ColumnsBuilder.encode`).
 */
export function encodeColumnsReleasing(columns: EncodableColumns): Uint8Array {
  return encode(columns, true);
}

function encode(columns: EncodableColumns, releasing: boolean): Uint8Array {
  if (!littleEndianHost) throw new Error('The stored column format needs a little-endian machine.');
  const record = columns as unknown as Record<string, ColumnValue>;
  // Sized first, then written straight into the one output: no second copy of every column at the peak.
  const blocks: { spec: FieldSpec; length: number; write: (into: Uint8Array) => void }[] = [];
  for (const spec of fieldsByKind[columns.kind]) {
    const value = record[spec.name] ?? null;
    if (value === null) {
      if (!spec.optional) throw new Error(`The ${columns.kind} columns lack "${spec.name}"`);
      continue;
    }
    if (spec.type === 'dict') {
      blocks.push({ spec, ...dictWriter(value as StoredDict, releasing) });
    } else {
      const array = value as NumericArray;
      // Releasing: each column's memory goes back as it is copied (see `copyReleasing`), never held twice whole.
      blocks.push({ spec, length: array.byteLength, write: (into) => (releasing ? copyReleasing(into, array) : into.set(bytesOf(array))) });
    }
  }
  const total = blocks.reduce((sum, b) => sum + BLOCK_HEADER_BYTES + pad8(b.length), HEADER_BYTES);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, blocks.some((b) => MINUTES_FIELD_IDS.has(b.spec.id)) ? COLUMNAR_FORMAT_VERSION : 1, true);
  view.setUint8(6, kindCodes[columns.kind]);
  view.setUint8(7, blocks.length);
  view.setUint32(8, columns.rowCount, true);
  view.setUint32(12, total, true);
  let at = HEADER_BYTES;
  for (const { spec, length, write } of blocks) {
    view.setUint8(at, spec.id);
    view.setUint8(at + 1, elementCodes[spec.type]);
    view.setUint32(at + 4, length, true);
    write(out.subarray(at + BLOCK_HEADER_BYTES, at + BLOCK_HEADER_BYTES + length));
    at += BLOCK_HEADER_BYTES + pad8(length);
  }
  return out;
}

/** Columns back from their bytes; damaged or foreign bytes give an error, never wrong numbers. */
export function decodeColumns(bytes: Uint8Array): Result<Columns> {
  try {
    return ok(decodeOrThrow(bytes));
  } catch (error) {
    if (error instanceof NewerFormatError) return fail('newer_version', error.message);
    return fail('invalid', `The stored pilot data is damaged: ${error instanceof Error ? error.message : String(error)}`);
  }
}

class NewerFormatError extends Error {}

function decodeOrThrow(bytes: Uint8Array): Columns {
  if (!littleEndianHost) throw new Error('the stored column format needs a little-endian machine');
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a column file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version > COLUMNAR_FORMAT_VERSION) {
    throw new NewerFormatError(`The pilot data was stored by a newer version of the app (format ${version}); update the app to open it.`);
  }
  if (version < 1) throw new Error(`unknown format version ${version}`);
  const kind = (Object.keys(kindCodes) as ImportKind[]).find((k) => kindCodes[k] === view.getUint8(6));
  if (kind === undefined) throw new Error(`unknown kind ${view.getUint8(6)}`);
  const columnCount = view.getUint8(7);
  const rowCount = view.getUint32(8, true);
  if (view.getUint32(12, true) !== bytes.length) throw new Error('the file is truncated or has extra bytes');

  const specs = fieldsByKind[kind];
  const result: Record<string, unknown> = { kind, rowCount };
  for (const spec of specs) result[spec.name] = null;
  let at = HEADER_BYTES;
  for (let c = 0; c < columnCount; c++) {
    if (at + BLOCK_HEADER_BYTES > bytes.length) throw new Error('a column header runs past the end');
    const id = view.getUint8(at);
    const spec = specs.find((s) => s.id === id);
    if (spec === undefined || view.getUint8(at + 1) !== elementCodes[spec.type]) throw new Error(`unexpected column ${id}`);
    if (result[spec.name] !== null) throw new Error(`column ${spec.name} appears twice`);
    const length = view.getUint32(at + 4, true);
    const start = at + BLOCK_HEADER_BYTES;
    if (start + length > bytes.length) throw new Error(`column ${spec.name} runs past the end`);
    const payload = bytes.subarray(start, start + length);
    result[spec.name] = spec.type === 'dict' ? decodeDict(payload, rowCount) : decodeNumeric(payload, spec, rowCount);
    at = start + pad8(length);
  }
  for (const spec of specs) {
    if (!spec.optional && result[spec.name] === null) throw new Error(`column ${spec.name} is missing`);
  }
  return result as unknown as Columns;
}

function bytesOf(array: NumericArray): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function decodeNumeric(payload: Uint8Array, spec: FieldSpec, rowCount: number): NumericArray {
  const type = spec.type as Exclude<ElementType, 'dict'>;
  if (payload.length !== rowCount * elementWidth[type]) throw new Error(`column ${spec.name} has the wrong length`);
  const array = new arrayOf[type](rowCount);
  // Copying (rather than viewing) keeps the columns independent of the caller's buffer and aligned.
  bytesOf(array).set(payload);
  const limits = valueLimits[spec.name];
  if (limits !== undefined) {
    for (let i = 0; i < rowCount; i++) {
      const v = array[i] as number;
      if (v < limits.min || v > limits.max) throw new Error(`column ${spec.name} holds ${v} on row ${i}`);
    }
  }
  return array;
}

const DICT_HEADER_BYTES = 16;

/**
 * A dictionary column's payload: its length now, its bytes written later into the output (`releasing`:
 * the codes' memory given back as they are copied).
 */
function dictWriter(column: StoredDict, releasing: boolean): { length: number; write: (into: Uint8Array) => void } {
  const entries = column.values.length;
  const width = entries <= 0x100 ? 1 : entries <= 0x10000 ? 2 : 4;
  let capacity = 0;
  for (const value of column.values) capacity += value.length * 3;
  const text = new Uint8Array(capacity);
  const offsets = new Uint32Array(entries + 1);
  const encoder = new TextEncoder();
  let used = 0;
  for (let e = 0; e < entries; e++) {
    used += encoder.encodeInto(column.values[e] ?? '', text.subarray(used)).written;
    offsets[e + 1] = used;
  }
  const rows = column.codes.length;
  const codesAt = pad4(DICT_HEADER_BYTES + offsets.byteLength + used);
  const write = (out: Uint8Array): void => {
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(0, entries, true);
    view.setUint32(4, used, true);
    view.setUint8(8, width);
    out.set(bytesOf(offsets), DICT_HEADER_BYTES);
    out.set(text.subarray(0, used), DICT_HEADER_BYTES + offsets.byteLength);
    // Codes collected as narrow as the dictionary allows (the columns builder's) are copied as they are;
    // wider ones are narrowed straight into the output (aligned: payloads start at multiples of 8, codes at 4).
    const at = out.byteOffset + codesAt;
    if (column.codes.BYTES_PER_ELEMENT === width) {
      if (releasing) copyReleasing(out.subarray(codesAt), column.codes);
      else out.set(bytesOf(column.codes), codesAt);
    } else if (width === 1) out.set(column.codes, codesAt);
    else if (width === 2) new Uint16Array(out.buffer, at, rows).set(column.codes);
    else new Uint32Array(out.buffer, at, rows).set(column.codes);
  };
  return { length: codesAt + rows * width, write };
}

function decodeDict(payload: Uint8Array, rowCount: number): DictColumn {
  if (payload.length < DICT_HEADER_BYTES) throw new Error('a dictionary is truncated');
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const entries = view.getUint32(0, true);
  const textLength = view.getUint32(4, true);
  const width = view.getUint8(8);
  const offsetsAt = DICT_HEADER_BYTES;
  const textAt = offsetsAt + (entries + 1) * 4;
  const codesAt = pad4(textAt + textLength);
  if (entries < 1 || (width !== 1 && width !== 2 && width !== 4) || codesAt + rowCount * width !== payload.length) {
    throw new Error('a dictionary has the wrong shape');
  }
  const offsets = new Uint32Array(entries + 1);
  bytesOf(offsets).set(payload.subarray(offsetsAt, textAt));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const values: string[] = [];
  for (let e = 0; e < entries; e++) {
    const from = offsets[e] ?? 0;
    const to = offsets[e + 1] ?? 0;
    if (from > to || to > textLength) throw new Error('a dictionary entry runs past its text');
    values.push(decoder.decode(payload.subarray(textAt + from, textAt + to)));
  }
  if (values[0] !== '') throw new Error('a dictionary lacks its empty entry');
  const stored =
    width === 1 ? new Uint8Array(rowCount) : width === 2 ? new Uint16Array(rowCount) : new Uint32Array(rowCount);
  bytesOf(stored).set(payload.subarray(codesAt));
  const codes = stored instanceof Uint32Array ? stored : Uint32Array.from(stored);
  for (let i = 0; i < rowCount; i++) {
    if ((codes[i] as number) >= entries) throw new Error(`a dictionary code on row ${i} is out of range`);
  }
  return { values, codes };
}

function pad8(n: number): number {
  return (n + 7) & ~7;
}

function pad4(n: number): number {
  return (n + 3) & ~3;
}

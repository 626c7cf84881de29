/**
 * The stored form's layout and field table, shared by its encoder (`columnar-encode.ts`) and decoder
 * (`columnar.ts`).
 */
import type { ImportKind } from '../csv/kinds';
import type { Columns, DictColumn } from './columns';

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
 *   trailer  8 bytes   "RRCK", i32 CRC-32 of every byte before it (`columnar-checksum.ts`; absent
 *                      from rows stored before it existed)
 * A column whose every value is missing is left out; an absent optional column decodes to null.
 */
export const COLUMNAR_FORMAT_VERSION = 2;
/**
 * Format 2 added the quality minutes columns (ids 40, 41). A file without them is written as
 * format 1, so that an older app still reads it; one with them says "newer version" there
 * rather than "damaged".
 */
export const MINUTES_FIELD_IDS = new Set([40, 41]);

export const MAGIC = [0x52, 0x52, 0x43, 0x46]; // "RRCF"
export const HEADER_BYTES = 16;
export const BLOCK_HEADER_BYTES = 8;
export const DICT_HEADER_BYTES = 16;

export type ElementType = 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'f64' | 'dict';
export const elementCodes: Record<ElementType, number> = { u8: 1, u16: 2, u32: 3, i32: 4, f32: 5, f64: 6, dict: 7 };
export const elementWidth: Record<Exclude<ElementType, 'dict'>, number> = { u8: 1, u16: 2, u32: 4, i32: 4, f32: 4, f64: 8 };
export const arrayOf = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  f64: Float64Array,
} as const;

export interface FieldSpec {
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
export const fieldsByKind: Record<ImportKind, readonly FieldSpec[]> = {
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
export const kindCodes: Record<ImportKind, number> = {
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
export const valueLimits: Readonly<Record<string, { min: number; max: number }>> = {
  rating: { min: 1, max: 5 },
  correct: { min: 0, max: 2 },
  hallucination: { min: 0, max: 2 },
  decision: { min: 0, max: 2 },
  match: { min: 0, max: 1 },
  severity: { min: 0, max: 3 },
  rollback: { min: 0, max: 1 },
};

export type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

export const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function bytesOf(array: NumericArray): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

export function pad8(n: number): number {
  return (n + 7) & ~7;
}

export function pad4(n: number): number {
  return (n + 3) & ~3;
}

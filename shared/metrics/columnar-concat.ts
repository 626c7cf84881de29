/**
 * One import's columns from two parts' (a file read on two threads, `shared/csv/split-import.ts`):
 * rows of `first`, then rows of `rest`. Dictionaries are merged in the order values were first seen, as
 * one columns builder would have numbered them, so the encoded result is byte for byte the stored form
 * of a whole-file import. A column one part left out (all its values missing) is filled with "missing".
 */
import type { EncodableColumns, StoredDict } from './columnar';
import { NO_DAY, NO_WEEK } from './columns';
import { joinDictionaries } from './global-ids';

type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type Column = NumericArray | StoredDict | null;

// Typed arrays have a `values` method too: a dictionary is the column that is not an array view.
const isDict = (column: Column): column is StoredDict => column !== null && !ArrayBuffer.isView(column);

/** What a left-out column holds on every row: the builders' own "no value" of each element type. */
function missingOf(like: NumericArray): number {
  if (like instanceof Int32Array) return NO_DAY;
  if (like instanceof Uint16Array) return NO_WEEK;
  if (like instanceof Float32Array || like instanceof Float64Array) return NaN;
  throw new Error('a required column is missing from one part');
}

function concatNumeric(a: NumericArray | null, b: NumericArray | null, rowsA: number, rowsB: number): NumericArray {
  const like = (a ?? b)!;
  const Type = like.constructor as new (length: number) => NumericArray;
  const out = new Type(rowsA + rowsB);
  if (a === null) out.fill(missingOf(like), 0, rowsA);
  else out.set(a.subarray(0, rowsA), 0);
  if (b === null) out.fill(missingOf(like), rowsA);
  else out.set(b.subarray(0, rowsB), rowsA);
  return out;
}

/** Codes as narrow as the merged dictionary allows (what the stored form writes). */
function codesFor(entries: number, length: number): Uint8Array | Uint16Array | Uint32Array {
  return entries <= 0x100 ? new Uint8Array(length) : entries <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

function concatDict(a: StoredDict | null, b: StoredDict | null, rowsA: number, rowsB: number): StoredDict {
  // The same join as across imports: `a`'s values keep their codes (a dictionary holds each value once, in
  // code order), `b`'s new ones follow in the order they first appear.
  const { names, maps } = joinDictionaries([a, b]);
  const values = [...names];
  const codes = codesFor(values.length, rowsA + rowsB);
  if (a !== null) codes.set(a.codes.subarray(0, rowsA), 0);
  const remap = maps[1];
  if (b !== null && remap) {
    const from = b.codes;
    for (let i = 0; i < rowsB; i++) codes[rowsA + i] = remap[from[i]!]!;
  }
  return { values, codes };
}

/**
 * The columns of `first`'s rows followed by `rest`'s (same kind), ready for `encodeColumnsReleasing`.
 * Each part's column is let go as soon as it is joined (the parts are unusable afterwards), so that
 * at most one column is held twice, not every one.
 */
export function concatColumns(first: EncodableColumns, rest: EncodableColumns): EncodableColumns {
  if (first.kind !== rest.kind) throw new Error('The two parts of the import are of different kinds.');
  const left = first as unknown as Record<string, Column | string | number | undefined>;
  const right = rest as unknown as Record<string, Column | string | number | undefined>;
  const rowsA = first.rowCount;
  const rowsB = rest.rowCount;
  const merged: Record<string, unknown> = { kind: first.kind, rowCount: rowsA + rowsB };
  for (const name of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (name === 'kind' || name === 'rowCount') continue;
    const x = (left[name] ?? null) as Column;
    const y = (right[name] ?? null) as Column;
    if (x === null && y === null) merged[name] = null;
    else if (isDict(x) || isDict(y)) merged[name] = concatDict(x as StoredDict | null, y as StoredDict | null, rowsA, rowsB);
    else merged[name] = concatNumeric(x, y, rowsA, rowsB);
    left[name] = null;
    right[name] = null;
  }
  return merged as unknown as EncodableColumns;
}

/** The buffers under the columns, for handing them to another thread without a copy. */
export function columnBuffers(columns: EncodableColumns): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(columns as unknown as Record<string, unknown>)) {
    const column = value as Column;
    if (column === null || typeof column !== 'object') continue;
    const array = isDict(column) ? column.codes : column;
    buffers.add(array.buffer as ArrayBuffer);
  }
  return [...buffers];
}

/**
 * One import's stored columns from two parts' (a file read on two threads, `shared/csv/split-import.ts`):
 * rows of `first`, then rows of `rest`. Dictionaries are merged in the order values were first seen, as
 * one columns builder would have numbered them, so the result is byte for byte the stored form of a
 * whole-file import. A column one part left out (all its values missing) is filled with "missing".
 */
import { fail, ok, type Result } from '../result';
import { decodeColumns, encodeColumns } from './columnar';
import { NO_DAY, NO_WEEK, type Columns, type DictColumn } from './columns';

type NumericArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
type Column = NumericArray | DictColumn | null;

// Typed arrays have a `values` method too: a dictionary is the column that is not an array view.
const isDict = (column: Column): column is DictColumn => column !== null && !ArrayBuffer.isView(column);

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
  else out.set(a, 0);
  if (b === null) out.fill(missingOf(like), rowsA);
  else out.set(b, rowsA);
  return out;
}

function concatDict(a: DictColumn | null, b: DictColumn | null, rowsA: number, rowsB: number): DictColumn {
  const values: string[] = a === null ? [''] : [...a.values];
  const index = new Map<string, number>();
  for (let v = 0; v < values.length; v++) index.set(values[v]!, v);
  const codes = new Uint32Array(rowsA + rowsB);
  if (a !== null) codes.set(a.codes, 0);
  if (b !== null) {
    // Code 0 is "no value" in both; every other value keeps its place or joins at the end.
    const remap = new Uint32Array(b.values.length);
    for (let v = 1; v < b.values.length; v++) {
      const value = b.values[v]!;
      let code = index.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        index.set(value, code);
      }
      remap[v] = code;
    }
    for (let i = 0; i < rowsB; i++) codes[rowsA + i] = remap[b.codes[i]!]!;
  }
  return { values, codes };
}

export function concatStoredColumns(first: Uint8Array, rest: Uint8Array): Result<Uint8Array> {
  const a = decodeColumns(first);
  if (!a.ok) return a;
  const b = decodeColumns(rest);
  if (!b.ok) return b;
  if (a.value.kind !== b.value.kind) return fail('invalid', 'The two parts of the import are of different kinds.');
  const left = a.value as unknown as Record<string, Column>;
  const right = b.value as unknown as Record<string, Column>;
  const rowsA = a.value.rowCount;
  const rowsB = b.value.rowCount;
  const merged: Record<string, unknown> = { kind: a.value.kind, rowCount: rowsA + rowsB };
  for (const name of Object.keys(left)) {
    if (name === 'kind' || name === 'rowCount') continue;
    const x = left[name] ?? null;
    const y = right[name] ?? null;
    if (x === null && y === null) merged[name] = null;
    else if (isDict(x) || isDict(y)) merged[name] = concatDict(x as DictColumn | null, y as DictColumn | null, rowsA, rowsB);
    else merged[name] = concatNumeric(x as NumericArray | null, y as NumericArray | null, rowsA, rowsB);
  }
  return ok(encodeColumns(merged as unknown as Columns));
}

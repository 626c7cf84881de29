/**
 * One import's stored form from two parts' columns (a file read on two threads,
 * `shared/csv/split-import.ts`): rows of `first`, then rows of `rest`, written straight into the
 * output, each part's column given back as soon as it is copied: no joined copy of the columns between
 * the parts and the stored form. Dictionaries are merged in the order values were first seen, as one
 * columns builder would have numbered them, so the result is byte for byte the stored form of a
 * whole-file import. A column one part left out (all its values missing) is filled with "missing".
 */
import type { EncodableColumns, NumericArray, StoredDict } from './columnar-format';
import { dictPayload, encodePayloads, type Payload } from './columnar-encode';
import { NO_DAY, NO_WEEK } from './columns';
import { joinDictionaries } from './global-ids';

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

/**
 * Gives a part's column memory back once it is copied. One copy and then the whole buffer at once:
 * `copyReleasing`'s slice-by-slice shrinking cost the join twice the processor time here (`npm run
 * bench`, case g: 55 against 24 ms), and a part's column is half a whole-file one.
 */
function release(array: NumericArray): void {
  (array.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}

/** `rows` values of `part` (or "missing" when the part left the column out) into `into`, which holds exactly them. */
function writePart(into: Uint8Array, part: NumericArray | null, like: NumericArray, rows: number): void {
  if (part !== null) {
    into.set(new Uint8Array(part.buffer, part.byteOffset, rows * part.BYTES_PER_ELEMENT));
    return release(part);
  }
  const Type = like.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => NumericArray;
  new Type(into.buffer as ArrayBuffer, into.byteOffset, rows).fill(missingOf(like));
}

function joinedNumeric(a: NumericArray | null, b: NumericArray | null, rowsA: number, rowsB: number): Payload {
  const like = (a ?? b)!;
  const splitAt = rowsA * like.BYTES_PER_ELEMENT;
  return {
    length: (rowsA + rowsB) * like.BYTES_PER_ELEMENT,
    write: (into) => {
      writePart(into.subarray(0, splitAt), a, like, rowsA);
      writePart(into.subarray(splitAt), b, like, rowsB);
    },
  };
}

function joinedDict(a: StoredDict | null, b: StoredDict | null, rowsA: number, rowsB: number): Payload {
  // The same join as across imports: `a`'s values keep their codes (a dictionary holds each value once, in
  // code order), `b`'s new ones follow in the order they first appear.
  const { names, maps } = joinDictionaries([a, b]);
  const remap = maps[1];
  return dictPayload(names, rowsA + rowsB, (codes) => {
    if (a !== null) {
      codes.set(a.codes.subarray(0, rowsA), 0);
      release(a.codes);
    }
    if (b !== null && remap) {
      const from = b.codes;
      for (let i = 0; i < rowsB; i++) codes[rowsA + i] = remap[from[i]!]!;
      release(from);
    }
  });
}

/**
 * The stored form of `first`'s rows followed by `rest`'s (same kind). Each part's column is let go
 * as it is written (the parts are unusable afterwards), so at no moment is a column held twice whole.
 */
export function encodeJoinedColumns(first: EncodableColumns, rest: EncodableColumns): Uint8Array {
  if (first.kind !== rest.kind) throw new Error('The two parts of the import are of different kinds.');
  const left = first as unknown as Record<string, Column | undefined>;
  const right = rest as unknown as Record<string, Column | undefined>;
  const rowsA = first.rowCount;
  const rowsB = rest.rowCount;
  return encodePayloads(first.kind, rowsA + rowsB, (spec) => {
    const x = left[spec.name] ?? null;
    const y = right[spec.name] ?? null;
    if (x === null && y === null) return null;
    if (isDict(x) || isDict(y)) return joinedDict(x as StoredDict | null, y as StoredDict | null, rowsA, rowsB);
    return joinedNumeric(x as NumericArray | null, y as NumericArray | null, rowsA, rowsB);
  });
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

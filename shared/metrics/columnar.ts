/**
 * The stored form of an import's columns: a binary file next to the plan (Electron) or an IndexedDB
 * blob (browser), never part of the JSON plan store. Its layout is in `columnar-format.ts`, its
 * writing in `columnar-encode.ts`; here it is read back. Reloading copies typed arrays straight out of
 * the bytes: no parsing, no per-row objects.
 */
import { fail, ok, type Result } from '../result';
import {
  arrayOf,
  BLOCK_HEADER_BYTES,
  bytesOf,
  COLUMNAR_FORMAT_VERSION,
  DICT_HEADER_BYTES,
  elementCodes,
  elementWidth,
  fieldsByKind,
  HEADER_BYTES,
  kindCodes,
  littleEndianHost,
  MAGIC,
  pad4,
  pad8,
  valueLimits,
  type ElementType,
  type FieldSpec,
  type NumericArray,
} from './columnar-format';
import { columnsEnd } from './columnar-checksum';
import type { ImportKind } from '../csv/kinds';
import type { Columns, DictColumn } from './columns';

export { COLUMNAR_FORMAT_VERSION, type EncodableColumns, type StoredDict } from './columnar-format';
export { encodeColumns, encodeColumnsReleasing } from './columnar-encode';

/** Columns back from their bytes; damaged or foreign bytes give an error, never wrong numbers. */
export function decodeColumns(bytes: Uint8Array): Result<Columns> {
  try {
    return ok(decodeOrThrow(bytes));
  } catch (error) {
    if (error instanceof NewerFormatError) return fail('newer_version', error.message);
    // A whole sentence: what to do follows it ("… no longer matches) Remove this import" read as a typo).
    const why = error instanceof Error ? error.message : String(error);
    return fail('invalid', `The stored pilot data is damaged: ${/[.!?]$/.test(why) ? why : `${why}.`}`);
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
  const end = columnsEnd(bytes);

  const specs = fieldsByKind[kind];
  const result: Record<string, unknown> = { kind, rowCount };
  for (const spec of specs) result[spec.name] = null;
  let at = HEADER_BYTES;
  for (let c = 0; c < columnCount; c++) {
    if (at + BLOCK_HEADER_BYTES > end) throw new Error('a column header runs past the end');
    const id = view.getUint8(at);
    const spec = specs.find((s) => s.id === id);
    if (spec === undefined || view.getUint8(at + 1) !== elementCodes[spec.type]) throw new Error(`unexpected column ${id}`);
    if (result[spec.name] !== null) throw new Error(`column ${spec.name} appears twice`);
    const length = view.getUint32(at + 4, true);
    const start = at + BLOCK_HEADER_BYTES;
    if (start + length > end) throw new Error(`column ${spec.name} runs past the end`);
    const payload = bytes.subarray(start, start + length);
    result[spec.name] = spec.type === 'dict' ? decodeDict(payload, rowCount) : decodeNumeric(payload, spec, rowCount);
    at = start + pad8(length);
  }
  for (const spec of specs) {
    if (!spec.optional && result[spec.name] === null) throw new Error(`column ${spec.name} is missing`);
  }
  if (at !== end) throw new Error('unexpected bytes follow the columns');
  return result as unknown as Columns;
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

/**
 * Writing the stored form (layout in `columnar-format.ts`). The output is sized first, then every
 * column's payload is written straight into it: no second copy of every column at the peak.
 */
import type { ImportKind } from '../csv/kinds';
import { CHECKSUM_BYTES, writeChecksum } from './columnar-checksum';
import {
  BLOCK_HEADER_BYTES,
  bytesOf,
  COLUMNAR_FORMAT_VERSION,
  DICT_HEADER_BYTES,
  elementCodes,
  fieldsByKind,
  HEADER_BYTES,
  kindCodes,
  littleEndianHost,
  MAGIC,
  MINUTES_FIELD_IDS,
  pad4,
  pad8,
  type EncodableColumns,
  type FieldSpec,
  type NumericArray,
  type StoredDict,
} from './columnar-format';
import type { Columns } from './columns';
import { copyReleasing, type CodeArray } from './growing-columns';

/** A column's payload: its length now, its bytes written later into `into` (exactly `length` bytes, 8-aligned). */
export interface Payload {
  readonly length: number;
  readonly write: (into: Uint8Array) => void;
}

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

type ColumnValue = NumericArray | StoredDict | null;

function encode(columns: EncodableColumns, releasing: boolean): Uint8Array {
  const record = columns as unknown as Record<string, ColumnValue>;
  return encodePayloads(columns.kind, columns.rowCount, (spec) => {
    const value = record[spec.name] ?? null;
    if (value === null) return null;
    if (spec.type === 'dict') {
      const column = value as StoredDict;
      // Codes collected as narrow as the dictionary allows (the columns builder's) are copied as they are.
      return dictPayload(column.values, column.codes.length, (codes) => {
        if (releasing && codes.BYTES_PER_ELEMENT === column.codes.BYTES_PER_ELEMENT) copyReleasing(bytesOf(codes), column.codes);
        else codes.set(column.codes);
      });
    }
    const array = value as NumericArray;
    // Releasing: each column's memory goes back as it is copied (see `copyReleasing`), never held twice whole.
    return { length: array.byteLength, write: (into) => (releasing ? copyReleasing(into, array) : into.set(bytesOf(array))) };
  });
}

/**
 * The stored form of `rowCount` rows of `kind`, each column's payload given by `payloadOf` (null: the
 * column is left out, which only an optional one may be). Shared by `encode` and the join of an import
 * read in two parts (`columnar-concat.ts`), which writes both parts' rows straight into the output.
 */
export function encodePayloads(kind: ImportKind, rowCount: number, payloadOf: (spec: FieldSpec) => Payload | null): Uint8Array {
  if (!littleEndianHost) throw new Error('The stored column format needs a little-endian machine.');
  const blocks: { spec: FieldSpec; payload: Payload }[] = [];
  for (const spec of fieldsByKind[kind]) {
    const payload = payloadOf(spec);
    if (payload === null) {
      if (!spec.optional) throw new Error(`The ${kind} columns lack "${spec.name}"`);
      continue;
    }
    blocks.push({ spec, payload });
  }
  const total = blocks.reduce((sum, b) => sum + BLOCK_HEADER_BYTES + pad8(b.payload.length), HEADER_BYTES + CHECKSUM_BYTES);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, blocks.some((b) => MINUTES_FIELD_IDS.has(b.spec.id)) ? COLUMNAR_FORMAT_VERSION : 1, true);
  view.setUint8(6, kindCodes[kind]);
  view.setUint8(7, blocks.length);
  view.setUint32(8, rowCount, true);
  view.setUint32(12, total, true);
  let at = HEADER_BYTES;
  for (const { spec, payload } of blocks) {
    view.setUint8(at, spec.id);
    view.setUint8(at + 1, elementCodes[spec.type]);
    view.setUint32(at + 4, payload.length, true);
    payload.write(out.subarray(at + BLOCK_HEADER_BYTES, at + BLOCK_HEADER_BYTES + payload.length));
    at += BLOCK_HEADER_BYTES + pad8(payload.length);
  }
  writeChecksum(out);
  return out;
}

/**
 * A dictionary column's payload: `values` (code order) and `rows` codes, which `writeCodes` puts into
 * the array it is given (as wide as the dictionary needs; aligned: payloads start at multiples of 8,
 * codes at 4).
 */
export function dictPayload(values: readonly string[], rows: number, writeCodes: (codes: CodeArray) => void): Payload {
  const entries = values.length;
  const width = entries <= 0x100 ? 1 : entries <= 0x10000 ? 2 : 4;
  let capacity = 0;
  for (const value of values) capacity += value.length * 3;
  const text = new Uint8Array(capacity);
  const offsets = new Uint32Array(entries + 1);
  const encoder = new TextEncoder();
  let used = 0;
  for (let e = 0; e < entries; e++) {
    used += encoder.encodeInto(values[e] ?? '', text.subarray(used)).written;
    offsets[e + 1] = used;
  }
  const codesAt = pad4(DICT_HEADER_BYTES + offsets.byteLength + used);
  const write = (out: Uint8Array): void => {
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(0, entries, true);
    view.setUint32(4, used, true);
    view.setUint8(8, width);
    out.set(bytesOf(offsets), DICT_HEADER_BYTES);
    out.set(text.subarray(0, used), DICT_HEADER_BYTES + offsets.byteLength);
    const at = out.byteOffset + codesAt;
    writeCodes(width === 1 ? out.subarray(codesAt, codesAt + rows) : width === 2 ? new Uint16Array(out.buffer, at, rows) : new Uint32Array(out.buffer, at, rows));
  };
  return { length: codesAt + rows * width, write };
}

/**
 * The stored form's checksum: a trailer of 8 bytes, "RRCK" and the CRC-32 of every byte before it, so
 * rows that changed after they were stored (a flipped bit in a number column decodes fine and would
 * change a figure) are reported damaged instead of measured. CRC-32 is the check zip and PNG use for
 * the same purpose; `crc-32` (SheetJS) computes it at ~1–2 GB/s here, ~20–35 ms for a million rows.
 * The format version is not raised: an earlier app ignores the trailer and still reads the rows, and
 * rows stored before the trailer existed still read here, unchecked (`columnsEnd`).
 */
import * as crcModule from 'crc-32';

// A CommonJS package: under Node's own loader (vitest, the bench) its functions are on the default export only.
const crc = (crcModule as unknown as { readonly default?: typeof crcModule }).default ?? crcModule;

export const CHECKSUM_BYTES = 8;
const CHECKSUM_MAGIC = [0x52, 0x52, 0x43, 0x4b]; // "RRCK"

/** Writes the trailer into the last `CHECKSUM_BYTES` of `out`, over everything before it. */
export function writeChecksum(out: Uint8Array): void {
  const at = out.length - CHECKSUM_BYTES;
  out.set(CHECKSUM_MAGIC, at);
  new DataView(out.buffer, out.byteOffset, out.byteLength).setInt32(at + 4, crc.buf(out.subarray(0, at)), true);
}

/**
 * Where the columns end: before a trailer whose CRC-32 matches, or at the end of rows stored before
 * the checksum existed (unchecked: nothing tells their bytes changed). Checked before any column is
 * read, so changed rows are reported as changed, not as whatever value they now hold. Throws when the
 * trailer is there and no longer matches.
 */
export function columnsEnd(bytes: Uint8Array): number {
  const at = bytes.length - CHECKSUM_BYTES;
  if (at < 0 || CHECKSUM_MAGIC.some((b, i) => bytes[at + i] !== b)) return bytes.length;
  const stored = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(at + 4, true);
  if (crc.buf(bytes.subarray(0, at)) !== stored) {
    throw new Error('the rows’ checksum no longer matches, so they changed after they were stored');
  }
  return at;
}

/** Why stored rows fail their checksum, in words, or null when they pass (or were stored before it). */
export function checksumProblem(bytes: Uint8Array): string | null {
  try {
    columnsEnd(bytes);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const DAMAGED = 'The stored rows are damaged: ';

/** How a storage that checks rows itself refuses damaged ones ("The stored rows are damaged: …."). */
export function damagedRowsMessage(problem: string): string {
  return `${DAMAGED}${problem}.`;
}

/** The problem named by `damagedRowsMessage`, or null for any other message. */
export function damagedRowsProblem(message: string): string | null {
  return message.startsWith(DAMAGED) ? message.slice(DAMAGED.length).replace(/\.$/, '') : null;
}

/** The CRC-32 a stored form's trailer holds (read, not checked), or null for rows stored before the trailer existed. */
export function storedChecksum(bytes: Uint8Array): number | null {
  const at = bytes.length - CHECKSUM_BYTES;
  if (at < 0 || CHECKSUM_MAGIC.some((b, i) => bytes[at + i] !== b)) return null;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(at + 4, true);
}

/**
 * Why stored rows are not the ones their import recorded (`ImportRecord.rowsChecksum`), or null when they
 * are, or when the import recorded none (imported before December 2026). The trailer's own check says the
 * bytes are whole; this says they are this import's: another import's rows of the same kind and count
 * (a rows file swapped on disk, a plan file's rows exchanged) would otherwise be measured as this one's.
 */
export function rowsNotRecorded(bytes: Uint8Array, recorded: number | undefined): string | null {
  if (recorded === undefined || storedChecksum(bytes) === recorded) return null;
  return 'they are not the rows recorded for this import (their checksum differs from the one recorded when it was imported), so they were replaced or swapped after they were stored';
}

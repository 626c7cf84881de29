/**
 * The stored form of an import's rejected rows: the CSV the user downloads (UTF-8 with a byte order mark) followed by
 * the same 8-byte checksum trailer as the accepted rows (`columnar-checksum.ts`). A flipped byte in a stored rejected
 * row would otherwise be handed out as the file's own line, its reason or its line number changed. Parts stored before
 * the trailer existed still open, unchecked, as rows do.
 */
import { CHECKSUM_BYTES, columnsEnd, writeChecksum } from '../metrics/columnar-checksum';

/** The bytes to store: the CSV's bytes and their checksum. */
export function sealRejectedRows(csv: Uint8Array): Uint8Array {
  const out = new Uint8Array(csv.length + CHECKSUM_BYTES);
  out.set(csv);
  writeChecksum(out);
  return out;
}

/** The CSV's bytes from a stored part, or why they cannot be trusted (the checksum no longer matches). */
export function openRejectedRows(stored: Uint8Array): { readonly ok: true; readonly csv: Uint8Array } | { readonly ok: false; readonly problem: string } {
  try {
    return { ok: true, csv: stored.subarray(0, columnsEnd(stored)) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}

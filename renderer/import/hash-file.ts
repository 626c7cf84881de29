/**
 * The SHA-256 of a chosen file, for the hash worker. A file up to `NATIVE_DIGEST_MAX_BYTES` is read
 * whole and hashed by the platform (`crypto.subtle.digest`): in Chromium that is about 2.8× faster
 * than our streaming TypeScript SHA-256 (80.8 MiB: 168 ms against 466 ms, `npm run bench:app`), and on
 * a 2-core machine the hash's CPU time is taken from the parse running beside it. Web Crypto cannot
 * hash incrementally, so a larger file is streamed through `hashStream` instead, never held whole.
 * Both give the standard SHA-256 that `sha256sum` prints.
 */
// Straight from their modules, not the shared/csv index: the hash worker's bundle needs no parser.
import { hashStream, type StreamHash } from '../../shared/csv/hash-stream';
import { csvFail, type CsvResult } from '../../shared/csv/settings';

/**
 * Above this a file is hashed streaming: the whole-file buffer costs its size in memory for the import's
 * duration, acceptable up to a 1M-row log (~85 MB), not for the 2 GB the importer allows. Up to it, the
 * app's import worker fingerprints the file from its own reads (`whole-file-digest.ts`).
 */
export const NATIVE_DIGEST_MAX_BYTES = 128 * 1024 * 1024;

export interface HashFileOptions {
  /** Injected in tests: 0 forces the streaming path. */
  readonly maxNativeBytes?: number;
  readonly subtle?: Pick<SubtleCrypto, 'digest'> | null;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** Resolves with the digest and the bytes hashed, or why not; never rejects. */
export async function hashFile(file: Blob, options: HashFileOptions = {}): Promise<CsvResult<StreamHash>> {
  const max = options.maxNativeBytes ?? NATIVE_DIGEST_MAX_BYTES;
  const subtle = options.subtle === undefined ? (globalThis.crypto?.subtle ?? null) : options.subtle;
  if (subtle === null || file.size > max || typeof file.arrayBuffer !== 'function') return hashStream(file.stream());
  try {
    const buffer = await file.arrayBuffer();
    const digest = new Uint8Array(await subtle.digest('SHA-256', buffer));
    return { ok: true, value: { sha256: hex(digest), bytes: buffer.byteLength } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return csvFail('internal', `The file could not be read (${detail}).`);
  }
}

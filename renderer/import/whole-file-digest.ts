/**
 * One read of a file for both its import and its SHA-256. The import worker passes every chunk it
 * reads through `tee`, which copies it into one buffer of the file's size; when the parse is done,
 * the platform digests that buffer (`crypto.subtle.digest`, which needs the whole input at once).
 *
 * Before, a second worker read the same File whole and digested it while the parse ran: on a 2-core
 * machine its reading and hashing took CPU from the parse (`npm run bench:app`: +14% wall time). A copy
 * of each chunk costs the parse far less than that, and the native digest after it a few
 * milliseconds per 10 MB. Memory is the same: the whole-file buffer was the hash worker's before.
 * Only for files up to `NATIVE_DIGEST_MAX_BYTES`; a larger one is hashed streaming, never held whole.
 * The digest is the standard SHA-256 that `sha256sum` prints.
 */
import { csvFail, type CsvResult } from '../../shared/csv/settings';
import type { StreamHash } from '../../shared/csv/hash-stream';
import { runImportJob, type ImportJob, type ImportJobHooks, type ImportJobResult } from './run-import-job';
import { withHash } from './with-hash';

export interface WholeFileDigest {
  /** The chunks of `source`, unchanged and in order, each copied into the whole-file buffer on the way. */
  tee(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array>;
  /**
   * The SHA-256 of the bytes that went through `tee`, or why not: a count other than the size the file
   * had when chosen means it changed on disk while it was read.
   */
  digest(): Promise<CsvResult<StreamHash>>;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const FILE_CHANGED_MESSAGE = 'The file changed on disk while it was being imported. Nothing was imported; please import it again.';

/**
 * `size`: the File's size; `subtle`: the platform's Web Crypto (injected in tests). The digest starts
 * as soon as the file's last byte has been read, so it runs (on the platform's own thread) while the
 * importer still parses the last chunk and encodes the stored form; `digest()` waits for it.
 */
export function wholeFileDigest(size: number, subtle: Pick<SubtleCrypto, 'digest'>): WholeFileDigest {
  let whole: Uint8Array<ArrayBuffer> | null = new Uint8Array(size);
  let received = 0;
  let started: Promise<CsvResult<StreamHash>> | null = null;
  const start = (): Promise<CsvResult<StreamHash>> => {
    const bytes = whole;
    whole = null;
    if (bytes === null) return Promise.resolve(csvFail('internal', 'The file was already fingerprinted.'));
    if (received !== size) return Promise.resolve(csvFail('internal', FILE_CHANGED_MESSAGE));
    // Never rejects: an import that fails before asking for the digest leaves no unhandled rejection.
    return Promise.resolve()
      .then(() => subtle.digest('SHA-256', bytes))
      .then(
        (digest): CsvResult<StreamHash> => ({ ok: true, value: { sha256: hex(new Uint8Array(digest)), bytes: size } }),
        (error: unknown) => csvFail('internal', `The file could not be fingerprinted (${error instanceof Error ? error.message : String(error)}).`),
      );
  };
  return {
    async *tee(source) {
      for await (const chunk of source) {
        // Copied before the importer sees the chunk: whatever it does with it, the digest gets the bytes as read.
        if (whole !== null && received + chunk.length <= size) whole.set(chunk, received);
        received += chunk.length;
        // The last byte is in: digest now, while the importer still parses this chunk and encodes.
        if (received === size) started ??= start();
        yield chunk;
      }
      started ??= start();
    },
    async digest() {
      // More bytes came after the digest started: the file grew while it was read.
      if (received !== size) return csvFail('internal', FILE_CHANGED_MESSAGE);
      const pending = started ?? start();
      // A second call finds nothing left to fingerprint.
      started = Promise.resolve(csvFail('internal', 'The file was already fingerprinted.'));
      return pending;
    },
  };
}

/**
 * What the import worker runs when it fingerprints the file itself: the import job on `source` (the
 * file's chunks, `size` bytes in all) with `hash: false`, then, once the rows are parsed (`onParsed`),
 * the digest of the same bytes in the summary. Without Web Crypto (`subtle` null) the importer's own
 * streaming SHA-256 does it instead.
 */
export async function runDigestingImport(
  source: AsyncIterable<Uint8Array>,
  size: number,
  job: ImportJob,
  hooks: ImportJobHooks & { readonly subtle: Pick<SubtleCrypto, 'digest'> | null; readonly onParsed?: () => void },
): Promise<ImportJobResult> {
  const { subtle, onParsed, ...jobHooks } = hooks;
  if (subtle === null) return runImportJob(source, { ...job, hash: true }, jobHooks);
  const whole = wholeFileDigest(size, subtle);
  const imported = await runImportJob(whole.tee(source), { ...job, hash: false }, jobHooks);
  if (!imported.ok) return imported;
  onParsed?.();
  return withHash(imported, await whole.digest());
}

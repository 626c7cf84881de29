/**
 * SHA-256 of a whole byte source, for a worker of its own beside the import.
 *
 * Hashing is a third of an import's CPU time and needs nothing the parser produces, so the app hashes
 * the file on the second core: one worker runs `runImport(file.stream(), { …, hash: false }, …)`, another
 * `hashStream(file.stream())`, and the import's record takes `sha256` from the second. Both read the
 * File themselves; neither holds it in memory. Same pure-TS SHA-256 as the importer's own `hash: true`.
 */
import { chunksOf, type ByteSource } from './byte-source';
import { csvFail, type CsvResult } from './settings';
import { createSha256 } from './sha256';

export interface StreamHash {
  /** Lowercase hex, as `ImportSummary.sha256`. */
  readonly sha256: string;
  /** Bytes hashed: equals `ImportSummary.bytes` when both read the same file. */
  readonly bytes: number;
}

export interface HashStreamOptions {
  readonly signal?: AbortSignal;
  /** Called after each chunk with the bytes hashed so far. */
  readonly onProgress?: (bytes: number) => void;
}

/** Hashes every byte of `source`; resolves with the digest, or why not (cancelled, unreadable). Never rejects. */
export async function hashStream(source: ByteSource, options: HashStreamOptions = {}): Promise<CsvResult<StreamHash>> {
  const cancelled = (): CsvResult<never> => csvFail('cancelled', 'Hashing the file was cancelled.');
  const hasher = createSha256();
  if (options.signal?.aborted) return cancelled();
  try {
    for await (const chunk of chunksOf(source)) {
      if (options.signal?.aborted) return cancelled();
      hasher.update(chunk);
      options.onProgress?.(hasher.length);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return csvFail('internal', `The file could not be read (${detail}).`);
  }
  if (options.signal?.aborted) return cancelled();
  const bytes = hasher.length;
  return { ok: true, value: { sha256: hasher.digestHex(), bytes } };
}

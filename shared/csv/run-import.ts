/** Driving the importer from a byte source: a web ReadableStream, a Node stream, or chunks in an array. */
import { chunksOf, type ByteSource } from './byte-source';
import { createImporter } from './importer';
import type { ImportCallbacks, ImportOptions, ImportSummary } from './import-types';
import type { ImportKind } from './kinds';
import { csvFail, type CsvResult } from './settings';

export type { ByteSource } from './byte-source';

/**
 * Imports from any byte source — `file.stream()` in a worker, `fs.createReadStream()` in Node, an array
 * in tests — and resolves with the summary or the reason the file was refused. `signal` cancels.
 */
export async function runImport<K extends ImportKind>(
  source: ByteSource,
  options: ImportOptions<K> & { readonly signal?: AbortSignal },
  callbacks: ImportCallbacks<K>,
): Promise<CsvResult<ImportSummary>> {
  const importer = createImporter(options, callbacks);
  const cancelled = (): CsvResult<ImportSummary> => {
    importer.cancel();
    return importer.end();
  };
  if (options.signal?.aborted) return cancelled();
  if (importer.stopped) return importer.end();
  try {
    for await (const chunk of chunksOf(source)) {
      if (options.signal?.aborted) return cancelled();
      importer.push(chunk);
      if (importer.stopped) break;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    importer.cancel();
    return csvFail('internal', `The file could not be read (${detail}).`);
  }
  if (options.signal?.aborted) return cancelled();
  return importer.end();
}

/**
 * An import worker's handling of `start` (`import-worker.ts`; tests call it with stand-ins). The window
 * waits for exactly one `done`: a job that throws where nothing catches it (a buffer the browser cannot
 * allocate for a huge file, a defect) would otherwise be an unhandled rejection inside the worker, which
 * the window never hears of, and the wizard would say "Importing…" for ever. It answers with the reason.
 */
import type { ImportProgress } from '../../shared/csv';
import { blobChunks } from './file-chunks';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import { rowsTransfer, runImportJob, type ImportJobResult } from './run-import-job';
import { runDigestingImport } from './whole-file-digest';
import { importFailure } from './with-hash';

/** What runs the job; the worker uses the real two, tests pass ones that fail. */
export interface WholeRunners {
  readonly plain: typeof runImportJob;
  readonly digesting: typeof runDigestingImport;
}

const realRunners: WholeRunners = { plain: runImportJob, digesting: runDigestingImport };

export function startWhole(
  message: Extract<ToImportWorker, { type: 'start' }>,
  signal: AbortSignal,
  post: (reply: FromImportWorker, transfer: Transferable[]) => void,
  runners: WholeRunners = realRunners,
): Promise<void> {
  const { file } = message;
  const hooks = {
    signal,
    onProgress: (progress: ImportProgress) => post({ type: 'progress', progress }, []),
    onSample: (rows: Uint8Array) => post({ type: 'sample', rows }, [rows.buffer as ArrayBuffer]),
  };
  const running = (async (): Promise<ImportJobResult> =>
    message.digest
      ? runners.digesting(blobChunks(file), file.size, message.job, {
          ...hooks,
          subtle: globalThis.crypto?.subtle ?? null,
          onParsed: () => post({ type: 'parsed' }, []),
        })
      : runners.plain(blobChunks(file), message.job, hooks))();
  return running
    .catch((error: unknown) => importFailure('internal', `The import stopped because of an unexpected problem (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}). Nothing was imported.`))
    .then((result) => {
      try {
        post({ type: 'done', result }, rowsTransfer(result));
      } catch (error) {
        // An answer that cannot be sent (no memory to copy it) says so instead of leaving the window waiting.
        post({ type: 'done', result: importFailure('internal', `The import's result could not be handed to the window (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`) }, []);
      }
    });
}

/**
 * Starts an import off the UI thread: in a Web Worker where there is one (the browser build
 * and Electron alike), otherwise (jsdom in component tests) inline, through the same
 * `runImportJob`. Either way the caller gets progress, a cancel, and one result.
 */
import type { ImportProgress } from '../../shared/csv';
import { csvFail, type CsvFailureReason } from '../../shared/csv/settings';
import { blobChunks } from './file-chunks';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import { runImportJob, type ImportJob, type ImportJobResult } from './run-import-job';

export interface RunningImport {
  readonly result: Promise<ImportJobResult>;
  /** Stops at once; `result` then reports the cancellation. */
  cancel(): void;
}

function failure(reason: CsvFailureReason, message: string): ImportJobResult {
  const result = csvFail(reason, message);
  if (result.ok) throw new Error('csvFail always fails');
  return result;
}

const cancelled = (): ImportJobResult => failure('cancelled', 'The import was cancelled; nothing was imported.');

export function startImport(file: Blob, job: ImportJob, onProgress: (progress: ImportProgress) => void): RunningImport {
  if (typeof Worker === 'undefined') return startInline(file, job, onProgress);
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'csv-import' });
  let settle: (result: ImportJobResult) => void = () => undefined;
  const result = new Promise<ImportJobResult>((resolve) => {
    settle = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else settle(message.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(failure('internal', `The import stopped because of an unexpected problem (${event.message || 'worker error'}).`));
  };
  worker.postMessage({ type: 'start', file, job } satisfies ToImportWorker);
  return {
    result,
    // Terminating is immediate even in the middle of a megabyte chunk; nothing was stored yet.
    cancel: () => settle(cancelled()),
  };
}

function startInline(file: Blob, job: ImportJob, onProgress: (progress: ImportProgress) => void): RunningImport {
  const abort = new AbortController();
  return {
    result: runImportJob(blobChunks(file), job, { signal: abort.signal, onProgress }),
    cancel: () => abort.abort(),
  };
}

/**
 * Starts an import off the UI thread. A file up to `NATIVE_DIGEST_MAX_BYTES` is read once: the import
 * worker parses it and keeps a copy of the bytes it read, which the platform digests when the parse is
 * done (`whole-file-digest.ts`). A larger file is read twice, on two cores: the import worker parses it
 * with `hash: false` while a hash worker streams it through the TypeScript SHA-256. Either way the
 * digest is in the summary, so the "already imported" check and the stored record use it.
 * Where there is no Worker (jsdom in component tests) both halves run inline, the same code.
 * Either way the caller gets progress, a cancel, and one result.
 */
import type { CsvResult, ImportProgress, StreamHash } from '../../shared/csv';
import { hashStream } from '../../shared/csv/hash-stream';
import { blobChunks } from './file-chunks';
import { NATIVE_DIGEST_MAX_BYTES } from './hash-file';
import type { FromHashWorker, FromImportWorker, ToHashWorker, ToImportWorker } from './import-protocol';
import { runImportJob, type ImportJob, type ImportJobResult } from './run-import-job';
import { canSplit, defaultSplitLimits, startSplitImport } from './split-import-client';
import { SPLIT_MIN_BYTES } from './split-import-job';
import { answerLost, hashFailure, importCancelled, importFailure, withHash, workerProblem } from './with-hash';

export interface RunningImport {
  readonly result: Promise<ImportJobResult>;
  /** Stops at once; `result` then reports the cancellation. */
  cancel(): void;
}


/**
 * User Timing marks on the UI thread's timeline (`npm run bench:app` reads them): when the parse and
 * the hash each finished, so the benchmark can tell how much wall time the SHA-256 adds; then when the
 * rows were stored and the metrics computed, so it can tell what the rest of an import is made of.
 */
export const mark = (name: 'rr:import-start' | 'rr:import-parsed' | 'rr:import-hashed' | 'rr:import-stored' | 'rr:metrics-computed'): void => {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
};

const newImportWorker = (): Worker => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'csv-import' });

/**
 * Import workers started ahead of their import (when the wizard opens a file): by the time Import is
 * clicked their module is loaded, compiled and run, which otherwise comes first in every import. Used
 * by one import at most; `dispose` ends those none took.
 */
export interface PreparedImportWorker {
  /** A worker, each once; null when none is left (or once disposed). */
  take(): Worker | null;
  dispose(): void;
}

/**
 * Null where there is no Worker (jsdom): imports run inline there. `size`: the file's; a file big
 * enough to be read on two cores (`SPLIT_MIN_BYTES`) gets two workers.
 */
export function prepareImportWorker(size = 0): PreparedImportWorker | null {
  if (typeof Worker === 'undefined') return null;
  const waiting = Array.from({ length: size >= SPLIT_MIN_BYTES ? 2 : 1 }, () => {
    const entry = { worker: newImportWorker(), failed: false };
    // A worker that failed to start while it waited is not handed on: its error was already reported here.
    entry.worker.onerror = (event) => {
      event.preventDefault();
      entry.failed = true;
    };
    return entry;
  });
  return {
    take() {
      for (let entry = waiting.shift(); entry !== undefined; entry = waiting.shift()) {
        if (entry.failed) {
          entry.worker.terminate();
          continue;
        }
        entry.worker.onerror = null;
        return entry.worker;
      }
      return null;
    },
    dispose() {
      for (const entry of waiting.splice(0)) entry.worker.terminate();
    },
  };
}

/** What else an import can be given: a worker started ahead, and where its early sample of rows goes. */
export interface ImportExtras {
  /** An import worker started ahead (`prepareImportWorker`), taken here when it is still unused. */
  readonly prepared?: PreparedImportWorker | null;
  /** The first accepted rows in the stored form, while the rest is parsed (worker only; `run-import-job.ts`). */
  readonly onSample?: (rows: Uint8Array) => void;
}

/**
 * `knownSha256`: the file's fingerprint when it is already known (a workbook's, taken when it was read;
 * `file` is then its sheet as CSV text, which is not what the record fingerprints), so no hash worker runs.
 */
export function startImport(
  file: Blob,
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  knownSha256?: string,
  extras: ImportExtras = {},
): RunningImport {
  const { prepared, onSample = () => undefined } = extras;
  if (typeof Worker === 'undefined') {
    prepared?.dispose();
    if (knownSha256 !== undefined) return startKnownHash(file, job, onProgress, knownSha256, null);
    return startInline(file, job, onProgress);
  }
  const worker = prepared?.take() ?? newImportWorker();
  const cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1);
  const split = knownSha256 === undefined && canSplit(file.size, job, defaultSplitLimits(NATIVE_DIGEST_MAX_BYTES), cores, globalThis.crypto?.subtle !== undefined);
  // The second worker prepared for a big file, when it is not read in two parts after all.
  const second = split ? (prepared?.take() ?? newImportWorker()) : null;
  prepared?.dispose();
  if (knownSha256 !== undefined) return startKnownHash(file, job, onProgress, knownSha256, worker, onSample);
  if (second !== null) {
    return startSplitImport(file, job, [worker, second], {
      onProgress,
      onSample,
      mark,
      serial: (sample) => startImportWorker(newImportWorker(), file, job, onProgress, { digest: true, onSample: sample }),
    });
  }
  if (file.size <= NATIVE_DIGEST_MAX_BYTES) return startImportWorker(worker, file, job, onProgress, { digest: true, onSample });
  const importWorker = worker;
  const hashWorker = new Worker(new URL('./hash-worker.ts', import.meta.url), { type: 'module', name: 'csv-hash' });
  let imported: ImportJobResult | null = null;
  let hashed: CsvResult<StreamHash> | null = null;
  let settled = false;
  let resolveResult: (result: ImportJobResult) => void = () => undefined;
  const result = new Promise<ImportJobResult>((resolve) => (resolveResult = resolve));
  // The first failure, or the cancel, ends both workers at once; success waits for both.
  const settle = (value: ImportJobResult): void => {
    if (settled) return;
    settled = true;
    importWorker.terminate();
    hashWorker.terminate();
    resolveResult(value);
  };
  const settleWhenBoth = (): void => {
    if (imported && hashed) settle(withHash(imported, hashed));
  };

  importWorker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'sample') onSample(message.rows);
    else if (message.type === 'parsed') return;
    else if (!message.result.ok) settle(message.result);
    else {
      mark('rr:import-parsed');
      imported = message.result;
      settleWhenBoth();
    }
  };
  importWorker.onerror = (event) => {
    event.preventDefault();
    settle(importFailure('internal', `The import stopped because of an unexpected problem (${workerProblem(event)}).`));
  };
  importWorker.onmessageerror = () => settle(answerLost());
  hashWorker.onmessage = (event: MessageEvent<FromHashWorker>) => {
    const answer = event.data.result;
    if (!answer.ok) settle(hashFailure(answer.error.message));
    else {
      mark('rr:import-hashed');
      hashed = answer;
      settleWhenBoth();
    }
  };
  hashWorker.onerror = (event) => {
    event.preventDefault();
    settle(hashFailure(`an unexpected problem (${workerProblem(event)}).`));
  };
  hashWorker.onmessageerror = () => settle(answerLost());

  mark('rr:import-start');
  importWorker.postMessage({ type: 'start', file, job: { ...job, hash: false } } satisfies ToImportWorker);
  hashWorker.postMessage({ type: 'start', file } satisfies ToHashWorker);
  return {
    result,
    // Terminating is immediate even in the middle of a megabyte chunk; nothing was stored yet.
    cancel: () => settle(importCancelled()),
  };
}

/** Both halves on this thread, their chunks interleaved (as in jsdom tests); a failure of either cancels the other. */
function startInline(file: Blob, job: ImportJob, onProgress: (progress: ImportProgress) => void): RunningImport {
  const abort = new AbortController();
  const stopOnFailure = <T extends { readonly ok: boolean }>(outcome: T): T => {
    if (!outcome.ok) abort.abort();
    return outcome;
  };
  const imported = runImportJob(blobChunks(file), { ...job, hash: false }, { signal: abort.signal, onProgress }).then(stopOnFailure);
  const hashed = hashStream(blobChunks(file), { signal: abort.signal }).then(stopOnFailure);
  return {
    result: Promise.all([imported, hashed]).then(([i, h]) => withHash(i, h)),
    cancel: () => abort.abort(),
  };
}

/** The import alone (in its worker, or inline without Worker), with a fingerprint taken earlier. */
function startKnownHash(
  file: Blob,
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  sha256: string,
  worker: Worker | null,
  onSample: (rows: Uint8Array) => void = () => undefined,
): RunningImport {
  const attach = (result: ImportJobResult): ImportJobResult =>
    result.ok ? { ...result, summary: { ...result.summary, sha256 } } : result;
  if (worker === null) {
    const abort = new AbortController();
    const imported = runImportJob(blobChunks(file), { ...job, hash: false }, { signal: abort.signal, onProgress });
    return { result: imported.then(attach), cancel: () => abort.abort() };
  }
  return startImportWorker(worker, file, job, onProgress, { digest: false, attach, onSample });
}

/**
 * The import worker alone: with `digest`, it fingerprints the file from its own reads; otherwise the
 * fingerprint comes from `attach`.
 */
function startImportWorker(
  worker: Worker,
  file: Blob,
  job: ImportJob,
  onProgress: (progress: ImportProgress) => void,
  how: { readonly digest: boolean; readonly attach?: (result: ImportJobResult) => ImportJobResult; readonly onSample: (rows: Uint8Array) => void },
): RunningImport {
  let settled = false;
  let resolveResult: (result: ImportJobResult) => void = () => undefined;
  const result = new Promise<ImportJobResult>((resolve) => (resolveResult = resolve));
  const settle = (value: ImportJobResult): void => {
    if (settled) return;
    settled = true;
    worker.terminate();
    resolveResult(value);
  };
  worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message.progress);
    else if (message.type === 'sample') how.onSample(message.rows);
    else if (message.type === 'parsed') mark('rr:import-parsed');
    else {
      if (how.digest && message.result.ok) mark('rr:import-hashed');
      settle(how.attach ? how.attach(message.result) : message.result);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(importFailure('internal', `The import stopped because of an unexpected problem (${workerProblem(event)}).`));
  };
  worker.onmessageerror = () => settle(answerLost());
  if (how.digest) mark('rr:import-start');
  worker.postMessage({ type: 'start', file, job: { ...job, hash: false }, digest: how.digest } satisfies ToImportWorker);
  return { result, cancel: () => settle(importCancelled()) };
}

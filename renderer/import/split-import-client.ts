/**
 * A big file imported on two cores: one import worker reads the bytes before a cut near the middle,
 * another reads the rest and merges (`split-part-run.ts`). The merged result is exactly a one-worker
 * import's (`split-import-job.ts`); whenever a part cannot be sure of that (`split_refused`), or no cut
 * is found, the file is imported whole by `serial`, as before. Progress adds both workers' counts.
 */
import { chooseCut, type ImportProgress } from '../../shared/csv';
import { readWhole } from '../../shared/csv/split-rule';
import { readRange } from './file-chunks';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import type { ImportJob, ImportJobResult } from './run-import-job';
import { CUT_AT, CUT_PROBE_BYTES, SPLIT_MIN_BYTES, partJobs } from './split-import-job';
import type { RunningImport } from './import-client';
import { importCancelled, importFailure, workerProblem } from './with-hash';

export interface SplitLimits {
  readonly minBytes: number;
  readonly maxBytes: number;
}

/** Whether the file can be read in two parts here: big enough, an encoding whose line breaks are single bytes, two cores, Web Crypto. */
export function canSplit(size: number, job: ImportJob, limits: SplitLimits, cores: number, subtle: boolean): boolean {
  return cores >= 2 && subtle && size >= Math.max(limits.minBytes, 1) && size <= limits.maxBytes && readWhole(job.settings) === null;
}

export const defaultSplitLimits = (maxBytes: number): SplitLimits => ({ minBytes: SPLIT_MIN_BYTES, maxBytes });

export interface SplitHooks {
  readonly onProgress: (progress: ImportProgress) => void;
  readonly onSample: (rows: Uint8Array) => void;
  /** User Timing marks, as the one-worker import sets them. */
  readonly mark: (name: 'rr:import-start' | 'rr:import-parsed' | 'rr:import-hashed') => void;
  /** The whole file on one worker: when no cut is found or a part refuses. */
  readonly serial: (onSample: (rows: Uint8Array) => void) => RunningImport;
}

export function startSplitImport(file: Blob, job: ImportJob, workers: readonly [Worker, Worker], hooks: SplitHooks): RunningImport {
  const [firstWorker, restWorker] = workers;
  let cancelled = false;
  let fallback: RunningImport | null = null;
  let sampled = false;
  let resolveTwo: (result: ImportJobResult) => void = () => undefined;
  const two = new Promise<ImportJobResult>((resolve) => (resolveTwo = resolve));
  const stop = (): void => {
    firstWorker.terminate();
    restWorker.terminate();
  };
  const settle = (result: ImportJobResult): void => {
    stop();
    resolveTwo(result);
  };
  const progress: [ImportProgress | null, ImportProgress | null] = [null, null];
  const report = (index: 0 | 1, p: ImportProgress): void => {
    progress[index] = p;
    const [a, b] = progress;
    const sum = (key: 'bytes' | 'records' | 'accepted' | 'rejected'): number => (a?.[key] ?? 0) + (b?.[key] ?? 0);
    hooks.onProgress({ bytes: sum('bytes'), totalBytes: file.size, records: sum('records'), accepted: sum('accepted'), rejected: sum('rejected') });
  };

  firstWorker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') report(0, message.progress);
    else if (message.type === 'sample') {
      sampled = true;
      hooks.onSample(message.rows);
    }
  };
  restWorker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const message = event.data;
    if (message.type === 'progress') report(1, message.progress);
    else if (message.type === 'parsed') hooks.mark('rr:import-parsed');
    else if (message.type === 'done') {
      if (message.result.ok) hooks.mark('rr:import-hashed');
      settle(message.result);
    }
  };
  // A worker that fails is not the file's fault: the file is then read whole by one worker, which
  // reports the problem if it is real.
  for (const worker of workers) {
    worker.onerror = (event) => {
      event.preventDefault();
      settle(importFailure('split_refused', `An import worker stopped unexpectedly (${workerProblem(event)}).`));
    };
    worker.onmessageerror = () => settle(importFailure('split_refused', 'An import worker answered, but its answer could not be received.'));
  }

  const start = async (): Promise<ImportJobResult> => {
    const mid = Math.floor(file.size * CUT_AT);
    // Unreadable: the serial import reads the file again and reports what is wrong with it.
    const cut = await readRange(file, mid, mid + CUT_PROBE_BYTES).then(
      (probe) => chooseCut(probe, mid),
      () => null,
    );
    if (cancelled) return importCancelled();
    if (cut === null) return runSerial();
    hooks.mark('rr:import-start');
    const jobs = partJobs(job, cut);
    const channel = new MessageChannel();
    firstWorker.postMessage({ type: 'start-part', file: file.slice(0, cut), job: jobs.first, port: channel.port1 } satisfies ToImportWorker, [channel.port1]);
    restWorker.postMessage({ type: 'start-part', file, job: jobs.rest, port: channel.port2 } satisfies ToImportWorker, [channel.port2]);
    const result = await two;
    if (!result.ok && result.error.reason === 'split_refused' && !cancelled) return runSerial();
    return result;
  };

  const runSerial = (): Promise<ImportJobResult> => {
    stop();
    progress[0] = progress[1] = null;
    // The warm-up sample came already when the first part got that far: once is enough.
    fallback = hooks.serial(sampled ? () => undefined : hooks.onSample);
    return fallback.result;
  };

  return {
    result: start(),
    cancel: () => {
      cancelled = true;
      fallback?.cancel();
      settle(importCancelled());
    },
  };
}

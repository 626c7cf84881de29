/**
 * Case (g) of `npm run bench`: the app's import of a file between 8 and 128 MiB, read on two cores
 * (renderer/import/split-import-client.ts): two threads, started before the clock as the app starts its
 * import workers when the file is chosen; the cut chosen as the app chooses it; the first part's result
 * handed to the second thread, which merges and fingerprints. Ends when the merged result is back.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { chooseCut, previewCsv } from '../shared/csv';
import { runImportJob, type ImportJob, type ImportJobResult } from '../renderer/import/run-import-job';
import { CUT_AT, CUT_PROBE_BYTES, partJobs } from '../renderer/import/split-import-job';
import type { PartOrder } from './part-worker';
import { fileChunks, fileRange } from './read-file';

const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'part-worker.mjs');

/** `length` bytes at `from`, in one read. */
function readAt(path: string, from: number, length: number): Uint8Array {
  return fileRange(path, from, from + length, length).next().value ?? new Uint8Array(0);
}

function started(): Promise<Worker> {
  const worker = new Worker(workerFile);
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
  });
}

function answer(worker: Worker): Promise<{ result?: ImportJobResult; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export interface SplitOutcome {
  readonly result: ImportJobResult;
  /** From the orders to the merged result. */
  readonly ms: number;
  /** CPU time of the two threads. */
  readonly cpuMs: number;
  readonly cut: number;
}

/** Imports the file at `path` as the app's two import workers would (kind quality, as the other cases). */
/** The job the app's wizard would settle for the file (its preview of the first 64 KB). */
function jobOf(path: string, today: string): ImportJob {
  const size = statSync(path).size;
  const preview = previewCsv(readAt(path, 0, 1 << 16), { totalBytes: size, kind: 'quality', today });
  if (!preview.ok) throw new Error(preview.error.message);
  return { kind: 'quality', settings: preview.value.settings, mapping: preview.value.mapping, today, totalBytes: size };
}

/** The same import on this one thread, for (g)'s check that two threads store the very same bytes. */
export async function importOnOneThread(path: string, today: string): Promise<ImportJobResult> {
  return runImportJob(fileChunks(path), { ...jobOf(path, today), hash: false });
}

export async function importOnTwoThreads(path: string, today: string, cutAt = CUT_AT): Promise<SplitOutcome> {
  const size = statSync(path).size;
  const job = jobOf(path, today);
  const workers = await Promise.all([started(), started()]);
  try {
    const clock = performance.now();
    const mid = Math.floor(size * cutAt);
    const cut = chooseCut(readAt(path, mid, CUT_PROBE_BYTES), mid);
    if (cut === null) throw new Error('no place to cut the file');
    const jobs = partJobs(job, cut);
    const channel = new MessageChannel();
    const answers = workers.map(answer);
    const orders: PartOrder[] = [
      { path, size, cut, job: jobs.first, port: channel.port1 },
      { path, size, cut, job: jobs.rest, port: channel.port2 },
    ];
    workers[0]!.postMessage(orders[0], [channel.port1]);
    workers[1]!.postMessage(orders[1], [channel.port2]);
    const [first, rest] = await Promise.all(answers);
    const ms = performance.now() - clock;
    if (!rest!.result) throw new Error('the second thread gave no result');
    return { result: rest!.result, ms, cpuMs: first!.cpuMs + rest!.cpuMs, cut };
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

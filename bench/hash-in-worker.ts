/** Starts bench/hash-worker.ts and resolves with its digest: case (d)'s second core. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StreamHash } from '../shared/csv/hash-stream';
import type { CsvResult } from '../shared/csv/settings';

/** Built next to cli.mjs by run.mjs (a second entry of the bundle). */
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'hash-worker.mjs');

/** The digest, and the CPU time the worker thread spent reading and hashing. */
export type WorkerHash = StreamHash & { readonly cpuMs: number };

export interface HashWorker {
  readonly result: Promise<WorkerHash>;
  /** Hands the whole file's bytes over (transferred) to a worker started without a path. */
  send(bytes: Uint8Array<ArrayBuffer>): void;
}

/**
 * Hashes the file at `path` in a new worker thread that reads it itself; or, with `path` null, the bytes
 * given to `send` (natively). `result` rejects when the worker fails.
 */
export function hashInWorker(path: string | null): HashWorker {
  const worker = new Worker(workerFile, { workerData: { path } });
  const result = new Promise<WorkerHash>((resolve, reject) => {
    let settled = false;
    worker.once('message', ({ result: answer, cpuMs }: { result: CsvResult<StreamHash>; cpuMs: number }) => {
      settled = true;
      if (answer.ok) resolve({ ...answer.value, cpuMs });
      else reject(new Error(answer.error.message));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The hash worker stopped with exit code ${code} before answering.`));
    });
  });
  return { result, send: (bytes) => worker.postMessage(bytes, [bytes.buffer]) };
}

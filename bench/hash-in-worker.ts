/** Starts bench/hash-worker.ts on a file and resolves with its digest: case (d)'s second core. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StreamHash } from '../shared/csv/hash-stream';
import type { CsvResult } from '../shared/csv/settings';

/** Built next to cli.mjs by run.mjs (a second entry of the bundle). */
const workerFile = join(dirname(fileURLToPath(import.meta.url)), 'hash-worker.mjs');

/** The digest, and the CPU time the worker thread spent reading and hashing. */
export type WorkerHash = StreamHash & { readonly cpuMs: number };

/** Hashes the file at `path` in a new worker thread; rejects when the worker fails. */
export function hashInWorker(path: string): Promise<WorkerHash> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: { path } });
    let settled = false;
    worker.once('message', ({ result, cpuMs }: { result: CsvResult<StreamHash>; cpuMs: number }) => {
      settled = true;
      if (result.ok) resolve({ ...result.value, cpuMs });
      else reject(new Error(result.error.message));
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
}

/**
 * The benchmark's hash worker (a worker_thread, its own entry of the bench bundle), mirroring the app's:
 * - given a `path`, it reads the file itself and hashes it with the importer's pure-TS SHA-256 (`hashStream`)
 *   while case (d) imports the same file on the main thread (the app's hash worker, for a file over 128 MiB);
 * - given no path, it waits for the whole file's bytes (transferred, not copied, once the import has read
 *   them) and digests them natively, off the import's thread, as Chromium's Web Crypto does for the app's
 *   import worker (a file up to 128 MiB).
 * Posts the `CsvResult<StreamHash>` and the CPU time the worker thread spent.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { hashStream } from '../shared/csv/hash-stream';
import type { CsvResult } from '../shared/csv/settings';
import type { StreamHash } from '../shared/csv/hash-stream';
import { fileChunks } from './read-file';

const { path } = workerData as { readonly path: string | null };
if (path !== null) {
  const cpuBefore = process.threadCpuUsage();
  const result = await hashStream(fileChunks(path));
  const cpu = process.threadCpuUsage(cpuBefore);
  parentPort?.postMessage({ result, cpuMs: (cpu.user + cpu.system) / 1000 });
} else {
  parentPort?.once('message', (bytes: Uint8Array) => {
    const cpuBefore = process.threadCpuUsage();
    const result: CsvResult<StreamHash> = { ok: true, value: { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length } };
    const cpu = process.threadCpuUsage(cpuBefore);
    parentPort?.postMessage({ result, cpuMs: (cpu.user + cpu.system) / 1000 });
  });
}

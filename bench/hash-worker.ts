/**
 * The benchmark's hash worker (a worker_thread, its own entry of the bench bundle), mirroring the app's:
 * it reads the file itself and hashes it with the importer's pure-TS SHA-256 (`hashStream`) while case (d)
 * imports the same file with `hash: false` on the main thread. Posts the `CsvResult<StreamHash>` and the
 * CPU time the worker thread spent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { hashStream } from '../shared/csv/hash-stream';
import { fileChunks } from './read-file';

const { path } = workerData as { readonly path: string };
const cpuBefore = process.threadCpuUsage();
const result = await hashStream(fileChunks(path));
const cpu = process.threadCpuUsage(cpuBefore);
parentPort?.postMessage({ result, cpuMs: (cpu.user + cpu.system) / 1000 });

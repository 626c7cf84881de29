/**
 * One thread of case (g) in `npm run bench`: a part of the file imported as the app's import workers
 * import it on two cores (renderer/import/split-part-run.ts, the same functions), here on Node's
 * worker threads reading the file from disk. Bundled by bench/run.mjs next to cli.mjs.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { ImportJob, ImportJobResult } from '../renderer/import/run-import-job';
import type { PartJobResult } from '../renderer/import/split-import-job';
import { partTransfer, runFirstPart, runRestPart } from '../renderer/import/split-part-run';

export interface PartOrder {
  readonly path: string;
  readonly size: number;
  readonly cut: number;
  readonly job: ImportJob;
  /** To the other part's thread: the first part's result goes through it. */
  readonly port: MessagePort;
}

const READ_CHUNK = 1 << 20;

/** Bytes `from`–`to` of the file in fresh 1 MiB chunks (as a stream delivers them), or in one read. */
async function* range(path: string, from: number, to: number, chunk = READ_CHUNK): AsyncGenerator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (let at = from; at < to; ) {
      const bytes = new Uint8Array(Math.min(chunk, to - at));
      const n = readSync(fd, bytes, 0, bytes.length, at);
      if (n === 0) break;
      at += n;
      yield n === bytes.length ? bytes : bytes.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

async function* restSource(path: string, cut: number, size: number): AsyncGenerator<Uint8Array> {
  yield* range(path, 0, cut, cut);
  yield* range(path, cut, size);
}

const port = parentPort!;
port.postMessage({ type: 'ready' });
port.on('message', (order: PartOrder) => {
  const started = process.threadCpuUsage();
  const cpuMs = (): number => {
    const cpu = process.threadCpuUsage(started);
    return (cpu.user + cpu.system) / 1000;
  };
  if (order.job.part?.role === 'first') {
    void runFirstPart(range(order.path, 0, order.cut), order.job, {}).then((result) => {
      // The first part's rows go to the other thread; the main thread only needs its CPU time.
      order.port.postMessage({ type: 'first-part', result }, partTransfer(result));
      port.postMessage({ type: 'done', cpuMs: cpuMs() });
    });
    return;
  }
  const first = new Promise<PartJobResult>((resolve) => order.port.once('message', (message: { result: PartJobResult }) => resolve(message.result)));
  void runRestPart(restSource(order.path, order.cut, order.size), order.size, order.job, first, { subtle: globalThis.crypto.subtle }).then((result: ImportJobResult) => {
    port.postMessage({ type: 'done', result, cpuMs: cpuMs() }, result.ok ? [result.rows.buffer as ArrayBuffer] : []);
  });
});

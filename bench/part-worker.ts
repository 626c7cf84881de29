/**
 * One thread of case (g) in `npm run bench`: a part of the file imported as the app's import workers
 * import it on two cores (renderer/import/split-part-run.ts, the same functions), here on Node's
 * worker threads reading the file from disk. Bundled by bench/run.mjs next to cli.mjs.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { rowsTransfer, type ImportJob, type ImportJobResult } from '../renderer/import/run-import-job';
import type { PartJobResult } from '../renderer/import/split-import-job';
import { partTransfer, runFirstPart, runRestPart } from '../renderer/import/split-part-run';
import { fileRange } from './read-file';

export interface PartOrder {
  readonly path: string;
  readonly size: number;
  readonly cut: number;
  readonly job: ImportJob;
  /** To the other part's thread: the first part's result goes through it. */
  readonly port: MessagePort;
}

/** As the app's second worker reads: the bytes before the cut in one read, then the rest chunk by chunk. */
function* restSource(path: string, cut: number, size: number): Generator<Uint8Array> {
  yield* fileRange(path, 0, cut, cut);
  yield* fileRange(path, cut, size);
}

/** The parts take an async source, as a File's stream is. */
async function* toAsync(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield* chunks;
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
    void runFirstPart(toAsync(fileRange(order.path, 0, order.cut)), order.job, {}).then((result) => {
      // The first part's rows go to the other thread; the main thread only needs its CPU time.
      order.port.postMessage({ type: 'first-part', result }, partTransfer(result));
      port.postMessage({ type: 'done', cpuMs: cpuMs() });
    });
    return;
  }
  const first = new Promise<PartJobResult>((resolve) => order.port.once('message', (message: { result: PartJobResult }) => resolve(message.result)));
  void runRestPart(toAsync(restSource(order.path, order.cut, order.size)), order.size, order.job, first, { subtle: globalThis.crypto.subtle }).then((result: ImportJobResult) => {
    port.postMessage({ type: 'done', result, cpuMs: cpuMs() }, rowsTransfer(result));
  });
});

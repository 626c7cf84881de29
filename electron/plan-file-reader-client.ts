import { Worker } from 'node:worker_threads';
import type { PlanFileContents } from '../shared/model/plan-file';
import { fail, type Result } from '../shared/result';

/** The part of a worker thread the client uses; tests pass a stand-in. */
export interface ReaderWorker {
  once(event: 'message', listener: (value: Result<PlanFileContents>) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  postMessage(value: string): void;
  terminate(): Promise<number>;
}

/** Out of memory: reading the same file on the main process's own thread would only take the app down with it. */
const isOutOfMemory = (error: unknown): boolean => typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * Reads and checks plan files in a worker thread, one worker per file (imports are rare, and a
 * finished worker frees the file's memory at once). A worker that cannot start or stops without
 * an answer (a packaging fault: it never ran in a packaged app here) leaves the file to `inPlace`,
 * the same checks on the main process's thread, so an import still works, only less smoothly;
 * a worker out of memory answers with a message. Never a crash.
 */
export function createWorkerPlanFileReader(
  start: () => ReaderWorker,
  inPlace: (filePath: string) => Promise<Result<PlanFileContents>>,
): (filePath: string) => Promise<Result<PlanFileContents>> {
  return (filePath) =>
    new Promise((resolve) => {
      let worker: ReaderWorker;
      try {
        worker = start();
      } catch {
        void inPlace(filePath).then(resolve);
        return;
      }
      let done = false;
      const finish = (result: Result<PlanFileContents>): void => {
        if (done) return;
        done = true;
        void worker.terminate();
        resolve(result);
      };
      const instead = (): void => {
        if (done) return;
        done = true;
        void worker.terminate();
        void inPlace(filePath).then(resolve);
      };
      worker.once('message', finish);
      worker.once('error', (error) => (isOutOfMemory(error) ? finish(fail('too_large', 'The plan file is too large to be read with the memory this computer has left. Nothing was imported.')) : instead()));
      worker.once('exit', instead);
      worker.postMessage(filePath);
    });
}

/** The built worker beside main.js (vite.config.ts builds both). */
export function startBuiltReader(dir: URL): ReaderWorker {
  return new Worker(new URL('./plan-file-reader.js', dir));
}

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

/**
 * Reads and checks plan files in a worker thread, one worker per file (imports are rare, and a
 * finished worker frees the file's memory at once). A worker that fails or stops answers with a
 * message, never a crash.
 */
export function createWorkerPlanFileReader(start: () => ReaderWorker): (filePath: string) => Promise<Result<PlanFileContents>> {
  return (filePath) =>
    new Promise((resolve) => {
      let worker: ReaderWorker;
      try {
        worker = start();
      } catch (error) {
        resolve(fail('io', `The plan file could not be read (${error instanceof Error ? error.message : String(error)}).`));
        return;
      }
      let done = false;
      const finish = (result: Result<PlanFileContents>): void => {
        if (done) return;
        done = true;
        void worker.terminate();
        resolve(result);
      };
      worker.once('message', finish);
      worker.once('error', (error) => finish(fail('io', `The plan file could not be read (${error.message}).`)));
      worker.once('exit', (code) => finish(fail('io', `The plan file could not be read (the reader stopped with code ${code}).`)));
      worker.postMessage(filePath);
    });
}

/** The built worker beside main.js (vite.config.ts builds both). */
export function startBuiltReader(dir: URL): ReaderWorker {
  return new Worker(new URL('./plan-file-reader.js', dir));
}

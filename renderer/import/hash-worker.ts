/**
 * The hash Web Worker: a thin shell around `hashFile` (the platform's digest, or `hashStream` for a
 * large file). It reads the same File as the import worker, at the same time, on another core, and answers with the SHA-256 the import record keeps
 * (the import worker runs with `hash: false`). It is stopped by termination, never by a message.
 */
import { hashFile } from './hash-file';
import type { FromHashWorker, ToHashWorker } from './import-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToHashWorker>) => void) | null;
  postMessage(message: FromHashWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void hashFile(event.data.file).then((result) => scope.postMessage({ type: 'done', result }));
};

/**
 * The hash Web Worker: a thin shell around `hashStream`. It reads the same File as the import
 * worker, at the same time, on another core, and answers with the SHA-256 the import record keeps
 * (the import worker runs with `hash: false`). It is stopped by termination, never by a message.
 */
// Straight from its module, not the shared/csv index: this worker's bundle needs no parser.
import { hashStream } from '../../shared/csv/hash-stream';
import type { FromHashWorker, ToHashWorker } from './import-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToHashWorker>) => void) | null;
  postMessage(message: FromHashWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  void hashStream(event.data.file.stream()).then((result) => scope.postMessage({ type: 'done', result }));
};

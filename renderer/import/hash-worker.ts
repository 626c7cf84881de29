/**
 * The hash Web Worker: a thin shell around `hashFile`. The app starts it only for a file over
 * `NATIVE_DIGEST_MAX_BYTES` (a smaller one is fingerprinted by the import worker from its own reads,
 * `whole-file-digest.ts`): it reads the same File as the import worker, at the same time, on another
 * core, streaming it through `hashStream`, and answers with the SHA-256 the import record keeps (the
 * import worker runs with `hash: false`). It is stopped by termination, never by a message.
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

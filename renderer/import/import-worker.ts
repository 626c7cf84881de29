/**
 * The import Web Worker: a thin shell around `runImportJob`. It reads the File as a stream
 * (so a gigabyte file never sits in memory), posts progress at most every 100 ms, and hands
 * the encoded columns back by transfer, not by copy. Asked to (`digest`), it also fingerprints the
 * file from the same reads (`whole-file-digest.ts`) once the rows are parsed.
 */
import { setFormatLocale } from '../../shared/format/locale';
import type { FromImportWorker, ToImportWorker } from './import-protocol';
import { startPart } from './split-part-run';
import { startWhole } from './whole-run';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToImportWorker>) => void) | null;
  postMessage(message: FromImportWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);
const abort = new AbortController();

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    abort.abort();
    return;
  }
  if (message.type === 'start-part') {
    startPart(message, abort.signal, (reply, transfer) => scope.postMessage(reply, transfer));
    return;
  }
  void startWhole(message, abort.signal, (reply, transfer) => scope.postMessage(reply, transfer));
};

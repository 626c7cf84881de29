/** The workbook Web Worker: a thin shell around `readWorkbookJob`, so unzipping and reading a big sheet never blocks the window. */
import { setFormatLocale } from '../../shared/format/locale';
import type { FromWorkbookWorker, ToWorkbookWorker } from './workbook-protocol';
import { readWorkbookJob } from './workbook-job';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorkbookWorker>) => void) | null;
  postMessage(message: FromWorkbookWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);

scope.onmessage = (event) => {
  void readWorkbookJob(event.data).then((answer) => {
    const transfer = answer.ok && answer.sample ? [answer.sample.buffer as ArrayBuffer] : [];
    scope.postMessage(answer, transfer);
  });
};

/**
 * The window's side of reading a workbook: a short-lived Web Worker per request (inline where there
 * is no Worker, as in jsdom), so the window stays responsive while a large sheet is unzipped and read.
 */
import { workbookFailure } from '../../shared/xlsx';
import type { FromWorkbookWorker, ToWorkbookWorker } from './workbook-protocol';
import { readWorkbookJob, type WorkbookAnswer, type WorkbookRequest } from './workbook-job';

export function readWorkbook(request: WorkbookRequest): Promise<WorkbookAnswer> {
  if (typeof Worker === 'undefined') return readWorkbookJob(request);
  const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module', name: 'xlsx-read' });
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<FromWorkbookWorker>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve({ ok: false, error: workbookFailure('stopped', request.fileName, `stopped with an error (${event.message || 'worker error'})`) });
    };
    worker.onmessageerror = () => {
      worker.terminate();
      resolve({ ok: false, error: workbookFailure('stopped', request.fileName, 'finished, but its answer could not be received (the browser may have run out of memory)') });
    };
    worker.postMessage(request satisfies ToWorkbookWorker);
  });
}

/** Messages between the window and the workbook worker: one request, one answer, then the worker is ended. */
import type { WorkbookAnswer, WorkbookRequest } from './workbook-job';

export type ToWorkbookWorker = WorkbookRequest;
export type FromWorkbookWorker = WorkbookAnswer;

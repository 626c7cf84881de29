/** Messages between the window and the import worker. */
import type { ImportProgress } from '../../shared/csv';
import type { ImportJob, ImportJobResult } from './run-import-job';

export type ToImportWorker = { readonly type: 'start'; readonly file: Blob; readonly job: ImportJob } | { readonly type: 'cancel' };

export type FromImportWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly result: ImportJobResult };

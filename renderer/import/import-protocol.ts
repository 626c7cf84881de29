/** Messages between the window and the two workers of an import: the import worker and the hash worker. */
import type { CsvResult, ImportProgress, StreamHash } from '../../shared/csv';
import type { ImportJob, ImportJobResult } from './run-import-job';

export type ToImportWorker = { readonly type: 'start'; readonly file: Blob; readonly job: ImportJob } | { readonly type: 'cancel' };

export type FromImportWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly result: ImportJobResult };

/** The hash worker's one request (it is terminated rather than cancelled) and its one answer. */
export type ToHashWorker = { readonly type: 'start'; readonly file: Blob };

export type FromHashWorker = { readonly type: 'done'; readonly result: CsvResult<StreamHash> };

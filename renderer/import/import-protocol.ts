/** Messages between the window and the two workers of an import: the import worker and the hash worker. */
import type { CsvResult, ImportProgress, StreamHash } from '../../shared/csv';
import type { ImportJob, ImportJobResult } from './run-import-job';
import type { PartJobResult } from './split-import-job';

/**
 * `digest`: the import worker also fingerprints the file from the chunks it reads (`whole-file-digest.ts`),
 * and no hash worker runs; otherwise the job's own `hash` setting decides.
 */
export type ToImportWorker =
  | { readonly type: 'start'; readonly file: Blob; readonly job: ImportJob; readonly digest?: boolean }
  /**
   * One part of a file read on two threads (`split-import-client.ts`); `job.part` says which. `first`:
   * `file` is the bytes before the cut, and the result goes to `port`. `rest`: `file` is the whole file,
   * the first part's result comes from `port`, and the merged result is this worker's `done`.
   */
  | { readonly type: 'start-part'; readonly file: Blob; readonly job: ImportJob; readonly port: MessagePort }
  | { readonly type: 'cancel' };

/** What the first part's worker sends the second's. */
export type BetweenPartWorkers = { readonly type: 'first-part'; readonly result: PartJobResult };

/**
 * `parsed`: the rows are read and the digest is being computed (only with `digest`). `sample`: the first
 * accepted rows in the stored form, for the metrics engine to warm up on (`run-import-job.ts`, `onSample`).
 */
export type FromImportWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'sample'; readonly rows: Uint8Array }
  | { readonly type: 'parsed' }
  | { readonly type: 'done'; readonly result: ImportJobResult };

/** The hash worker's one request (it is terminated rather than cancelled) and its one answer. */
export type ToHashWorker = { readonly type: 'start'; readonly file: Blob };

export type FromHashWorker = { readonly type: 'done'; readonly result: CsvResult<StreamHash> };

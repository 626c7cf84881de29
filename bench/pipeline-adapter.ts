/**
 * ─── ADAPTER: case (d), the app's own import ───────────────────────────────────────────────
 * The one place where the benchmark meets shared/csv. It runs what the app runs on an import:
 * detect (encoding, delimiter, header) + guess the mapping + decode + parse + validate every
 * row, append accepted rows to the columns builder, and encode the stored form; and the SHA-256 as
 * the app takes it: for a file up to 128 MiB from the same reads (each chunk copied into a whole-file
 * buffer, digested by the platform once the rows are parsed), for a larger one in a second thread that
 * reads the file too (as the app's hash worker does). The import counts as done when both are.
 * Re-wire here if the importer's entry point changes.
 */
import { statSync } from 'node:fs';
import { createImporter } from '../shared/csv/importer';
import { createColumnsBuilder } from '../shared/metrics/column-builder';
import { NATIVE_DIGEST_MAX_BYTES } from '../renderer/import/hash-file';
import { rejectedBody } from '../renderer/import/run-import-job';
import { rejectedRowsCsv } from '../shared/csv/write-csv';
import type { StageInput } from '../shared/metrics/stage-calendar';
import { benchStages } from './generate';
import { hashInWorker } from './hash-in-worker';
import { readChunks } from './read-file';

export interface PipelineOutcome {
  readonly acceptedRows: number;
  readonly rejectedRows: number;
  /** Length of the rejected-rows CSV the app would offer for download. */
  readonly rejectedCsvChars: number;
  /** Rows accepted with a "date after today" warning. */
  readonly futureDatedRows: number;
  readonly storedBytes: number;
  readonly sha256: string;
  /**
   * Of the whole, the time spent finishing the columns and encoding the stored form. (Appending each
   * row to the columns happens inside the import, row by row, and is not timed apart.)
   */
  readonly encodeMs: number;
  /** How much longer than the import the SHA-256 took: the digest after the parse, or the wait for the hash worker. */
  readonly hashWaitMs: number;
  /** CPU time of the hash thread (0 without one). */
  readonly hashCpuMs: number;
  /** How the SHA-256 was taken. */
  readonly hash: HashMode;
}

/**
 * Where the SHA-256 is computed: `same-reads` (the app's way up to 128 MiB: the chunks the import reads,
 * copied, and digested natively after the parse off the import's thread, as Chromium's Web Crypto does),
 * `worker` (the app's way beyond: a second thread reading the file too), `inline` (the importer's own
 * `hash: true`, on the import's thread).
 */
export type HashMode = 'same-reads' | 'worker' | 'inline';

/** The app's choice for a file of `bytes`. */
export const appHashMode = (bytes: number): HashMode => (bytes <= NATIVE_DIGEST_MAX_BYTES ? 'same-reads' : 'worker');

/**
 * The log runs to 2026-12-31: a "today" after it keeps warnings out of case (d); case (e) puts "today"
 * on 2026-12-06, so that the last 25 days' rows (about 7%) are accepted with a "date in the future"
 * warning, the path that once cost 18 s for 85,715 such rows (an Intl formatter built per warning).
 */
export const TODAY_AFTER_LOG = '2027-01-01';
export const TODAY_INSIDE_LOG = '2026-12-06';

/**
 * Case (f): the plan without its last stage, "Full rollout", which names the log's rows from March on:
 * they are rejected ("not one of this plan's stages"), as when a file is imported into the wrong plan.
 * Every rejected row is kept, with its reason, for the rejected-rows download, as the app does.
 */
export const STAGES_WITHOUT_LAST = benchStages.slice(0, -1);

export interface PipelineOptions {
  /** Default: the app's choice for the file's size (`appHashMode`). */
  readonly hash?: HashMode;
  readonly today?: string;
  readonly stages?: readonly StageInput[];
}

/** Imports the file at `path` as a quality log; throws with the reason when it cannot. */
export async function importWithPipeline(path: string, options: PipelineOptions = {}): Promise<PipelineOutcome> {
  const totalBytes = statSync(path).size;
  const hash = options.hash ?? appHashMode(totalBytes);
  const today = options.today ?? TODAY_AFTER_LOG;
  // As the app's import job does: rejected rows written out as CSV text, batch by batch.
  const rejectedParts: string[] = [];
  // Started now in either case: a thread's start-up overlaps the import.
  const hasher = hash === 'inline' ? null : hashInWorker(hash === 'worker' ? path : null);
  // Should the import fail, its error is the one to report; the worker's outcome no longer matters.
  hasher?.result.catch(() => undefined);
  // As renderer/import/whole-file-digest.ts does in the import worker.
  const whole = hash === 'same-reads' ? new Uint8Array(totalBytes) : null;
  let copied = 0;
  // Sized from the file as the app's import job sizes it (about 40 bytes a row, at most 4 Mi rows to start).
  const builder = createColumnsBuilder('quality', Math.min(1 << 22, Math.max(1024, Math.floor(totalBytes / 40))));
  const importer = createImporter(
    {
      kind: 'quality',
      stages: options.stages ?? benchStages,
      today,
      totalBytes,
      hash: hash === 'inline',
    },
    // Row by row, as the app's import job does: the importer then reuses one row object throughout.
    { onRow: (row) => builder.append(row), onRejected: (rejections) => rejectedParts.push(rejectedBody(rejections)) },
  );
  readChunks(path, (bytes) => {
    if (whole !== null && copied + bytes.length <= totalBytes) whole.set(bytes, copied);
    copied += bytes.length;
    importer.push(bytes);
  });
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  const t0 = performance.now();
  // As the app's import job does: only the stored form is kept, each column given back as it is written.
  const stored = builder.encode();
  const encodeMs = performance.now() - t0;
  const rejectedCsv = result.value.rejected > 0 ? rejectedRowsCsv(result.value.headers, []) + rejectedParts.join('') : '';
  const waitFrom = performance.now();
  if (whole !== null) {
    if (copied !== totalBytes) throw new Error('The file changed while it was read.');
    hasher?.send(whole);
  }
  const worker = hasher ? await hasher.result : null;
  const sha256 = worker ? worker.sha256 : result.value.sha256;
  return {
    acceptedRows: result.value.accepted,
    rejectedRows: result.value.rejected,
    rejectedCsvChars: rejectedCsv.length,
    futureDatedRows: result.value.warnings.find((group) => group.code === 'future_date')?.count ?? 0,
    storedBytes: stored.length,
    sha256,
    encodeMs,
    hashWaitMs: performance.now() - waitFrom,
    hashCpuMs: worker ? worker.cpuMs : 0,
    hash,
  };
}

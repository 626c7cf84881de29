/**
 * One CSV import, from bytes to what is stored: each typed row goes straight into the columns
 * builder (one reused row object, no array of rows is ever held), the rejected rows into CSV
 * text, and the result is the summary, the encoded columns and that text.
 *
 * Pure apart from the clock: the Web Worker (`import-worker.ts`) is a thin shell around it,
 * the inline fallback (jsdom, no Worker) calls it directly, and Node tests feed it real bytes.
 */
import {
  rejectedRowsBody,
  rejectedRowsCsv,
  runImport,
  type ColumnMapping,
  type CsvError,
  type CsvSettings,
  type ImportKind,
  type ImportPart,
  type ImportProgress,
  type ImportSummary,
  type Rejection,
} from '../../shared/csv';
import { createColumnsBuilder, type ColumnsBuilder } from '../../shared/metrics';

/** What the wizard settled: everything needed to read the file the same way the preview did. */
export interface ImportJob {
  readonly kind: ImportKind;
  readonly settings: CsvSettings;
  readonly mapping: ColumnMapping;
  /** `YYYY-MM-DD`: later dates are accepted with a warning. */
  readonly today: string;
  readonly totalBytes: number;
  /**
   * Hash the bytes here (default true). The app passes false and hashes the same File in a worker of
   * its own (`hash-worker.ts`); `summary.sha256` is then '' and the caller fills it in.
   */
  readonly hash?: boolean;
  /** Read only part of the file, on one of two threads (`split-import-job.ts`, `runPartJob`). */
  readonly part?: ImportPart;
}

export type ImportJobResult =
  | {
      readonly ok: true;
      readonly summary: ImportSummary;
      /** The accepted rows in the stored column form (`encodeColumns`). */
      readonly rows: Uint8Array;
      /** The rejected rows as a CSV for the user to fix (null when none was rejected). */
      readonly rejectedCsv: string | null;
    }
  | { readonly ok: false; readonly error: CsvError };

export interface ImportJobHooks {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Progress is reported at most this often (default 100 ms), and once at the end. */
  readonly progressIntervalMs?: number;
  readonly clock?: () => number;
  /**
   * Called once with the first `sampleRows` accepted rows in the stored form (not when the file has
   * fewer): the metrics engine warms up on them while the rest is parsed (`metrics-engine.ts`, `warmUp`).
   */
  readonly onSample?: (rows: Uint8Array) => void;
  /** Default `SAMPLE_ROWS`. */
  readonly sampleRows?: number;
}

/** What moves (not copies) with a result posted to another thread: the stored rows' buffer. */
export const rowsTransfer = (result: ImportJobResult): ArrayBuffer[] => (result.ok ? [result.rows.buffer as ArrayBuffer] : []);

/** Rows in the early sample: enough for the engine's code to be optimised, a few milliseconds to compute. */
export const SAMPLE_ROWS = 4096;

/** Examples kept per reason in the plan (the counts stay complete; every row is in the rejected CSV). */
export const EXAMPLES_PER_REASON = 20;

/** Reads `source` as the job says and returns what to store, or why the file could not be imported. */
export async function runImportJob(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  job: ImportJob,
  hooks: ImportJobHooks = {},
): Promise<ImportJobResult> {
  const read = await importRows(source, job, hooks);
  if (!read.ok) return read;
  const { summary, builder, rejectedBody: body } = read;
  // Only the stored form is kept: each column's memory goes back as soon as it is written.
  const rows = builder.encode();
  const rejectedCsv = summary.rejected > 0 ? rejectedRowsCsv(summary.headers, []) + body : null;
  return { ok: true, summary, rows, rejectedCsv };
}

/** What `importRows` read: the summary, the columns builder holding the accepted rows, the rejected rows' CSV lines. */
export type ImportedRows =
  | { readonly ok: true; readonly summary: ImportSummary; readonly builder: ColumnsBuilder<ImportKind>; readonly rejectedBody: string }
  | { readonly ok: false; readonly error: CsvError };

/** The import itself, for `runImportJob` and for a part of a file (`split-import-job.ts`). */
export async function importRows(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  job: ImportJob,
  hooks: ImportJobHooks = {},
): Promise<ImportedRows> {
  const clock = hooks.clock ?? (() => performance.now());
  const interval = hooks.progressIntervalMs ?? 100;
  const builder = createColumnsBuilder(job.kind, initialCapacity(job.totalBytes));
  // Rejected rows are written out batch by batch: their text is all the download needs.
  const rejectedParts: string[] = [];
  let lastProgress = -Infinity;
  let latest: ImportProgress | null = null;
  const sampleRows = hooks.sampleRows ?? SAMPLE_ROWS;
  // The rows are copied into a second, small builder until it holds the sample.
  let sample = hooks.onSample ? createColumnsBuilder(job.kind, sampleRows) : null;

  const result = await runImport(
    source,
    {
      kind: job.kind,
      settings: job.settings,
      mapping: job.mapping,
      today: job.today,
      totalBytes: job.totalBytes,
      maxExamples: EXAMPLES_PER_REASON,
      hash: job.hash ?? true,
      ...(job.part ? { part: job.part } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    },
    {
      // Row by row: the importer then reuses one row object throughout, and `append` copies every
      // value out of it during the call (numbers into typed arrays, strings into the dictionary).
      onRow: (row) => {
        builder.append(row);
        if (sample === null) return;
        sample.append(row);
        if (sample.rowCount < sampleRows) return;
        const full = sample;
        sample = null;
        hooks.onSample?.(full.encode());
      },
      onRejected: (rejections) => rejectedParts.push(rejectedBody(rejections)),
      onProgress: (progress) => {
        latest = progress;
        const now = clock();
        if (now - lastProgress < interval) return;
        lastProgress = now;
        hooks.onProgress?.(progress);
      },
    },
  );
  if (!result.ok) return { ok: false, error: result.error };
  if (latest) hooks.onProgress?.(latest);
  return { ok: true, summary: result.value, builder, rejectedBody: rejectedParts.join('') };
}

/** The body lines of the rejected-rows CSV (same layout as `rejectedRowsCsv`, without its header). */
export function rejectedBody(rejections: readonly Rejection[]): string {
  return rejectedRowsBody(rejections);
}

/**
 * Rows start at a guess of ~40 bytes each (most files have longer rows), so a big file seldom grows its
 * columns: growing briefly holds the old and the new arrays. Room never written costs no memory (zeroed
 * pages are only mapped when first touched); the cap (4 Mi rows, ~120 MB of address space) keeps a
 * 2 GB file from asking for gigabytes at once.
 */
function initialCapacity(totalBytes: number): number {
  return Math.min(1 << 22, Math.max(1024, Math.floor(totalBytes / 40)));
}

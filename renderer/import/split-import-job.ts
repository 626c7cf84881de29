/**
 * An import job read on two threads: the bytes before a cut near the middle on one, the rest on the
 * other (`shared/csv/split-import.ts`), and the two results merged into exactly what one thread would
 * have stored. `split_refused` from either part means "read the file whole": the caller does.
 * Pure, like `run-import-job.ts`: the import workers run it, and Node tests and the benchmark too.
 */
import { mergeImportParts, rejectedRowsCsv, type CsvError, type ImportSummary } from '../../shared/csv';
import type { EncodableColumns } from '../../shared/metrics/columnar';
import { encodeJoinedColumns } from '../../shared/metrics/columnar-concat';
import { EXAMPLES_PER_REASON, importRows, type ImportJob, type ImportJobHooks, type ImportJobResult } from './run-import-job';
import { importFailure } from './with-hash';

/** Below this size a file is read on one thread: a second would cost more to start than it saves. */
export const SPLIT_MIN_BYTES = 8 * 1024 * 1024;

/** Bytes read around the middle to choose the cut (`chooseCut`). */
export const CUT_PROBE_BYTES = 64 * 1024;

/**
 * Where in the file to look for the cut, as a share of its size. The second part's thread also counts
 * the first part's line breaks (to number its lines), keeps every byte for the fingerprint and merges,
 * so it is given a little less to parse. (`npm run bench`, case g: 0.50–0.56 alike, 0.64 slower.)
 */
export const CUT_AT = 0.53;

/** What a part gives: its summary, its accepted rows as columns (not yet encoded), its rejected rows' CSV lines. */
export type PartJobResult =
  | { readonly ok: true; readonly summary: ImportSummary; readonly columns: EncodableColumns; readonly rejectedBody: string }
  | { readonly ok: false; readonly error: CsvError };

/** The job of each part; `cut` is where the second part starts. */
export function partJobs(job: ImportJob, cut: number): { readonly first: ImportJob; readonly rest: ImportJob } {
  return { first: { ...job, hash: false, part: { role: 'first' } }, rest: { ...job, hash: false, part: { role: 'rest', from: cut } } };
}

/** One part of the file (`job.part` says which). */
export async function runPartJob(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  job: ImportJob,
  hooks: ImportJobHooks = {},
): Promise<PartJobResult> {
  const read = await importRows(source, job, hooks);
  if (!read.ok) return read;
  return { ok: true, summary: read.summary, columns: read.builder.finishStored(), rejectedBody: read.rejectedBody };
}

/**
 * The whole file's result from its parts'. A failure of the first part is the file's (a whole-file
 * import would have stopped there); then one of the rest.
 */
export function mergeImportJobs(first: PartJobResult, rest: PartJobResult): ImportJobResult {
  if (!first.ok) return first;
  if (!rest.ok) return rest;
  const summary = mergeImportParts(first.summary, rest.summary, EXAMPLES_PER_REASON);
  if (!summary.ok) return summary;
  let rows: Uint8Array;
  try {
    // Both parts written straight into the stored form: no joined copy of the columns in between.
    rows = encodeJoinedColumns(first.columns, rest.columns);
  } catch (error) {
    return importFailure('internal', `The two halves of the import could not be joined (${error instanceof Error ? error.message : String(error)}).`);
  }
  const body = first.rejectedBody + rest.rejectedBody;
  const rejectedCsv = summary.value.rejected > 0 ? rejectedRowsCsv(summary.value.headers, []) + body : null;
  return { ok: true, summary: summary.value, rows, rejectedCsv };
}

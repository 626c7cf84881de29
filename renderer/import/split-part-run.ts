/**
 * What each import worker runs when a file is read on two threads (`split-import-client.ts`). The
 * first part's worker imports the bytes before the cut and hands its result to the second through a
 * MessagePort; the second imports from the cut on, fingerprints the whole file from its own reads
 * (it reads every byte: those before the cut number its lines), then merges both into the one result.
 */
import type { CsvError, ImportProgress } from '../../shared/csv';
import { blobChunks, readRange } from './file-chunks';
import type { BetweenPartWorkers, FromImportWorker, ToImportWorker } from './import-protocol';
import { columnBuffers } from '../../shared/metrics/columnar-concat';
import { rowsTransfer, type ImportJob, type ImportJobHooks, type ImportJobResult } from './run-import-job';
import { mergeImportJobs, runPartJob, type PartJobResult } from './split-import-job';
import { wholeFileDigest } from './whole-file-digest';
import { withHash } from './with-hash';

/**
 * The second part's reads: the bytes before the cut in one read (they are only counted and kept for the
 * fingerprint: one native read is several times faster than a stream of small chunks), then the rest as a stream.
 */
export async function* restPartSource(file: Blob, cut: number, piece = HEAD_READ_BYTES): AsyncGenerator<Uint8Array> {
  // In pieces of a few megabytes: each is copied for the fingerprint and dropped, never the whole part at once.
  for (let at = 0; at < cut; at += piece) yield await readRange(file, at, Math.min(cut, at + piece));
  yield* blobChunks(file.slice(cut));
}

/** The bytes before the cut are read this many at a time by the second part's worker. */
export const HEAD_READ_BYTES = 8 * 1024 * 1024;

/** The first part: `source` is the file's bytes before the cut. */
export function runFirstPart(source: AsyncIterable<Uint8Array>, job: ImportJob, hooks: ImportJobHooks): Promise<PartJobResult> {
  return runPartJob(source, job, hooks);
}

/** The first part's result as it goes to the other worker: its columns' memory moves, it is not copied. */
export function partTransfer(result: PartJobResult): ArrayBuffer[] {
  return result.ok ? columnBuffers(result.columns) : [];
}

/**
 * The second part and the merge: `source` is the whole file (`size` bytes), `first` the first part's
 * result when it comes. `onParsed`: both parts' rows are read (the digest and the merge are left).
 */
export async function runRestPart(
  source: AsyncIterable<Uint8Array>,
  size: number,
  job: ImportJob,
  first: Promise<PartJobResult>,
  hooks: ImportJobHooks & { readonly subtle: Pick<SubtleCrypto, 'digest'>; readonly onParsed?: () => void },
): Promise<ImportJobResult> {
  const { subtle, onParsed, ...jobHooks } = hooks;
  const whole = wholeFileDigest(size, subtle);
  const rest = await runPartJob(whole.tee(source), job, jobHooks);
  const firstResult = await first;
  onParsed?.();
  const merged = mergeImportJobs(firstResult, rest);
  if (!merged.ok) return merged;
  return withHash(merged, await whole.digest());
}

/**
 * An import worker's handling of `start-part` (`import-worker.ts`; tests call it with stand-ins): the
 * first part posts its result to the other worker through `port`, the rest part merges and answers `done`.
 */
export function startPart(
  message: Extract<ToImportWorker, { type: 'start-part' }>,
  signal: AbortSignal,
  post: (reply: FromImportWorker, transfer: Transferable[]) => void,
  subtle: Pick<SubtleCrypto, 'digest'> = globalThis.crypto.subtle,
): void {
  const { file, job, port } = message;
  const hooks = {
    signal,
    onProgress: (progress: ImportProgress) => post({ type: 'progress', progress }, []),
  };
  if (job.part?.role === 'first') {
    const onSample = (rows: Uint8Array): void => post({ type: 'sample', rows }, [rows.buffer as ArrayBuffer]);
    void runFirstPart(blobChunks(file), job, { ...hooks, onSample })
      .catch((error: unknown) => unexpected(error))
      .then((result) => port.postMessage({ type: 'first-part', result } satisfies BetweenPartWorkers, partTransfer(result)));
    return;
  }
  // The first part's result, or a failure: the second part must never wait for an answer that cannot come.
  const first = new Promise<PartJobResult>((resolve) => {
    port.onmessage = (event: MessageEvent<BetweenPartWorkers>) => resolve(event.data.result);
    port.onmessageerror = () => resolve(unexpected(new Error('the first half of the rows could not be received')));
  });
  const cut = job.part?.role === 'rest' ? job.part.from : 0;
  void runRestPart(restPartSource(file, cut), file.size, job, first, { ...hooks, subtle, onParsed: () => post({ type: 'parsed' }, []) })
    .catch((error: unknown): ImportJobResult => unexpected(error))
    .then((result) => post({ type: 'done', result }, rowsTransfer(result)));
}

/** An unexpected problem in a part: the window then reads the file whole (`split_refused`), which reports it if it is real. */
function unexpected(error: unknown): { readonly ok: false; readonly error: CsvError } {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'invalid', reason: 'split_refused', message: `A part stopped unexpectedly (${detail}).` } };
}

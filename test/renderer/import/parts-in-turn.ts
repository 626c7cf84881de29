import type { ImportJobHooks, ImportJobResult, ImportJob } from '../../../renderer/import/run-import-job';
import { mergeImportJobs, partJobs, runPartJob } from '../../../renderer/import/split-import-job';

/**
 * Both parts of a file one after the other on this thread, as the two import workers run them, for
 * comparing with `runImportJob` on the whole file. `whole` gives the second part's reads (every byte).
 */
export async function runPartsInTurn(
  whole: () => Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  firstPart: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  job: ImportJob,
  cut: number,
  hooks: ImportJobHooks = {},
): Promise<ImportJobResult> {
  const jobs = partJobs(job, cut);
  const first = await runPartJob(firstPart, jobs.first, hooks);
  const rest = await runPartJob(whole(), jobs.rest, hooks);
  return mergeImportJobs(first, rest);
}

/** A result as `toEqual` compares it: the stored rows as text, so a difference shows. */
export const comparable = (result: ImportJobResult) => (result.ok ? { ...result, rows: Buffer.from(result.rows).toString('base64') } : result);

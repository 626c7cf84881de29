/**
 * Joins an import's two halves: the import job (run with `hash: false`) and the SHA-256 of the same
 * file from the hash worker. The record, and the "already imported" check before it, take their
 * `sha256` from the second; a failure of either fails the import.
 */
import { csvFail, type CsvFailureReason, type CsvResult, type StreamHash } from '../../shared/csv';
import type { ImportJobResult } from './run-import-job';

/** A failed import (`csvFail`'s result, typed as the job's). */
/** A worker's error event as words for a message. */
export const workerProblem = (event: ErrorEvent): string => event.message || 'worker error';

export function importFailure(reason: CsvFailureReason, message: string): ImportJobResult {
  const result = csvFail(reason, message);
  if (result.ok) throw new Error('csvFail always fails');
  return result;
}

/** A worker's answer the window could not receive (a `messageerror`): the import cannot finish, and says so rather than wait. */
export const answerLost = (): ImportJobResult =>
  importFailure('internal', 'The import stopped: its result could not be handed to the window (the browser may have run out of memory). Nothing was imported.');

export const importCancelled = (): ImportJobResult => importFailure('cancelled', 'The import was cancelled; nothing was imported.');

/** What the import becomes when the file could not be hashed (the duplicate check needs the digest). */
export function hashFailure(message: string): ImportJobResult {
  return importFailure(
    'internal',
    `The file's fingerprint (SHA-256), needed to spot a file imported before, could not be computed: ${message} Nothing was imported.`,
  );
}

/**
 * The import with the hash worker's digest in its summary. A real failure of either side wins over
 * the other side's cancellation (which is what a failure of one causes in the other).
 */
export function withHash(imported: ImportJobResult, hashed: CsvResult<StreamHash>): ImportJobResult {
  if (!imported.ok && imported.error.reason !== 'cancelled') return imported;
  if (!hashed.ok && hashed.error.reason !== 'cancelled') return hashFailure(hashed.error.message);
  if (!imported.ok) return imported;
  if (!hashed.ok) return importCancelled();
  // Both read the same File; a different length means it changed on disk between the two reads.
  if (hashed.value.bytes !== imported.summary.bytes) {
    return importFailure('internal', 'The file changed on disk while it was being imported. Nothing was imported; please import it again.');
  }
  return { ...imported, summary: { ...imported.summary, sha256: hashed.value.sha256 } };
}

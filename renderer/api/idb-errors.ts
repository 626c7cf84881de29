import { WriteFailure } from '../../shared/service/record-store';

/** Why the browser's storage refused a write, in words a project lead can act on. */
export function describeIdbWriteError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : null;
  if (name === 'QuotaExceededError') {
    return 'the browser’s storage for this app is full (free some disk space, or allow this site to keep more data)';
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `the browser’s storage failed to write (${detail})`;
}

/**
 * A failed read-write transaction as the service expects it: a WriteFailure, so a plan save says
 * "Not saved because …" and that the edits are kept and retried. Reads keep their own error.
 */
export function transactionFailure(error: unknown, mode: IDBTransactionMode, fallback: string): Error {
  const known = error instanceof Error || error instanceof DOMException ? error : error === null || error === undefined ? new Error(fallback) : new Error(String(error));
  return mode === 'readonly' ? known : new WriteFailure(describeIdbWriteError(known));
}

import type { RolloutApi } from '../api';
import { rowsNotRecorded } from '../metrics/columnar-checksum';
import type { ImportRecord } from '../model/import-record';
import type { Result } from '../result';

/**
 * Where an import's stored rows come from: the same answer as `RolloutApi.loadImportData(…, 'rows')`
 * (null when nothing is stored). The metrics worker gets one that reads the storage itself
 * (IndexedDB in the browser, the app protocol in Electron), so the rows never cross the UI thread.
 */
export type StoredRowsReader = (planId: string, importId: string) => Promise<Result<Uint8Array | null>>;

/** What an import's record says of its stored rows: how many were accepted, and their checksum when it was recorded. */
export interface ExpectedRows {
  readonly rows: number;
  readonly checksum?: number;
}

export function expectedRowsOf(record: Pick<ImportRecord, 'accepted' | 'rowsChecksum'>): ExpectedRows {
  return { rows: record.accepted, ...(record.rowsChecksum === undefined ? {} : { checksum: record.rowsChecksum }) };
}

/** How far the stored rows of one import are, once read. */
export type StoredRowsState =
  | { readonly status: 'ready'; readonly rows: number }
  | { readonly status: 'missing' | 'damaged'; readonly message: string };

/** What the engine that decodes the rows must offer; `drop` forgets rows it kept but that turned out wrong. */
export interface StoredRowsEngine {
  load(bytes: Uint8Array): Result<{ readonly rows: number }> | Promise<Result<{ readonly rows: number }>>;
  drop(): void | Promise<void>;
}

/** A reader over the API (tests, and any place where the storage cannot be reached from a worker). */
export function apiRowsReader(api: Pick<RolloutApi, 'loadImportData'>): StoredRowsReader {
  return (planId, importId) => api.loadImportData(planId, importId, 'rows');
}

/**
 * The one rule for stored rows, wherever they are read: unreadable is damaged, absent is missing,
 * bytes that do not decode (checksum, format) are damaged, and a row count other than the import's
 * accepted rows is damaged too - never a confident figure over the wrong rows.
 */
export async function settleStoredRows(
  loaded: Result<Uint8Array | null>,
  expected: ExpectedRows,
  engine: StoredRowsEngine,
): Promise<StoredRowsState> {
  const expectedRows = expected.rows;
  if (!loaded.ok) return { status: 'damaged', message: `The imported rows could not be read: ${loaded.error.message}` };
  if (loaded.value === null) {
    return { status: 'missing', message: 'The imported rows are missing from this computer. Remove this import and import the file again.' };
  }
  const swapped = rowsNotRecorded(loaded.value, expected.checksum);
  if (swapped !== null) return { status: 'damaged', message: `The stored rows are damaged: ${swapped}. Remove this import and import the file again.` };
  const decoded = await engine.load(loaded.value);
  if (!decoded.ok) return { status: 'damaged', message: `${decoded.error.message} Remove this import and import the file again.` };
  if (decoded.value.rows !== expectedRows) {
    await engine.drop();
    return {
      status: 'damaged',
      message: `The stored rows (${decoded.value.rows}) do not match this import (${expectedRows} accepted rows). Remove this import and import the file again.`,
    };
  }
  return { status: 'ready', rows: decoded.value.rows };
}

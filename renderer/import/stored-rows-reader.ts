/**
 * The metrics worker's own way to the stored rows, so a reopened plan's rows (tens of MB) never
 * pass through the UI thread. Either reader ends in the service's `loadImportData` rule (plan
 * exists, safe import id): in the browser the worker runs that rule over its own IndexedDB
 * connection, in Electron the main process runs it behind the app protocol.
 */
import { IMPORT_ROWS_PARAMS, IMPORT_ROWS_PATH, storedRowsFromAnswer } from '../../shared/service/stored-rows-http';
import { createImportDataMethods, type ImportDataMethods } from '../../shared/service/import-data';
import { apiRowsReader, type StoredRowsReader } from '../../shared/service/stored-rows';
import { fail } from '../../shared/result';
import { createIdbStorage } from '../api/idb-storage';

/** Where the worker finds the stored rows: plain data, so it can be posted to the worker. */
export type StoredRowsLocation =
  | { readonly kind: 'indexeddb'; readonly dbName: string }
  /** The app's origin (`app://rollout`) in Electron; the main process answers `IMPORT_ROWS_PATH` there. */
  | { readonly kind: 'app-protocol'; readonly origin: string };

export type FetchLike = (url: string) => Promise<Response>;

export function importRowsUrl(origin: string, planId: string, importId: string): string {
  const url = new URL(IMPORT_ROWS_PATH, origin);
  url.searchParams.set(IMPORT_ROWS_PARAMS.plan, planId);
  url.searchParams.set(IMPORT_ROWS_PARAMS.import, importId);
  return url.href;
}

/**
 * The service's import-data methods over the worker's own IndexedDB connection (browser only), so a
 * fresh import's rows are saved under the same rules as through the API, off the UI thread.
 * `onWriteStarted`: called each time a write of import data is asked for.
 */
export function importDataMethodsAt(location: StoredRowsLocation, onWriteStarted?: () => void): ImportDataMethods | null {
  if (location.kind !== 'indexeddb') return null;
  const store = createIdbStorage(location.dbName);
  if (!onWriteStarted) return createImportDataMethods(store);
  // Told as the write is asked for (the service's checks passed): `fresh-rows.ts` works beside it.
  return createImportDataMethods({
    ...store,
    writeImportData: (...args) => {
      const written = store.writeImportData(...args);
      onWriteStarted();
      return written;
    },
  });
}

export function createStoredRowsReader(location: StoredRowsLocation, fetchRows: FetchLike = (url) => fetch(url)): StoredRowsReader {
  const methods = importDataMethodsAt(location);
  if (methods) return apiRowsReader(methods);
  if (location.kind !== 'app-protocol') throw new Error('unknown stored rows location');
  return async (planId, importId) => {
    let response: Response;
    try {
      response = await fetchRows(importRowsUrl(location.origin, planId, importId));
    } catch (error) {
      return fail('io', `the app did not answer (${error instanceof Error ? error.message : String(error)})`);
    }
    return storedRowsFromAnswer(response.status, () => response.arrayBuffer(), () => response.json());
  };
}

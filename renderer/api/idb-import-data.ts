import { importDataParts, type ImportDataPart } from '../../shared/api';
import { captured, transact } from './idb';

/** Import rows and rejected rows, stored as the bytes themselves (IndexedDB keeps a Uint8Array as is). */
export const IMPORT_DATA = 'importData';

/**
 * `${planId}/${importId}/${part}`. The plan id is URI-encoded because an imported plan's id may
 * hold a "/"; import ids are checked to be safe ids before they get here. A UUID encodes to itself.
 */
export function importDataKey(planId: string, importId: string, part: ImportDataPart): string {
  return `${encodeURIComponent(planId)}/${importId}/${part}`;
}

export function ensureImportDataStore(db: IDBDatabase): void {
  if (!db.objectStoreNames.contains(IMPORT_DATA)) db.createObjectStore(IMPORT_DATA);
}

export async function readImportData(
  db: IDBDatabase,
  planId: string,
  importId: string,
  part: ImportDataPart,
): Promise<Uint8Array | undefined> {
  const value = await transact(db, [IMPORT_DATA], 'readonly', (tx) =>
    captured<unknown>(tx.objectStore(IMPORT_DATA).get(importDataKey(planId, importId, part))),
  );
  return value instanceof Uint8Array ? value : undefined;
}

export async function writeImportData(db: IDBDatabase, planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array) {
  await transact(db, [IMPORT_DATA], 'readwrite', (tx) =>
    captured(tx.objectStore(IMPORT_DATA).put(bytes, importDataKey(planId, importId, part))),
  );
}

export async function deleteImportData(db: IDBDatabase, planId: string, importId: string) {
  await transact(db, [IMPORT_DATA], 'readwrite', (tx) => {
    const store = tx.objectStore(IMPORT_DATA);
    for (const part of importDataParts) store.delete(importDataKey(planId, importId, part));
    return () => undefined;
  });
}

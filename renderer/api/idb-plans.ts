import type { StoredPlanRecord } from '../../shared/service/record-store';
import { captured, transact } from './idb';

export const PLANS = 'plans';

/** Every plan record, keys and values, in one transaction whatever their number (the page's adapter and the start-up worker). */
export function readPlanRecords(db: IDBDatabase): Promise<StoredPlanRecord[]> {
  return transact(db, [PLANS], 'readonly', (tx) => {
    const store = tx.objectStore(PLANS);
    const keys = captured(store.getAllKeys());
    const values = captured(store.getAll());
    return () => (keys() ?? []).map((key, index) => ({ key: String(key), value: values()?.[index] }));
  });
}

/**
 * Opens the database as it is, or resolves null when there is none or it has no plans yet: a
 * reader that must not create it (creating and upgrading are the page's, with the version it needs).
 */
export function openExistingDatabase(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    // Fired only when the database does not exist yet: aborting leaves it uncreated.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // The page may upgrade it meanwhile; this connection must not hold that up.
      db.onversionchange = () => db.close();
      if (db.objectStoreNames.contains(PLANS)) resolve(db);
      else {
        db.close();
        resolve(null);
      }
    };
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error ?? new Error('IndexedDB could not be opened')));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another open tab of this app'));
  });
}

import type { StoredPlanRecord } from '../../shared/service/record-store';
import { captured, transact } from './idb';

export const PLANS = 'plans';
export const SETTINGS = 'settings';
export const SETTINGS_KEY = 'settings';

/** Every plan record, keys and values, in one transaction whatever their number. */
export function readPlanRecords(db: IDBDatabase): Promise<StoredPlanRecord[]> {
  return transact(db, [PLANS], 'readonly', (tx) => plansIn(tx));
}

function plansIn(tx: IDBTransaction): () => StoredPlanRecord[] {
  const store = tx.objectStore(PLANS);
  const keys = captured(store.getAllKeys());
  const values = captured(store.getAll());
  return () => (keys() ?? []).map((key, index) => ({ key: String(key), value: values()?.[index] }));
}

/**
 * The plan records and the settings record as stored (unvalidated), in one transaction: what the
 * start-up scan reads. Settings are undefined where none were saved yet.
 */
export function readPlansAndSettings(db: IDBDatabase): Promise<{ plans: StoredPlanRecord[]; settings: unknown }> {
  const stores = db.objectStoreNames.contains(SETTINGS) ? [PLANS, SETTINGS] : [PLANS];
  return transact(db, stores, 'readonly', (tx) => {
    const plans = plansIn(tx);
    const settings = stores.includes(SETTINGS) ? captured(tx.objectStore(SETTINGS).get(SETTINGS_KEY)) : () => undefined;
    return () => ({ plans: plans(), settings: settings() });
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

/** How many plan records the database holds (0 when there is none yet), without reading them; the connection is closed after. */
export async function countStoredPlans(name: string): Promise<number> {
  const db = await openExistingDatabase(name);
  if (db === null) return 0;
  try {
    return (await transact(db, [PLANS], 'readonly', (tx) => captured(tx.objectStore(PLANS).count()))) ?? 0;
  } finally {
    db.close();
  }
}

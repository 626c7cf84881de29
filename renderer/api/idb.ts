import { transactionFailure } from './idb-errors';

/*
 * A very small promise wrapper over IndexedDB: just what the browser twin needs.
 * Each helper runs one transaction and resolves when it has committed, so a write that
 * resolved is on disk as far as the browser is concerned.
 */

export type UpgradeFn = (db: IDBDatabase, oldVersion: number) => void;

/** `onClosed`: this connection was closed for another tab's upgrade; the next use must open a new one. */
export function openDatabase(name: string, version: number, upgrade: UpgradeFn, onClosed?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // A newer copy of the app (another tab, after an update) needs this connection closed to upgrade.
      db.onversionchange = () => {
        db.close();
        onClosed?.();
      };
      resolve(db);
    };
    request.onerror = () => {
      const newer = request.error?.name === 'VersionError';
      // Said in words: every save of this tab would otherwise fail with the browser's "requested version is less than the existing version".
      reject(newer ? new Error('a newer version of this app updated its storage in another tab; reload this page to use it') : (request.error ?? new Error('IndexedDB could not be opened')));
    };
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another open tab of this app'));
  });
}

/**
 * Runs `work` inside one transaction over `stores` and resolves with what it collected once the
 * transaction completes (or rejects when it aborts). `work` only issues requests; it must not await.
 */
export function transact<T>(
  db: IDBDatabase,
  stores: readonly string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...stores], mode);
    const collect = work(tx);
    tx.oncomplete = () => resolve(collect());
    tx.onabort = () => reject(transactionFailure(tx.error, mode, 'The storage transaction was aborted'));
    tx.onerror = () => reject(transactionFailure(tx.error, mode, 'The storage transaction failed'));
  });
}

/** A request's result, filled in when it succeeds inside a transaction. */
export function captured<T>(request: IDBRequest<T>): () => T | undefined {
  let value: T | undefined;
  request.onsuccess = () => {
    value = request.result;
  };
  return () => value;
}

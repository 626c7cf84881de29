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
      reject(newer ? new Error('a newer version of this app has updated this browser’s storage (in this tab or another); reload the page to use that version') : (request.error ?? new Error('IndexedDB could not be opened')));
    };
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another open tab of this app'));
  });
}

/** The first exception our own code threw inside a transaction (a put that threw): what the caller is told. */
const thrownIn = new WeakMap<IDBTransaction, unknown>();

function abortWith(tx: IDBTransaction, error: unknown): void {
  if (!thrownIn.has(tx)) thrownIn.set(tx, error);
  try {
    tx.abort();
  } catch {
    // Already finished or aborting: the abort event reports it either way.
  }
}

/**
 * `run` as a request's callback inside `tx`: an exception (a put the browser refused at once, a full
 * quota) aborts the transaction and is what the caller is told, not the bare AbortError it causes.
 */
export function step(tx: IDBTransaction, run: () => void): () => void {
  return () => {
    try {
      run();
    } catch (error) {
      abortWith(tx, error);
    }
  };
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
    let tx: IDBTransaction;
    try {
      tx = db.transaction([...stores], mode);
    } catch (error) {
      reject(transactionFailure(error, mode, 'The storage could not start a transaction'));
      return;
    }
    let collect: () => T = () => undefined as T;
    step(tx, () => {
      collect = work(tx);
    })();
    const failed = (fallback: string) => transactionFailure(thrownIn.get(tx) ?? tx.error, mode, fallback);
    tx.oncomplete = () => resolve(collect());
    tx.onabort = () => reject(failed('The storage transaction was aborted'));
    tx.onerror = () => reject(failed('The storage transaction failed'));
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

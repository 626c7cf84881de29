/// <reference lib="webworker" />
/**
 * Reads stored import parts (rows, rejected rows) out of IndexedDB in a worker: taking a value
 * of tens of MB out of IndexedDB deserialises it on the thread that reads it, which on the UI
 * thread was a freeze of ~100 ms per million rows (issue 12). The bytes are handed back
 * without a copy.
 */
import type { IdbReadAnswer, IdbReadRequest } from './idb-read-protocol';

declare const self: DedicatedWorkerGlobalScope;

const databases = new Map<string, Promise<IDBDatabase>>();

function open(name: string): Promise<IDBDatabase> {
  let opened = databases.get(name);
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      // No version: the page opened (and upgraded) the database before asking.
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => {
          db.close();
          databases.delete(name);
        };
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    });
    databases.set(name, opened);
    opened.catch(() => databases.delete(name));
  }
  return opened;
}

self.onmessage = async (event: MessageEvent<IdbReadRequest>) => {
  const { id, dbName, store, key } = event.data;
  let answer: IdbReadAnswer;
  try {
    const db = await open(dbName);
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction([store], 'readonly').objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('The stored rows could not be read'));
    });
    answer = { id, bytes: value instanceof Uint8Array ? value : null };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer, 'bytes' in answer && answer.bytes ? [answer.bytes.buffer] : []);
};

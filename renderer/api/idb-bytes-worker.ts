/// <reference lib="webworker" />
/**
 * Reads and writes stored import parts (rows, rejected rows) in IndexedDB from a worker: taking
 * a value of tens of MB out of IndexedDB deserialises it, and putting one in serialises it (and
 * compresses it), on the thread that does it: on the UI thread that was a freeze of ~60–100 ms
 * per million rows (issue 12). Read bytes are handed back without a copy.
 */
import { checksumProblem } from '../../shared/metrics/columnar-checksum';
import { describeIdbWriteError } from './idb-errors';
import { createHold, postOrSay } from '../workers/watched-worker';
import type { IdbBytesAnswer, IdbBytesRequest } from './idb-bytes-protocol';

declare const self: DedicatedWorkerGlobalScope;

// The page learns of this worker's end through a lock it holds (renderer/workers/watched-worker.ts).
const hold = createHold((message) => self.postMessage(message));

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

/** One request in its own transaction; a write answers once it has committed, as the page's own writes do. */
async function serve(request: IdbBytesRequest): Promise<IdbBytesAnswer> {
  const db = await open(request.dbName);
  const tx = db.transaction([request.store], request.kind === 'read' ? 'readonly' : 'readwrite');
  const store = tx.objectStore(request.store);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('The storage transaction was aborted'));
    tx.onerror = () => reject(tx.error ?? new Error('The storage transaction failed'));
  });
  if (request.kind === 'write') {
    store.put(request.bytes, request.key);
    await done;
    return { id: request.id, written: true };
  }
  const get = store.get(request.key);
  await done;
  const value: unknown = get.result;
  if (!(value instanceof Uint8Array)) return { id: request.id, bytes: null };
  // Checked here, off the UI thread: a CRC over tens of MB was a freeze of up to a second there.
  const problem = request.checkRows ? checksumProblem(value) : null;
  return problem === null ? { id: request.id, bytes: value } : { id: request.id, damaged: problem };
}

self.onmessage = async (event: MessageEvent<IdbBytesRequest>) => {
  if (hold.serve(event.data)) return;
  await hold.ready();
  let answer: IdbBytesAnswer;
  try {
    answer = await serve(event.data);
  } catch (error) {
    // A write's failure goes back in words (a full quota says so), as the page's own writes report it.
    const reason = event.data.kind === 'write' ? describeIdbWriteError(error) : error instanceof Error ? error.message : String(error);
    answer = { id: event.data.id, error: reason };
  }
  // Never silence: the page waits for an answer to every request.
  const { id } = event.data;
  postOrSay((message, transfer) => self.postMessage(message, transfer), answer, 'bytes' in answer && answer.bytes ? [answer.bytes.buffer] : [], (reason): IdbBytesAnswer => ({ id, error: `the answer could not be sent (${reason})` }));
};

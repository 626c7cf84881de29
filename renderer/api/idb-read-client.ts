import type { IdbReadAnswer, IdbReadRequest } from './idb-read-protocol';

/** Reads one stored value's bytes off the UI thread; undefined when nothing (or no bytes) is stored under the key. */
export type ReadBytes = (dbName: string, store: string, key: string) => Promise<Uint8Array | undefined>;

/**
 * One worker for the page's reads of stored import parts, started on the first read and
 * stopped after `idleMs` without one, so a plan with many imports does not start a worker per part.
 */
export function createWorkerBytesReader(idleMs = 30_000): ReadBytes {
  let worker: Worker | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (bytes: Uint8Array | undefined) => void; reject: (error: Error) => void }>();

  const stop = (reason: string): void => {
    worker?.terminate();
    worker = null;
    for (const pending of waiting.values()) pending.reject(new Error(reason));
    waiting.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./idb-read-worker.ts', import.meta.url), { type: 'module', name: 'idb-read' });
    created.onmessage = (event: MessageEvent<IdbReadAnswer>) => {
      const answer = event.data;
      const pending = waiting.get(answer.id);
      waiting.delete(answer.id);
      if (!pending) return;
      if ('error' in answer) pending.reject(new Error(answer.error));
      else pending.resolve(answer.bytes ?? undefined);
    };
    created.onerror = (event) => stop(event.message || 'the storage reader stopped');
    worker = created;
    return created;
  };

  return (dbName, store, key) =>
    new Promise((resolve, reject) => {
      clearTimeout(idle);
      const id = (next += 1);
      waiting.set(id, {
        resolve: (bytes) => {
          resolve(bytes);
          if (waiting.size === 0) idle = setTimeout(() => stop('idle'), idleMs);
        },
        reject,
      });
      const request: IdbReadRequest = { id, dbName, store, key };
      started().postMessage(request);
    });
}

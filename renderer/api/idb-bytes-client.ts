import { DamagedRows, WriteFailure } from '../../shared/service/record-store';
import type { IdbBytesAnswer, IdbBytesRequest } from './idb-bytes-protocol';

/** Reads and writes stored import parts off the UI thread. */
export interface BytesStore {
  /**
   * Undefined when nothing (or no bytes) is stored under the key. `checkRows`: the value is an import's
   * stored rows; rows that fail their checksum are refused (the promise rejects, saying so).
   */
  read(dbName: string, store: string, key: string, checkRows?: boolean): Promise<Uint8Array | undefined>;
  /** Resolves once the write has committed. The caller keeps its bytes (the worker gets a copy). */
  write(dbName: string, store: string, key: string, bytes: Uint8Array): Promise<void>;
}

type Pending = { resolve: (answer: IdbBytesAnswer) => void; reject: (error: Error) => void };

/**
 * One worker for the page's reads and writes of stored import parts, started on first use and
 * stopped after `idleMs` without one, so a plan with many imports does not start a worker per part.
 */
export function createWorkerBytesStore(idleMs = 30_000): BytesStore {
  let worker: Worker | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  const waiting = new Map<number, Pending>();

  const stop = (reason: string): void => {
    worker?.terminate();
    worker = null;
    for (const pending of waiting.values()) pending.reject(new Error(reason));
    waiting.clear();
  };
  const started = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./idb-bytes-worker.ts', import.meta.url), { type: 'module', name: 'idb-bytes' });
    created.onmessage = (event: MessageEvent<IdbBytesAnswer>) => {
      const pending = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (waiting.size === 0) idle = setTimeout(() => stop('idle'), idleMs);
      pending?.resolve(event.data);
    };
    created.onerror = (event) => stop(event.message || 'the storage worker stopped');
    worker = created;
    return created;
  };
  const ask = (request: (id: number) => IdbBytesRequest): Promise<IdbBytesAnswer> =>
    new Promise((resolve, reject) => {
      clearTimeout(idle);
      const id = (next += 1);
      waiting.set(id, { resolve, reject });
      // Copied, not transferred: the caller (an import, a plan file's rows) may still use its bytes.
      started().postMessage(request(id));
    });
  const failed = (answer: IdbBytesAnswer): Error | null => ('error' in answer ? new Error(answer.error) : null);

  return {
    async read(dbName, store, key, checkRows = false) {
      const answer = await ask((id) => ({ kind: 'read', id, dbName, store, key, checkRows }));
      const error = failed(answer);
      if (error) throw error;
      if ('damaged' in answer) throw new DamagedRows(answer.damaged);
      return 'bytes' in answer && answer.bytes ? answer.bytes : undefined;
    },
    async write(dbName, store, key, bytes) {
      const answer = await ask((id) => ({ kind: 'write', id, dbName, store, key, bytes }));
      // The worker put the reason in words already.
      if ('error' in answer) throw new WriteFailure(answer.error);
    },
  };
}

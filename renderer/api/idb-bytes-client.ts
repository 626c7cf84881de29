import { DamagedRows, WriteFailure } from '../../shared/service/record-store';
import { pageLocks, watchWorker, type LocksLike, type WorkerLike } from '../workers/watched-worker';
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

const startWorker = (): WorkerLike => new Worker(new URL('./idb-bytes-worker.ts', import.meta.url), { type: 'module', name: 'idb-bytes' });

/**
 * One worker for the page's reads and writes of stored import parts, started on first use and
 * stopped after `idleMs` without one, so a plan with many imports does not start a worker per part.
 */
export function createWorkerBytesStore(idleMs = 30_000, start: () => WorkerLike = startWorker, locks: LocksLike | undefined = pageLocks()): BytesStore {
  let worker: { created: WorkerLike; end: () => void } | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let next = 0;
  const waiting = new Map<number, Pending>();

  /** Ends the worker and fails whatever still waits on it: a write is never left pending. */
  const stop = (reason: string): void => {
    worker?.end();
    worker = null;
    for (const pending of waiting.values()) pending.reject(new Error(reason));
    waiting.clear();
  };
  const started = (): WorkerLike => {
    const created = start();
    const current = {
      created,
      end: watchWorker(
        created,
        (data) => {
          const answer = data as IdbBytesAnswer;
          const pending = waiting.get(answer.id);
          waiting.delete(answer.id);
          if (waiting.size === 0) idle = setTimeout(() => stop('idle'), idleMs);
          pending?.resolve(answer);
        },
        // Only this worker's loss: one already replaced (after an idle stop) has nothing waiting on it.
        (reason) => {
          if (worker === current) stop(`the storage’s background task ${reason}`);
        },
        locks,
      ),
    };
    worker = current;
    return created;
  };
  const ask = (request: (id: number) => IdbBytesRequest): Promise<IdbBytesAnswer> =>
    new Promise((resolve, reject) => {
      clearTimeout(idle);
      const id = (next += 1);
      waiting.set(id, { resolve, reject });
      try {
        // Copied, not transferred: the caller (an import, a plan file's rows) may still use its bytes.
        (worker?.created ?? started()).postMessage(request(id), []);
      } catch (error) {
        waiting.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
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
      // A write that never got its answer is a failed write, said so: the rows were not saved.
      const answer = await ask((id) => ({ kind: 'write', id, dbName, store, key, bytes })).catch((error: unknown) => {
        throw new WriteFailure(error instanceof Error ? error.message : String(error));
      });
      // The worker put the reason in words already.
      if ('error' in answer) throw new WriteFailure(answer.error);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { createWorkerBytesStore } from '../../../renderer/api/idb-bytes-client';
import type { IdbBytesRequest } from '../../../renderer/api/idb-bytes-protocol';
import { createHold } from '../../../renderer/workers/watched-worker';
import { WriteFailure } from '../../../shared/service/record-store';
import { settledOrPending, standInLocks, standInWorker } from '../workers/stand-ins';

/** Storage workers played in this thread: each writes into `stored`, unless told to vanish on a write. */
function storageWorkers(vanishOnWrite: boolean[]) {
  const locks = standInLocks();
  const stored = new Map<string, Uint8Array>();
  const started: ReturnType<typeof standInWorker>[] = [];
  const start = () => {
    const vanish = vanishOnWrite[started.length] ?? false;
    const w = standInWorker((scope) => {
      const hold = createHold(scope.post, scope.locks);
      return async (data) => {
        if (hold.serve(data)) return;
        await hold.ready();
        const request = data as IdbBytesRequest;
        if (request.kind === 'write') {
          // Ended by the browser mid-write (out of memory): no answer, no error event.
          if (vanish) return scope.close();
          stored.set(request.key, request.bytes);
          scope.post({ id: request.id, written: true });
        } else scope.post({ id: request.id, bytes: stored.get(request.key) ?? null });
      };
    }, locks);
    started.push(w);
    return w.worker;
  };
  return { start, started, stored, pageLocks: locks.context().locks };
}

describe('the storage worker of the browser build: no write is left pending', () => {
  it('fails a write whose worker is gone without a word, saying the rows were not saved, and the next write gets a new worker', async () => {
    const workers = storageWorkers([true]);
    const store = createWorkerBytesStore(60_000, workers.start, workers.pageLocks);
    const lost = await settledOrPending(store.write('db', 'importData', 'p/i/rows', new Uint8Array([1, 2, 3])));
    expect(lost).toEqual({ error: expect.any(WriteFailure) });
    expect(lost !== 'pending' && 'error' in lost && (lost.error as WriteFailure).reason).toBe(
      'the storage’s background task stopped without answering; the browser may have run out of memory',
    );
    expect(workers.stored.size).toBe(0);

    expect(await settledOrPending(store.write('db', 'importData', 'p/i/rows', new Uint8Array([4])))).toEqual({ value: undefined });
    expect(workers.started).toHaveLength(2);
    expect(await settledOrPending(store.read('db', 'importData', 'p/i/rows'))).toEqual({ value: new Uint8Array([4]) });
  });

  it('fails every request waiting on a worker that reports an error', async () => {
    const workers = storageWorkers([]);
    const store = createWorkerBytesStore(60_000, workers.start, workers.pageLocks);
    const both = Promise.all([settledOrPending(store.write('db', 'importData', 'a', new Uint8Array([1]))), settledOrPending(store.read('db', 'importData', 'b'))]);
    await Promise.resolve();
    workers.started[0]?.fireError('Uncaught RangeError: Array buffer allocation failed');
    const [written, read1] = await both;
    expect(written).toEqual({ error: expect.any(WriteFailure) });
    expect(read1).toEqual({ error: new Error('the storage’s background task stopped with an error (Uncaught RangeError: Array buffer allocation failed)') });
  });

  it('does not let a worker stopped when idle take down the one started after it', async () => {
    const workers = storageWorkers([]);
    const store = createWorkerBytesStore(0, workers.start, workers.pageLocks);
    await store.write('db', 'importData', 'a', new Uint8Array([1]));
    // Idle at once: the first worker is terminated (its lock released), a second one serves the next write.
    await settledOrPending(new Promise(() => undefined), 5);
    expect(workers.started[0]?.worker.terminated).toBe(true);
    expect(await settledOrPending(store.write('db', 'importData', 'b', new Uint8Array([2])))).toEqual({ value: undefined });
    expect(workers.started).toHaveLength(2);
  });
});

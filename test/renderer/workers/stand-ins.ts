import type { LocksLike, WorkerLike } from '../../../renderer/workers/watched-worker';

/**
 * An exclusive lock manager as the browser's: one holder per name, the others queued in order.
 * Each `context()` is one page or worker; `end()` releases what it holds, as a worker's end does.
 */
export function standInLocks() {
  const held = new Map<string, object>();
  const queued = new Map<string, (() => void)[]>();
  const grantNext = (name: string): void => {
    held.delete(name);
    const next = queued.get(name)?.shift();
    next?.();
  };
  const context = () => {
    const owner = {};
    const mine = new Set<string>();
    let ended = false;
    const locks: LocksLike = {
      request: (name, callback) =>
        new Promise((resolve) => {
          const run = (): void => {
            if (ended) return grantNext(name);
            held.set(name, owner);
            mine.add(name);
            void Promise.resolve(callback()).then((value) => {
              if (held.get(name) !== owner || ended) return resolve(value);
              mine.delete(name);
              grantNext(name);
              resolve(value);
            });
          };
          if (!held.has(name)) run();
          else queued.set(name, [...(queued.get(name) ?? []), run]);
        }),
    };
    return {
      locks,
      /** The context is gone: its locks are released, its callbacks never run again. */
      end: () => {
        ended = true;
        for (const name of mine) grantNext(name);
        mine.clear();
      },
    };
  };
  return { context };
}

export interface WorkerScope {
  post(message: unknown, transfer?: Transferable[]): void;
  readonly locks: LocksLike;
  /** Ends the worker without a word. */
  close(): void;
}
/** Given the worker's scope once (as a worker module runs once), returns its message handler. */
type WorkerScript = (scope: WorkerScope) => (data: unknown) => void;

/**
 * A Worker played in this thread: messages go both ways a task later, as between threads. `close()`
 * ends it without a word (no error, no message), as a worker the browser stops does.
 */
export function standInWorker(script: WorkerScript, locks: ReturnType<typeof standInLocks>) {
  const own = locks.context();
  let alive = true;
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminated: false,
    postMessage(message) {
      setTimeout(() => {
        if (alive) handle(message);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
      close();
    },
  };
  const close = (): void => {
    alive = false;
    own.end();
  };
  const scope: WorkerScope = {
    post: (message: unknown) => {
      if (!alive) return;
      setTimeout(() => worker.onmessage?.(new MessageEvent('message', { data: message })), 0);
    },
    locks: own.locks,
    close,
  };
  const handle = script(scope);
  return { worker, close, fireError: (message: string) => worker.onerror?.({ message } as ErrorEvent), fireMessageError: () => worker.onmessageerror?.(new MessageEvent('messageerror')) };
}

/** Settled within a few turns of the event loop, or 'pending' (a wait that would never end). */
export async function settledOrPending<T>(promise: Promise<T>, turns = 20): Promise<{ value: T } | { error: unknown } | 'pending'> {
  let outcome: { value: T } | { error: unknown } | 'pending' = 'pending';
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  );
  for (let i = 0; i < turns && outcome === 'pending'; i++) await new Promise((done) => setTimeout(done, 0));
  return outcome;
}

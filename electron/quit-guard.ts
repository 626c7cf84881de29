import type { IpcListener } from './ipc';

/**
 * What the main process is still doing for the window: requests answered asynchronously (a plan
 * file read in a worker, imported rows written with fs/promises, a backup or an export on its way
 * to disk). A quit in the middle would leave a plan imported without its rows or its decision log.
 */
export interface PendingWork {
  /** The listener, counted while each of its calls runs. */
  track(listener: IpcListener): IpcListener;
  readonly count: number;
  /** Resolves once nothing is running (at once when nothing is). */
  settled(): Promise<void>;
}

export function createPendingWork(): PendingWork {
  let running = 0;
  let waiters: Array<() => void> = [];
  const done = () => {
    running -= 1;
    if (running > 0) return;
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  };
  return {
    track: (listener) => async (event, ...args) => {
      running += 1;
      try {
        return await listener(event, ...args);
      } finally {
        done();
      }
    },
    get count() {
      return running;
    },
    settled: () => (running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}

/** The part of Electron's `app` the guard uses. */
export interface QuittingApp {
  quit(): void;
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Holds a quit (Cmd+Q, the last window closed) until the requests still running have finished,
 * then quits. `maxWaitMs` bounds the wait: a request stuck for good (a dialog nobody answers)
 * must not keep the app from quitting at all.
 */
export function holdQuitForPendingWork(app: QuittingApp, pending: PendingWork, wait: (ms: number) => Promise<void>, maxWaitMs: number): void {
  let waiting = false;
  app.on('before-quit', (event) => {
    if (pending.count === 0) return;
    event.preventDefault();
    if (waiting) return;
    waiting = true;
    void Promise.race([pending.settled(), wait(maxWaitMs)]).then(() => app.quit());
  });
}

/**
 * A worker the page waits on must never leave it waiting forever. A worker reports an uncaught
 * exception (`error`) and an answer the page could not receive (`messageerror`), but a worker
 * that is gone without a word (ended by the browser, out of memory) fires nothing at all. So the
 * worker holds a Web Lock, named by the page, for as long as it lives; the page asks for the same
 * lock once the worker holds it, and is given it only when the worker has ended. No timer: a
 * worker busy for minutes on a huge file is alive, one gone a millisecond ago is not.
 */

/** The part of `navigator.locks` used here; tests pass a stand-in. */
export interface LocksLike {
  request(name: string, callback: () => Promise<void> | void): Promise<unknown>;
}

/** The part of a `Worker` used here; tests pass a stand-in. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

/** Page → worker: hold this lock until you end. Worker → page: held. */
export type HoldRequest = { readonly kind: 'rr-hold'; readonly lock: string };
type Holding = { readonly kind: 'rr-holding' };

const isHoldRequest = (data: unknown): data is HoldRequest => typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'rr-hold';
const isHolding = (data: unknown): data is Holding => typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'rr-holding';

/** The lock manager (a page's or a worker's), or undefined where there is none (not served securely, Node): then only the events watch. */
export const pageLocks = (): LocksLike | undefined => (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined);

let nextLock = 0;

/**
 * Starts watching `worker`: `answer` gets each of its messages, `lost` is called once, with the
 * reason in words, when it can no longer answer; the caller then settles everything still waiting
 * on it. Returns how the caller ends the worker itself (after which `lost` is never called).
 */
export function watchWorker(worker: WorkerLike, answer: (data: unknown) => void, lost: (reason: string) => void, locks: LocksLike | undefined = pageLocks()): () => void {
  let over = false;
  const end = (reason: string): void => {
    if (over) return;
    over = true;
    lost(reason);
  };
  const lock = `rr-worker-alive-${Date.now()}-${(nextLock += 1)}-${Math.random().toString(36).slice(2)}`;
  worker.onmessage = (event) => {
    if (!isHolding(event.data)) return void answer(event.data);
    // Granted only once the worker has ended: terminated by its caller, crashed or killed.
    void locks?.request(lock, () => end('stopped without answering; the browser may have run out of memory'));
  };
  worker.onerror = (event) => end(event.message ? `stopped with an error (${event.message})` : 'stopped with an error');
  worker.onmessageerror = () => end('answered, but the answer could not be received; the browser may have run out of memory');
  if (locks) worker.postMessage({ kind: 'rr-hold', lock } satisfies HoldRequest, []);
  return () => {
    over = true;
    worker.terminate();
  };
}

/** The worker's part: serves the page's hold request, and says when work may start. */
export interface Hold {
  /** True when `data` was the page's hold request (then served: the lock is asked for, held until this worker ends). */
  serve(data: unknown): boolean;
  /**
   * Resolves once the lock is held (at once where none was asked for): work waits for it, so a
   * worker that ends during its work always ends holding the lock, and the page hears of it.
   */
  ready(): Promise<void>;
}

export function createHold(post: (message: Holding) => void, locks: LocksLike | undefined = pageLocks()): Hold {
  let held: Promise<void> = Promise.resolve();
  return {
    serve(data) {
      if (!isHoldRequest(data)) return false;
      if (locks) {
        held = new Promise((granted) => {
          void locks.request(data.lock, () => {
            post({ kind: 'rr-holding' });
            granted();
            // Never settles: the lock is released when this worker ends.
            return new Promise<void>(() => undefined);
          });
        });
      }
      return true;
    },
    ready: () => held,
  };
}

/** The worker's last step: an answer that cannot be sent (not cloneable, no memory to copy it) sends `fallback` instead. */
export function postOrSay<T>(post: (message: T, transfer: Transferable[]) => void, message: T, transfer: Transferable[], fallback: (reason: string) => T): void {
  try {
    post(message, transfer);
  } catch (error) {
    post(fallback(error instanceof Error ? `${error.name}: ${error.message}` : String(error)), []);
  }
}

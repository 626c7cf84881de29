import { describe, expect, it } from 'vitest';
import { createHold, postOrSay, watchWorker } from '../../../renderer/workers/watched-worker';
import { settledOrPending, standInLocks, standInWorker } from './stand-ins';

/** A worker that holds its lock when asked and answers 'done' to 'go' (or not at all, when told to hang). */
function echo(locks: ReturnType<typeof standInLocks>, { answers = true } = {}) {
  return standInWorker((scope) => {
    const hold = createHold(scope.post, scope.locks);
    return (data) => {
      if (hold.serve(data)) return;
      void hold.ready().then(() => answers && scope.post('done'));
    };
  }, locks);
}

/** Watches a stand-in; resolves with its first answer, or with what the watch said when it was lost. */
function watched(w: ReturnType<typeof standInWorker>, locks: ReturnType<typeof standInLocks>) {
  const page = locks.context();
  let end: () => void = () => undefined;
  const outcome = new Promise<string>((resolve) => {
    end = watchWorker(w.worker, (data) => resolve(`answer ${String(data)}`), (reason) => resolve(`lost: ${reason}`), page.locks);
  });
  return { outcome, end: () => end() };
}

describe('watchWorker: a worker the page waits on never leaves it waiting forever', () => {
  it('hands on the answers of a worker that answers', async () => {
    const locks = standInLocks();
    const w = echo(locks);
    const { outcome } = watched(w, locks);
    w.worker.postMessage('go', []);
    expect(await settledOrPending(outcome)).toEqual({ value: 'answer done' });
  });

  it('says the worker stopped when it is gone without a word (no error event, no message): the case a plain Worker never reports', async () => {
    const locks = standInLocks();
    const w = echo(locks, { answers: false });
    const { outcome } = watched(w, locks);
    w.worker.postMessage('go', []);
    // The worker holds its lock and works; nothing is said while it lives.
    expect(await settledOrPending(outcome)).toBe('pending');
    w.close();
    expect(await settledOrPending(outcome)).toEqual({ value: 'lost: stopped without answering; the browser may have run out of memory' });
  });

  it('says so on an uncaught error and on an answer that could not be received', async () => {
    const locks = standInLocks();
    const failing = echo(locks, { answers: false });
    const a = watched(failing, locks);
    failing.fireError('Uncaught RangeError: Array buffer allocation failed');
    expect(await settledOrPending(a.outcome)).toEqual({ value: 'lost: stopped with an error (Uncaught RangeError: Array buffer allocation failed)' });

    const garbled = echo(locks, { answers: false });
    const b = watched(garbled, locks);
    garbled.fireMessageError();
    expect(await settledOrPending(b.outcome)).toEqual({ value: 'lost: answered, but the answer could not be received; the browser may have run out of memory' });
  });

  it('does not call a worker lost that its caller ended itself', async () => {
    const locks = standInLocks();
    const w = echo(locks, { answers: false });
    const lost: string[] = [];
    const end = watchWorker(w.worker, () => undefined, (reason) => lost.push(reason), locks.context().locks);
    w.worker.postMessage('go', []);
    await settledOrPending(new Promise(() => undefined), 5);
    end();
    await settledOrPending(new Promise(() => undefined), 5);
    expect(w.worker.terminated).toBe(true);
    expect(lost).toEqual([]);
  });

  it('still hears errors where the page has no lock manager', async () => {
    const locks = standInLocks();
    const w = echo(locks, { answers: false });
    const outcome = new Promise<string>((resolve) => void watchWorker(w.worker, () => undefined, resolve, undefined));
    w.fireError('');
    expect(await settledOrPending(outcome)).toEqual({ value: 'stopped with an error' });
  });
});

describe('createHold: no work starts before the page can tell the worker has ended', () => {
  it('holds back the work until the lock is held, then says it holds it', async () => {
    const locks = standInLocks();
    const posted: unknown[] = [];
    let release: () => void = () => undefined;
    const blocking = locks.context();
    // Another holder first: the worker's lock is not granted at once.
    void blocking.locks.request('L', () => new Promise<void>((done) => (release = done)));
    const hold = createHold((message) => posted.push(message), locks.context().locks);
    expect(hold.serve({ kind: 'rr-hold', lock: 'L' })).toBe(true);
    expect(hold.serve({ kind: 'read' })).toBe(false);
    expect(await settledOrPending(hold.ready())).toBe('pending');
    expect(posted).toEqual([]);
    release();
    expect(await settledOrPending(hold.ready())).toEqual({ value: undefined });
    expect(posted).toEqual([{ kind: 'rr-holding' }]);
  });
});

describe('postOrSay: a worker whose answer cannot be sent says why instead of nothing', () => {
  it('sends the fallback when posting throws (a value that cannot be cloned, no memory to copy it)', () => {
    const sent: unknown[] = [];
    let first = true;
    const post = (message: unknown) => {
      if (first) {
        first = false;
        throw new DOMException('Data cannot be cloned, out of memory.', 'DataCloneError');
      }
      sent.push(message);
    };
    postOrSay(post, { kind: 'read' }, [], (reason) => ({ kind: 'failed', message: reason }));
    expect(sent).toEqual([{ kind: 'failed', message: 'DataCloneError: Data cannot be cloned, out of memory.' }]);
  });
});

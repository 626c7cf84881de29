import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { MessageChannel } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPlanFileFromDisk, serveReads } from '../../electron/plan-file-reader';
import { createWorkerPlanFileReader, type ReaderWorker } from '../../electron/plan-file-reader-client';
import { diskPlanFile } from '../../electron/plan-file-source';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { storedRows } from '../shared/rows-fixture';
import { importRecord } from '../shared/decisions/fixtures';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/**
 * The reader worker played over a real MessageChannel in this thread: the same code as the built
 * worker (`serveReads`), and the same structured clone and transfer between the two ends.
 */
function channelWorker(): ReaderWorker & { terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  serveReads(port2);
  const events = new EventEmitter();
  port1.on('message', (value) => events.emit('message', value));
  const worker = {
    terminated: false,
    once: (event: string, listener: (...args: unknown[]) => void) => events.once(event, listener),
    postMessage: (value: string) => port1.postMessage(value),
    terminate: async () => {
      worker.terminated = true;
      port1.close();
      port2.close();
      return 0;
    },
  };
  return worker as ReaderWorker & { terminated: boolean };
}

const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 500, accepted: 500, rejected: 0 });

describe('plan files read in a worker thread of the main process', () => {
  it('reads and checks the file from disk there, and hands back its rows', async () => {
    const plan = makePlan({ imports: [usage] });
    const rows = storedRows('usage', 500);
    const file = join(dir, 'plan.rollout.json');
    writeFileSync(file, serialisePlanFile(plan, FIXED_NOW, { importData: { [usage.id]: { rows, rejected: null } }, decisions: [] }));
    const workers: Array<ReturnType<typeof channelWorker>> = [];
    const read = createWorkerPlanFileReader(() => {
      const worker = channelWorker();
      workers.push(worker);
      return worker;
    }, readPlanFileFromDisk);
    const source = await diskPlanFile(file, read);
    if (!source.ok) throw new Error(source.error.message);
    const contents = await source.value.read();
    expect(contents).toMatchObject({ ok: true, value: { plan: { id: plan.id }, evidence: { importData: { [usage.id]: { rows, rejected: null } } } } });
    // One worker for the file, stopped once it answered.
    expect(workers.map((worker) => worker.terminated)).toEqual([true]);
  });

  it.each([
    ['not a plan file', '{"hello":1}', /not a Rollout Readiness plan file/],
    ['a damaged file', '{"format":"rollout-readiness-plan",', /not valid JSON/],
  ])('answers %s with the checks’ own message', async (_label, text, message) => {
    const file = join(dir, 'x.json');
    writeFileSync(file, text);
    expect(await createWorkerPlanFileReader(channelWorker, readPlanFileFromDisk)(file)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) } });
  });

  it.each<[string, (worker: EventEmitter) => void]>([
    ['fails to start (its file missing from the package)', (worker) => worker.emit('error', Object.assign(new Error('Cannot find module'), { code: 'ERR_MODULE_NOT_FOUND' }))],
    ['stops without an answer', (worker) => worker.emit('exit', 1)],
  ])('reads the file in place, with the same checks, when the worker %s', async (_label, fault) => {
    const file = join(dir, 'plan.rollout.json');
    writeFileSync(file, serialisePlanFile(makePlan({ name: 'Read in place' }), FIXED_NOW));
    const events = new EventEmitter();
    const broken = {
      once: (event: string, listener: (...args: unknown[]) => void) => events.once(event, listener),
      postMessage: () => fault(events),
      terminate: async () => 1,
    } as ReaderWorker;
    expect(await createWorkerPlanFileReader(() => broken, readPlanFileFromDisk)(file)).toMatchObject({ ok: true, value: { plan: { name: 'Read in place' } } });
  });

  it('refuses, without a crash and without trying on the main thread, a file the worker ran out of memory on', async () => {
    const events = new EventEmitter();
    const inPlace = vi.fn(readPlanFileFromDisk);
    const starved = {
      once: (event: string, listener: (...args: unknown[]) => void) => events.once(event, listener),
      postMessage: () => events.emit('error', Object.assign(new Error('out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' })),
      terminate: async () => 1,
    } as ReaderWorker;
    expect(await createWorkerPlanFileReader(() => starved, inPlace)('/tmp/plan.json')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(inPlace).not.toHaveBeenCalled();
  });
});

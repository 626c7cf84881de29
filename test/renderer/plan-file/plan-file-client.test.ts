import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readPlanFile, serialisePlanFile } from '../../../shared/model/plan-file';
import { createPlan } from '../../../shared/model/plan-factory';
import { askPlanFileWorker, readPlanFileInWorker } from '../../../renderer/plan-file/plan-file-client';
import { createHold } from '../../../renderer/workers/watched-worker';
import { settledOrPending, standInLocks, standInWorker as threadWorker } from '../workers/stand-ins';
import type { PlanFileAnswer, PlanFileRequest } from '../../../renderer/plan-file/plan-file-protocol';
import { fileSource } from '../../../renderer/api/browser-files';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import type { FilePlatform } from '../../../shared/service/file-platform';
import type { PlanFileSource } from '../../../shared/service/opened-plan-files';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { FIXED_NOW } from '../../shared/plan-fixture';

/** The worker's part played in this thread: reads the File it is handed, then the same readPlanFile, counted. */
function standInWorker() {
  const requests: PlanFileRequest[] = [];
  const send = async (request: PlanFileRequest): Promise<PlanFileAnswer> => {
    requests.push(request);
    if (request.kind !== 'read') return { kind: 'failed', message: 'only reads here' };
    return { kind: 'read', result: readPlanFile(await request.file.text()) };
  };
  return { requests, send };
}

const fileOf = (name: string) => serialisePlanFile(createPlan({ name, templateId: 'team-workflow-pilot', now: FIXED_NOW }), FIXED_NOW);
const A = fileOf('A');

describe('readPlanFileInWorker', () => {
  it('hands the worker the File itself, not its text', async () => {
    const worker = standInWorker();
    const file = new File([A], 'a.rollout.json');
    expect(await readPlanFileInWorker(file, worker.send)).toMatchObject({ ok: true, value: { plan: { name: 'A' } } });
    expect(worker.requests).toEqual([{ kind: 'read', file }]);
  });

  it('hands on a refusal with its message', async () => {
    expect(await readPlanFileInWorker(new File(['{"hello":1}'], 'x.json'), standInWorker().send)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/not a Rollout Readiness plan file/) },
    });
  });

  it('says so when the worker stops', async () => {
    const stopped = async (): Promise<PlanFileAnswer> => ({ kind: 'failed', message: 'out of memory' });
    expect(await readPlanFileInWorker(new File([A], 'a.json'), stopped)).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('out of memory') } });
  });
});

describe('askPlanFileWorker: an import never waits forever on the worker', () => {
  const read = { kind: 'read', file: new Blob(['{}']) } as const;

  it('says the file could not be read when the worker is gone mid-read without a word, and nothing was imported', async () => {
    const locks = standInLocks();
    const reader = threadWorker((scope) => {
      const hold = createHold(scope.post, scope.locks);
      return (data) => {
        if (hold.serve(data)) return;
        // The browser ends the worker while it reads: no answer, no error event.
        void hold.ready().then(scope.close);
      };
    }, locks);
    const answer = askPlanFileWorker(read, [], () => reader.worker, locks.context().locks);
    const outcome = await settledOrPending(readPlanFileInWorker(new Blob(['{}']), () => answer));
    expect(outcome).toEqual({
      value: {
        ok: false,
        error: expect.objectContaining({
          code: 'io',
          message: 'The plan file could not be read (the background task stopped without answering; the browser may have run out of memory). Nothing was imported.',
        }),
      },
    });
  });

  it('says so when the answer could not be received, and terminates the worker', async () => {
    const locks = standInLocks();
    const reader = threadWorker((scope) => {
      const hold = createHold(scope.post, scope.locks);
      return (data) => void hold.serve(data);
    }, locks);
    const answer = askPlanFileWorker(read, [], () => reader.worker, locks.context().locks);
    reader.fireMessageError();
    expect(await settledOrPending(answer)).toEqual({ value: { kind: 'failed', message: expect.stringMatching(/^the background task answered, but the answer could not be received/) } });
    expect(reader.worker.terminated).toBe(true);
  });

  it('says so when the worker cannot start or cannot be given the request', async () => {
    const cannotStart = () => {
      throw new Error('SecurityError: workers are blocked');
    };
    expect(await settledOrPending(askPlanFileWorker(read, [], cannotStart, undefined))).toEqual({
      value: { kind: 'failed', message: 'the background task could not start: SecurityError: workers are blocked' },
    });
    const locks = standInLocks();
    const reader = threadWorker(() => () => undefined, locks);
    reader.worker.postMessage = () => {
      throw new DOMException('out of memory', 'DataCloneError');
    };
    expect(await settledOrPending(askPlanFileWorker(read, [], () => reader.worker, undefined))).toEqual({
      value: { kind: 'failed', message: 'the background task could not be given the plan: out of memory' },
    });
  });
});

describe('the service with files chosen in the browser (as the browser runs it)', () => {
  it('parses a file once for an import that clashes, is asked about, and is then replaced', async () => {
    const worker = standInWorker();
    const chosen: PlanFileSource[] = [];
    // The file input "chooses" the next File; the records go to IndexedDB as in the browser.
    const files: FilePlatform = {
      saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
      savePlanFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
      openPlanFile: async () => ({ ok: true, value: chosen.shift() ?? null }),
      printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
    };
    const api = createRolloutService(createIdbStorage('plan-file-client-clash'), files);
    const choose = async () => {
      chosen.push(fileSource(new File([A], 'a.rollout.json'), (file) => readPlanFileInWorker(file, worker.send)));
      const opened = await api.openTextFile('plan');
      if (!opened.ok || opened.value === null) throw new Error('nothing chosen');
      expect(opened.value).toEqual({ name: 'a.rollout.json', size: new Blob([A]).size, token: expect.any(String) });
      return opened.value.token;
    };
    expect(await api.importPlan(await choose(), 'ask')).toMatchObject({ ok: true, value: { status: 'imported', replaced: false } });
    const token = await choose();
    expect(await api.importPlan(token, 'ask')).toMatchObject({ ok: true, value: { status: 'conflict' } });
    expect(await api.importPlan(token, 'replace')).toMatchObject({ ok: true, value: { status: 'imported', replaced: true } });
    // One parse per import: the first file, then the second once for the question and its answer.
    expect(worker.requests).toHaveLength(2);
  });
});

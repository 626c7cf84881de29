import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPlanFile, serialisePlanFile } from '../../../shared/model/plan-file';
import { createPlan } from '../../../shared/model/plan-factory';
import { createPlanFileReader } from '../../../renderer/plan-file/plan-file-client';
import type { PlanFileAnswer, PlanFileRequest } from '../../../renderer/plan-file/plan-file-protocol';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import type { FilePlatform } from '../../../shared/service/file-platform';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { FIXED_NOW } from '../../shared/plan-fixture';

/** The worker's part played in this thread: the same readPlanFile, counted. */
function standInWorker() {
  const requests: PlanFileRequest[] = [];
  const send = async (request: PlanFileRequest): Promise<PlanFileAnswer> => {
    requests.push(request);
    if (request.kind !== 'read') return { kind: 'failed', message: 'only reads here' };
    return { kind: 'read', result: readPlanFile(request.text) };
  };
  return { requests, send };
}

const fileOf = (name: string) => serialisePlanFile(createPlan({ name, templateId: 'team-workflow-pilot', now: FIXED_NOW }), FIXED_NOW);

// Made once: a new plan has a new id, so the same name twice would be two different files.
const A = fileOf('A');
const B = fileOf('B');

afterEach(() => vi.useRealTimers());

describe('createPlanFileReader', () => {
  it.each([
    ['the same file twice (answering the "already here" question) is parsed once', [A, A], 1],
    ['two different files are each parsed', [A, B], 2],
    ['a file read again after another one is parsed again', [A, B, A], 3],
  ])('%s', async (_name, texts, parses) => {
    const worker = standInWorker();
    const read = createPlanFileReader(60_000, worker.send);
    for (const text of texts) {
      const result = await read(text);
      expect(result.ok && result.value.plan.name).toBe(JSON.parse(text).plan.name);
    }
    expect(worker.requests).toHaveLength(parses);
  });

  it('forgets the checked file after a while, so its rows are not kept for the session', async () => {
    vi.useFakeTimers();
    const worker = standInWorker();
    const read = createPlanFileReader(1000, worker.send);
    await read(A);
    vi.advanceTimersByTime(1001);
    await read(A);
    expect(worker.requests).toHaveLength(2);
  });

  it('hands on a refusal with its message', async () => {
    const read = createPlanFileReader(1000, standInWorker().send);
    expect(await read('{"hello":1}')).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/not a Rollout Readiness plan file/) } });
  });
});

describe('the service with the worker’s reader injected (as the browser runs it)', () => {
  it('parses a file once for an import that clashes, is asked about, and is then replaced', async () => {
    const worker = standInWorker();
    // No file is handed to the user here; the records go to IndexedDB as in the browser.
    const noFiles: FilePlatform = {
      saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
      savePlanFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
      openTextFile: async () => ({ ok: true, value: null }),
      printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
    };
    const api = createRolloutService(createIdbStorage('plan-file-client-clash'), noFiles, { readPlanFile: createPlanFileReader(60_000, worker.send) });
    expect(await api.importPlan(A, 'ask')).toMatchObject({ ok: true, value: { status: 'imported', replaced: false } });
    expect(await api.importPlan(A, 'ask')).toMatchObject({ ok: true, value: { status: 'conflict' } });
    expect(await api.importPlan(A, 'replace')).toMatchObject({ ok: true, value: { status: 'imported', replaced: true } });
    expect(worker.requests).toHaveLength(1);
  });
});

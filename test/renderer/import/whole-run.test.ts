import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../shared/csv';
import type { FromImportWorker } from '../../../renderer/import/import-protocol';
import { runImportJob, type ImportJob } from '../../../renderer/import/run-import-job';
import { runDigestingImport } from '../../../renderer/import/whole-file-digest';
import { startWhole, type WholeRunners } from '../../../renderer/import/whole-run';

/** The import worker's `start`, run as the worker runs it, with the real importer or one that fails as nothing catches. */
const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', 'quality-share-and-minutes.csv')));
const file = new Blob([bytes]);

function job(): ImportJob {
  const preview = previewCsv(bytes, { kind: 'quality', totalBytes: bytes.length, today: '2026-03-10' });
  if (!preview.ok) throw new Error(preview.error.message);
  return { kind: 'quality', settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-03-10', totalBytes: bytes.length };
}

const real: WholeRunners = { plain: runImportJob, digesting: runDigestingImport };
const outOfMemory = (): never => {
  throw new RangeError('Array buffer allocation failed');
};

/** Runs `start` and returns every `done` it posted; `refuseDone`: the first `done` cannot be sent, as an answer too big to copy. */
async function dones(runners: WholeRunners, digest: boolean, refuseDone = false): Promise<Extract<FromImportWorker, { type: 'done' }>[]> {
  const posted: Extract<FromImportWorker, { type: 'done' }>[] = [];
  let refused = false;
  await startWhole({ type: 'start', file, job: job(), digest }, new AbortController().signal, (reply) => {
    if (reply.type !== 'done') return;
    if (refuseDone && !refused) {
      refused = true;
      throw new DOMException('Data cannot be cloned, out of memory.', 'DataCloneError');
    }
    posted.push(reply);
  }, runners);
  return posted;
}

describe('the import worker always answers the window once', () => {
  it.each([false, true])('with the rows of a sound file (digest %s)', async (digest) => {
    const [done, ...more] = await dones(real, digest);
    expect(more).toEqual([]);
    expect(done?.result.ok).toBe(true);
  });

  it.each([
    ['the plain job throws at once', { ...real, plain: outOfMemory }, false],
    ['the plain job rejects', { ...real, plain: () => Promise.reject(new RangeError('Array buffer allocation failed')) }, false],
    ['the digesting job throws at once', { ...real, digesting: outOfMemory }, true],
    ['the digesting job rejects', { ...real, digesting: () => Promise.reject(new RangeError('Array buffer allocation failed')) }, true],
  ] as const)('with the reason when %s (no unhandled rejection, no endless "Importing…")', async (_, runners, digest) => {
    const [done, ...more] = await dones(runners, digest);
    expect(more).toEqual([]);
    expect(done?.result).toMatchObject({ ok: false, error: { reason: 'internal' } });
    if (done?.result.ok === false) expect(done.result.error.message).toMatch(/unexpected problem \(RangeError: Array buffer allocation failed\)\. Nothing was imported\./);
  });

  it('with the reason when the result cannot be sent', async () => {
    const [done, ...more] = await dones(real, true, true);
    expect(more).toEqual([]);
    expect(done?.result).toMatchObject({ ok: false, error: { reason: 'internal' } });
    if (done?.result.ok === false) expect(done.result.error.message).toMatch(/could not be handed to the window \(Data cannot be cloned, out of memory\.\)/);
  });
});

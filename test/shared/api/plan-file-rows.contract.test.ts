import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, importText } from './adapters';
import { sha256Hex } from '../../../shared/csv/sha256';
import { encodeBase64 } from '../../../shared/model/base64';
import { readPlanFile, readPlanFileHashing, serialisePlanFile } from '../../../shared/model/plan-file';
import { makePlan } from '../../electron/fixtures';
import { importRecord } from '../decisions/fixtures';
import { storedRows } from '../rows-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 20, accepted: 20 });
const plan = makePlan({ name: 'Claims triage assistant', imports: [usage] });
const LABEL = /The rows of “usage\.csv” \(imported 2026-10-05\) in this plan file/;

/**
 * A plan file whose rows for the usage import are `rows`, with a SHA-256 that matches them: the
 * hash alone cannot catch a file made by hand, so the rows are decoded and counted.
 */
function fileWithRows(rows: Uint8Array, rowsSha256 = sha256Hex(rows)): string {
  const file = JSON.parse(serialisePlanFile(plan, CLOCK, { importData: {}, decisions: [] })) as Record<string, unknown>;
  file['importData'] = { [usage.id]: { rows: encodeBase64(rows), rowsSha256, rejected: null, rejectedSha256: null } };
  return JSON.stringify(file);
}

/** The platform's native SHA-256, as the browser's worker passes it. */
async function nativeHex(data: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await webcrypto.subtle.digest('SHA-256', data));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const hostile: [string, Uint8Array, RegExp][] = [
  ['random bytes', new Uint8Array(4096).map((_, i) => (i * 131 + 7) % 256), /cannot be read as stored pilot data/],
  ['columns cut short', storedRows('usage', 20).subarray(0, 100), /cannot be read as stored pilot data .*truncated/],
  ['columns of another kind of file', storedRows('quality', 20), /hold quality columns, but the import is recorded as usage data/],
  ['fewer rows than the import accepted', storedRows('usage', 19), /number 19, but the import is recorded with 20 accepted rows/],
  ['more rows than the import accepted', storedRows('usage', 2000), /number 2000, but the import is recorded with 20 accepted rows/],
  ['no rows for an import that accepted some', storedRows('usage', 0), /number 0, but the import is recorded with 20 accepted rows/],
];

describe('rows in a plan file are decoded and checked against their import record', () => {
  it.each(hostile)('%s: the file is refused, naming the import', (_name, rows, problem) => {
    const read = readPlanFile(fileWithRows(rows));
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!read.ok && read.error.message).toMatch(LABEL);
    expect(!read.ok && read.error.message).toMatch(problem);
    expect(!read.ok && read.error.message).toMatch(/Nothing was imported\.$/);
  });

  it.each(hostile)('%s: refused in the same words when the SHA-256 is the platform’s (the browser worker’s reader)', async (_name, rows) => {
    const text = fileWithRows(rows);
    expect(await readPlanFileHashing(text, nativeHex)).toEqual(readPlanFile(text));
  });

  it.each([
    ['readPlanFile', async (text: string) => readPlanFile(text)],
    ['readPlanFileHashing', (text: string) => readPlanFileHashing(text, nativeHex)],
  ])('%s names rows changed after the file was made as changed, before counting them', async (_name, read) => {
    const changed = fileWithRows(storedRows('usage', 19), sha256Hex(storedRows('usage', 20)));
    expect(await read(changed)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/do not match the SHA-256 recorded/) } });
  });

  it('accepts rows of the import’s kind and count', () => {
    const rows = storedRows('usage', 20);
    expect(readPlanFile(fileWithRows(rows))).toMatchObject({ ok: true, value: { evidence: { importData: { [usage.id]: { rows } } } } });
  });
});

describe.each(adapters)('a plan file with rows that do not match their import, over %s', (_name, open) => {
  it.each(hostile)('%s: refused, and nothing is written', async (_case, rows) => {
    const api = await open([]);
    expect(await importText(api, fileWithRows(rows), 'ask')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

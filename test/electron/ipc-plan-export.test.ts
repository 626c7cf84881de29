import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFileDialogs } from '../../electron/files';
import { createHandlers } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { serialisePlanFile } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import { importRecord } from '../shared/decisions/fixtures';
import { storedRows } from '../shared/rows-fixture';
import { FIXED_NOW, makeFakeWindow, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', rejected: 1 });
const plan = makePlan({ name: 'Claims “assistant” ✓', imports: [usage] });
const rows = storedRows('usage', 20, 4);
const rejected = new TextEncoder().encode('Line,Reason\r\n7,Date “2026-13-01” is not a date\r\n');
/** The file `serialisePlanFile` writes for a plan as stored with these rows: the export must be these bytes exactly. */
const fileFor = (stored: Plan) => Buffer.from(serialisePlanFile(stored, FIXED_NOW, { importData: { [usage.id]: { rows, rejected } }, decisions: [] }), 'utf8');
/** The plan as the store keeps it, which is what is exported (saving stamps it). */
let storedPlan: Plan;
let expected: Buffer;

beforeAll(async () => {
  const { api } = await stocked(Number.MAX_SAFE_INTEGER);
  const read = await api.getPlan(plan.id);
  if (!read.ok) throw new Error(read.error.message);
  storedPlan = read.value;
  expected = fileFor(storedPlan);
});

/** A data folder holding the plan with its rows, and the handlers over it with a plan-file limit. */
async function stocked(maxPlanFileBytes: number) {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const target = join(dir, 'exported.rollout.json');
  const files = createFileDialogs({ showSaveDialog: async () => ({ canceled: false, filePath: target }), showOpenDialog: vi.fn() }, () => dir);
  const api = createHandlers({ dataDir: dir, files, printer: createReportPrinter(() => makeFakeWindow(), files), now: () => FIXED_NOW, maxPlanFileBytes });
  expect((await api.savePlan(plan)).ok).toBe(true);
  expect((await api.saveImportData(plan.id, usage.id, 'rows', rows)).ok).toBe(true);
  expect((await api.saveImportData(plan.id, usage.id, 'rejected', rejected)).ok).toBe(true);
  return { api, target };
}

describe('exporting a plan in Electron (parts written one after another, Node’s SHA-256)', () => {
  it.each([
    ['exactly at the limit: written, byte for byte the file serialisePlanFile makes', 0, true],
    ['one byte above the limit (counted in UTF-8 bytes): refused, nothing written', -1, false],
  ])('%s', async (_name, slack, written) => {
    const { api, target } = await stocked(expected.byteLength + slack);
    expect(await api.getPlan(plan.id)).toEqual({ ok: true, value: storedPlan });
    const result = await api.exportPlan(plan.id);
    if (written) {
      expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'exported.rollout.json' } });
      expect(readFileSync(target).equals(expected)).toBe(true);
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'too_large', message: expect.stringContaining('the limit for a plan file') } });
      expect(existsSync(target)).toBe(false);
    }
  });
});

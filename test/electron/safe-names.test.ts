import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDecisionLog } from '../../electron/decision-log';
import { createImportDataStore } from '../../electron/import-data-store';
import { createStorage } from '../../electron/storage';
import { fileKeyForId } from '../../electron/store-files';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

describe('ids that Windows treats as devices', () => {
  it.each(['con', 'nul', 'NUL', 'aux', 'prn', 'com1', 'lpt1', 'lpt9'])('“%s” never becomes a file or folder name', (id) => {
    expect(fileKeyForId(id)).toMatch(/^h-[0-9a-f]{64}$/);
  });

  it.each(['constructor', 'hasownproperty', '3f0e8f6c-1d2b-4c3a-9e8f-0a1b2c3d4e5f'])('“%s” stays readable as it is', (id) => {
    expect(fileKeyForId(id)).toBe(id);
  });

  it('stores a plan, its decision log and its imported rows under an id such as “nul”, and reads them back', async () => {
    const plan = makePlan({ id: 'nul' });
    const storage = createStorage(dataDir, { now: () => FIXED_NOW });
    expect(storage.savePlan(plan).ok).toBe(true);
    const log = createDecisionLog(dataDir, { findPlan: (id) => storage.findSummary(id), getPlan: (id) => storage.getPlan(id), now: () => FIXED_NOW });
    expect(log.append(makeDecision('nul')).ok).toBe(true);
    const imports = createImportDataStore(dataDir, { planExists: (id) => storage.findSummary(id) !== null });
    expect((await imports.save('nul', 'con', 'rows', new Uint8Array([1, 2]))).ok).toBe(true);

    const names = ['plans', 'decisions', 'imports'].flatMap((dir) => readdirSync(join(dataDir, dir), { recursive: true }).map(String));
    expect(names.filter((name) => name.split(/[\\/]/).some((part) => DEVICE.test(part)))).toEqual([]);
    const reopened = createStorage(dataDir, { now: () => FIXED_NOW });
    expect(reopened.getPlan('nul')).toMatchObject({ ok: true, value: { id: 'nul' } });
    expect((await imports.load('nul', 'con', 'rows'))).toEqual({ ok: true, value: new Uint8Array([1, 2]) });
  });
});

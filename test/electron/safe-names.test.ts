import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fileKeyForId } from '../../electron/store-files';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

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
    const api = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    expect((await api.savePlan(plan)).ok).toBe(true);
    expect((await api.appendDecision(makeDecision('nul'))).ok).toBe(true);
    expect((await api.saveImportData('nul', 'con', 'rows', new Uint8Array([1, 2]))).ok).toBe(true);

    const names = ['plans', 'decisions', 'imports'].flatMap((dir) => readdirSync(join(dataDir, dir), { recursive: true }).map(String));
    expect(names.filter((name) => name.split(/[\\/]/).some((part) => DEVICE.test(part)))).toEqual([]);
    const reopened = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    expect(await reopened.getPlan('nul')).toMatchObject({ ok: true, value: { id: 'nul' } });
    expect(await reopened.loadImportData('nul', 'con', 'rows')).toEqual({ ok: true, value: new Uint8Array([1, 2]) });
    expect(await reopened.listDecisions('nul')).toMatchObject({ ok: true, value: [{ planId: 'nul' }] });
  });
});

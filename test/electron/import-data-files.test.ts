import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolloutApi } from '../../shared/api';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
let storage: RolloutApi;
/** The import-data methods of the desktop API, by their short names. */
let store: { save: RolloutApi['saveImportData']; load: RolloutApi['loadImportData']; delete: RolloutApi['deleteImportData'] };
const methodsOf = (api: RolloutApi) => ({ save: api.saveImportData, load: api.loadImportData, delete: api.deleteImportData });
const plan = makePlan();
const importId = '0b9f3c1e-6d2a-4c55-9a57-2f4be1d0c3a8';

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  storage = openDesktopApi(dataDir, { now: () => FIXED_NOW });
  await storage.savePlan(plan);
  store = methodsOf(storage);
});
afterEach(() => cleanup());

const partFile = (part: string) => join(dataDir, 'imports', plan.id, `${importId}.${part}.bin`);

describe('import data round trip', () => {
  it('gives back a 5 MB random buffer byte for byte, in its own file beside the plan', async () => {
    const bytes = new Uint8Array(randomBytes(5 * 1024 * 1024));
    expect(await store.save(plan.id, importId, 'rows', bytes)).toEqual({ ok: true, value: undefined });

    expect(readFileSync(partFile('rows')).equals(bytes)).toBe(true);
    const loaded = await store.load(plan.id, importId, 'rows');
    if (!loaded.ok || loaded.value === null) throw new Error('expected the rows back');
    expect(loaded.value).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(loaded.value).equals(bytes)).toBe(true);
    // The plan file itself does not grow with the rows.
    expect(readFileSync(join(dataDir, 'plans', `plan-${plan.id}.json`)).byteLength).toBeLessThan(1024 * 1024);
  });

  it('keeps the two parts apart and answers null for a part never stored', async () => {
    const rows = new Uint8Array([1, 2, 3]);
    expect(await store.load(plan.id, importId, 'rejected')).toEqual({ ok: true, value: null });
    await store.save(plan.id, importId, 'rows', rows);
    await store.save(plan.id, importId, 'rejected', new TextEncoder().encode('line,reason\n4,bad date\n'));
    expect(await store.load(plan.id, importId, 'rows')).toEqual({ ok: true, value: rows });
    expect(await store.load(plan.id, importId, 'rejected')).toEqual({
      ok: true,
      value: new TextEncoder().encode('line,reason\n4,bad date\n'),
    });
  });

  it('replaces a part atomically, leaving no temporary file behind', async () => {
    await store.save(plan.id, importId, 'rows', new Uint8Array(1000).fill(7));
    await store.save(plan.id, importId, 'rows', new Uint8Array([9]));
    expect(await store.load(plan.id, importId, 'rows')).toEqual({ ok: true, value: new Uint8Array([9]) });
    expect(readdirSync(join(dataDir, 'imports', plan.id))).toEqual([`${importId}.rows.bin`]);
  });

  it('survives a restart', async () => {
    await store.save(plan.id, importId, 'rows', new Uint8Array([4, 5, 6]));
    const again = methodsOf(openDesktopApi(dataDir, { now: () => FIXED_NOW }));
    expect(await again.load(plan.id, importId, 'rows')).toEqual({ ok: true, value: new Uint8Array([4, 5, 6]) });
  });
});

describe('refusals', () => {
  it('refuses a plan that does not exist with not_found, writing nothing', async () => {
    for (const planId of ['no-such-plan', '../plans', '..']) {
      expect(await store.save(planId, importId, 'rows', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await store.load(planId, importId, 'rows')).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await store.delete(planId, importId)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(existsSync(join(dataDir, 'imports'))).toBe(false);
  });

  it.each([
    ['a parent folder', '..'],
    ['a path climbing out', '../../settings'],
    ['a forward slash', 'a/b'],
    ['a backslash', 'a\\b'],
    ['a dot', 'rows.bin'],
    ['a drive letter', 'C:'],
    ['a space', 'two words'],
    ['an empty id', ''],
    ['a NUL byte', 'a\u0000b'],
  ])('refuses an import id with %s as invalid, writing nothing', async (_label, badId) => {
    expect(await store.save(plan.id, badId, 'rows', new Uint8Array([1]))).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await store.load(plan.id, badId, 'rows')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await store.delete(plan.id, badId)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(existsSync(join(dataDir, 'imports'))).toBe(false);
  });

  it('keeps a plan whose imported id is odd inside the imports folder', async () => {
    const odd = makePlan({ id: '../../Odd Plan' });
    await storage.savePlan(odd);
    expect(await store.save(odd.id, importId, 'rows', new Uint8Array([1]))).toEqual({ ok: true, value: undefined });
    const [folder] = readdirSync(join(dataDir, 'imports'));
    expect(folder).toMatch(/^h-[0-9a-f]{64}$/);
    expect(await store.load(odd.id, importId, 'rows')).toEqual({ ok: true, value: new Uint8Array([1]) });
  });
});

describe('delete', () => {
  it('removes both parts of the import and only those', async () => {
    const other = '7c3e0f52-1a4b-4d8e-8f6a-90b1c2d3e4f5';
    await store.save(plan.id, importId, 'rows', new Uint8Array([1]));
    await store.save(plan.id, importId, 'rejected', new Uint8Array([2]));
    await store.save(plan.id, other, 'rows', new Uint8Array([3]));

    expect(await store.delete(plan.id, importId)).toEqual({ ok: true, value: undefined });
    expect(existsSync(partFile('rows'))).toBe(false);
    expect(existsSync(partFile('rejected'))).toBe(false);
    expect(await store.load(plan.id, importId, 'rows')).toEqual({ ok: true, value: null });
    expect(await store.load(plan.id, other, 'rows')).toEqual({ ok: true, value: new Uint8Array([3]) });
    expect(await store.delete(plan.id, importId)).toEqual({ ok: true, value: undefined });
  });

  it('keeps the data when the plan is deleted, and serves it again once the plan is restored (Undo)', async () => {
    await store.save(plan.id, importId, 'rows', new Uint8Array([8, 8]));
    await storage.deletePlan(plan.id);
    expect(existsSync(partFile('rows'))).toBe(true);
    expect(await store.load(plan.id, importId, 'rows')).toMatchObject({ ok: false, error: { code: 'not_found' } });

    await storage.savePlan(plan);
    expect(await store.load(plan.id, importId, 'rows')).toEqual({ ok: true, value: new Uint8Array([8, 8]) });
  });
});

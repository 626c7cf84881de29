import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { must } from '../shared/must';
import { openDesktopApi } from './desktop-api-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { onTmpfs } from './tmpfs';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

describe('a data folder on a disk mounted read-only (tmpfs remounted read-only; needs root)', () => {
  it('with a damaged plan in it: the other plans still list, the damaged one is named and left byte for byte', async (ctx) => {
    await onTmpfs(ctx, join(dataDir, 'ro'), '1m', async (disk) => {
      const good = makePlan({ name: 'Claims triage assistant' });
      const bad = makePlan({ name: 'Chat assistant' });
      const api = openDesktopApi(disk, { now: () => FIXED_NOW });
      for (const plan of [good, bad]) must(await api.savePlan(plan));
      const badPath = join(disk, 'plans', `plan-${bad.id}.json`);
      writeFileSync(badPath, '{"name":"Chat assistant","stag');
      execFileSync('mount', ['-o', 'remount,ro', disk]);

      const readOnly = openDesktopApi(disk, { now: () => FIXED_NOW });
      expect(must(await readOnly.listPlans()).map((p) => p.name)).toEqual(['Claims triage assistant']);
      expect(must(await readOnly.getStartupNotices()).map((n) => n.message)).toEqual([
        expect.stringMatching(/could not be opened because its contents are damaged .* could not be set aside because the disk is read-only, so it was left exactly where it is/),
      ]);
      expect(must(await readOnly.getPlan(good.id)).name).toBe('Claims triage assistant');
      expect(await readOnly.savePlan({ ...good, revision: good.revision + 1 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Not saved because the disk is read-only/) as unknown } });
      expect(readFileSync(badPath, 'utf8')).toBe('{"name":"Chat assistant","stag');
    });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backUpAllPlans, restoreFromBackup } from '../../electron/backup';
import type { DialogLike } from '../../electron/files';
import { createMemoryApi } from '../../renderer/api/memory-api';
import { planFileName, fileKeyForId } from '../../electron/store-files';
import { openDesktopApi } from './desktop-api-fixture';
import { makePlan, makeTempDir, FIXED_NOW } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** Dialogs that answer with a path in the temp folder, or cancel. */
function dialogs(path: string | null): DialogLike {
  return {
    showSaveDialog: async () => (path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path }),
    showOpenDialog: async () => (path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] }),
  };
}

describe('Back Up All Plans and Restore from Backup', () => {
  it('writes one file the user chose, and restores it on another computer', async () => {
    const file = join(dir, 'backup.json');
    const source = createMemoryApi({ plans: [makePlan()] });
    const saved = await backUpAllPlans({ api: source, dialogs: dialogs(file), defaultDir: () => dir, now: () => FIXED_NOW });
    expect(saved).toEqual({ ok: true, value: { saved: true, fileName: 'backup.json', planCount: 1, warnings: [] } });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'rollout-readiness-backup', plans: [{ plan: { name: 'Claims triage assistant' } }] });

    const target = createMemoryApi();
    const restored = await restoreFromBackup({ api: target, dialogs: dialogs(file), defaultDir: () => dir });
    expect(restored).toMatchObject({ ok: true, value: { chosen: true, summary: 'Restored 1 plan.' } });
  });

  it('does nothing when the user cancels either dialog', async () => {
    const api = createMemoryApi({ plans: [makePlan()] });
    expect(await backUpAllPlans({ api, dialogs: dialogs(null), defaultDir: () => dir })).toEqual({ ok: true, value: { saved: false } });
    expect(await restoreFromBackup({ api, dialogs: dialogs(null), defaultDir: () => dir })).toEqual({ ok: true, value: { chosen: false } });
  });

  it('explains a chosen file that is not a backup, and changes nothing', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"hello":1}');
    const api = createMemoryApi();
    const restored = await restoreFromBackup({ api, dialogs: dialogs(file), defaultDir: () => dir });
    expect(restored).toMatchObject({ ok: false, error: { message: 'This file is not a Rollout Readiness backup.' } });
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
  });

  it('names each plan it could not take (damaged, from a newer app) and why, beside the plans it holds', async () => {
    const dataDir = join(dir, 'data');
    const first = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    const good = makePlan({ id: 'plan-good', name: 'Claims triage' });
    const damaged = makePlan({ id: 'plan-damaged', name: 'Chat assistant' });
    const newer = makePlan({ id: 'plan-newer', name: 'Search pilot' });
    for (const plan of [good, damaged, { ...damaged, revision: damaged.revision + 1 }, newer]) expect((await first.savePlan(plan)).ok).toBe(true);
    const fileOf = (id: string) => join(dataDir, 'plans', planFileName(fileKeyForId(id)));
    writeFileSync(fileOf(damaged.id), '{"id":"plan-damaged","name":"Chat assis');
    writeFileSync(fileOf(newer.id), JSON.stringify({ ...newer, schemaVersion: 99 }));

    // The app opened again: the plan list shows the one good plan.
    const api = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    const listed = await api.listPlans();
    expect(listed.ok && listed.value.map((plan) => plan.name)).toEqual(['Claims triage']);

    const file = join(dir, 'backup.json');
    const saved = await backUpAllPlans({ api, dialogs: dialogs(file), defaultDir: () => dir, now: () => FIXED_NOW });
    if (!saved.ok || !saved.value.saved) throw new Error('expected the backup to be written');
    expect(saved.value.planCount).toBe(1);
    expect(saved.value.warnings).toHaveLength(2);
    expect(saved.value.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^“Chat assistant” is not in the backup\. .*contents are damaged.*previous saved version of "Chat assistant" \(revision 1/),
        expect.stringMatching(/^“Search pilot” is not in the backup\. .*newer version of Rollout Readiness/),
      ]),
    );
  });
});

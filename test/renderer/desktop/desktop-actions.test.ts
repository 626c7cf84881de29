import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHandlers } from '../../../electron/desktop-ipc';
import type { DialogLike } from '../../../electron/files';
import { diskPlanFile } from '../../../electron/plan-file-source';
import { createOpenFileQueue } from '../../../electron/open-files';
import { createMemoryApi, type MemoryApi } from '../../../renderer/api/memory-api';
import { backUpAllPlans, restoreBackup } from '../../../renderer/desktop/backup-actions';
import { importWaitingFile } from '../../../renderer/desktop/opened-files';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import { makeTempDir } from '../../electron/fixtures';
import { makePlan, TEST_NOW } from '../plan-fixtures';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** The main process's desktop handlers over a memory API, with dialogs that pick `path`. */
function setup(api: MemoryApi, path: string | null = null) {
  const dialogs: DialogLike = {
    showSaveDialog: async () => (path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path }),
    showOpenDialog: async () => (path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] }),
  };
  const queue = createOpenFileQueue(() => undefined);
  const desktop = createDesktopHandlers({ openFiles: queue, planFile: diskPlanFile, offerPlanFile: api.offerPlanFile, logsDir: dir, backup: { api, dialogs, defaultDir: () => dir } });
  const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 60_000 });
  return { store, desktop, queue };
}

describe('a plan file opened by the OS', () => {
  it('is imported through the plan import once the window takes it', async () => {
    const plan = makePlan({ name: 'Opened by double-click' });
    const file = join(dir, 'opened.rollout.json');
    writeFileSync(file, serialisePlanFile(plan, TEST_NOW));
    const { store, desktop, queue } = setup(createMemoryApi());
    await store.getState().initialise();
    queue.push([file]);

    await importWaitingFile(store, desktop);

    expect(store.getState().plans.map((summary) => summary.name)).toEqual(['Opened by double-click']);
    expect(store.getState().plan?.name).toBe('Opened by double-click');
  });

  it('asks before touching a plan with the same id', async () => {
    const plan = makePlan({ name: 'Here already' });
    const file = join(dir, 'same.rollout.json');
    writeFileSync(file, serialisePlanFile({ ...plan, name: 'From the file' }, TEST_NOW));
    const { store, desktop, queue } = setup(createMemoryApi({ plans: [plan] }));
    await store.getState().initialise();
    queue.push([file]);

    await importWaitingFile(store, desktop);

    expect(store.getState().dialog?.kind).toBe('import-conflict');
    expect(store.getState().plans).toHaveLength(1);
  });

  it('explains a file that is not a plan and imports nothing', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"hello":"world"}');
    const api = createMemoryApi();
    const { store, desktop, queue } = setup(api);
    await store.getState().initialise();
    queue.push([file]);

    await importWaitingFile(store, desktop);

    expect(store.getState().dialog).toMatchObject({ kind: 'error', title: 'Could not import the plan file' });
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
  });
});

describe('Back Up All Plans and Restore from the File menu', () => {
  it('saves the open plan’s pending edit before backing up', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const file = join(dir, 'backup.json');
    const { store, desktop } = setup(createMemoryApi({ plans: [plan] }), file);
    await store.getState().initialise();
    await store.getState().openPlan(plan.id);
    store.getState().setSystemField('purpose', 'Typed a second before the backup');
    expect(store.getState().save.status).toBe('pending');

    await backUpAllPlans(store, desktop);

    expect(readFileSync(file, 'utf8')).toContain('Typed a second before the backup');
    expect(store.getState().toasts.at(-1)?.message).toBe('Backed up 1 plan to backup.json.');
  });

  it('names in its message each plan the backup could not take, and why', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const file = join(dir, 'backup.json');
    const newer = { ...makePlan({ name: 'Search pilot' }), id: 'plan-newer', schemaVersion: 99 };
    const { store, desktop } = setup(createMemoryApi({ plans: [plan], rawPlans: { [newer.id]: newer } }), file);
    await store.getState().initialise();

    await backUpAllPlans(store, desktop);

    expect(store.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      message:
        'Backed up 1 plan to backup.json. Please note: “Search pilot” is not in the backup. ' +
        'This plan was saved by a newer version of Rollout Readiness (schema 99); update the app to open it.',
    });
  });

  it('restores into the list the user sees, and says what it did', async () => {
    const file = join(dir, 'backup.json');
    const source = setup(createMemoryApi({ plans: [makePlan({ name: 'From the old laptop' })] }), file);
    await backUpAllPlans(source.store, source.desktop);

    const { store, desktop } = setup(createMemoryApi(), file);
    await store.getState().initialise();
    await restoreBackup(store, desktop);

    expect(store.getState().plans.map((summary) => summary.name)).toEqual(['From the old laptop']);
    expect(store.getState().toasts.at(-1)?.message).toBe('Restored 1 plan.');
  });

  it('shows why a restore failed and changes nothing', async () => {
    const file = join(dir, 'not-a-backup.json');
    writeFileSync(file, serialisePlanFile(makePlan(), TEST_NOW));
    const { store, desktop } = setup(createMemoryApi(), file);
    await store.getState().initialise();
    await restoreBackup(store, desktop);
    expect(store.getState().dialog).toMatchObject({ kind: 'error', title: 'Nothing was restored', message: expect.stringContaining('Use Import Plan') });
    expect(store.getState().plans).toEqual([]);
  });
});

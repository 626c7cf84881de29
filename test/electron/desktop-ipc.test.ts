import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesktopHandlers, createDesktopIpcListeners } from '../../electron/desktop-ipc';
import { RENDERER_ERROR_LOG, appendRendererError } from '../../electron/error-log';
import { diskPlanFile } from '../../electron/plan-file-source';
import { createOpenFileQueue, filesFromSecondInstance, planFilesFromArgv, type OpenFileQueue } from '../../electron/open-files';
import { createMemoryApi, type MemoryApi } from '../../renderer/api/memory-api';
import { desktopChannels } from '../../shared/desktop-channels';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {} }));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const backup = { api: createMemoryApi(), dialogs: { showSaveDialog: async () => ({ canceled: true, filePath: '' }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) }, defaultDir: () => '/tmp' };
const appFrame = { senderFrame: { url: 'app://rollout/index.html' } };
const trusted = (url: string) => url.startsWith('app://rollout/');
/** The main process's desktop handlers, offering files to `api` (as main.ts wires them to the service). */
const handlers = (api: MemoryApi, queue: OpenFileQueue) =>
  createDesktopHandlers({ openFiles: queue, planFile: diskPlanFile, offerPlanFile: api.offerPlanFile, logsDir: dir, backup });
const report = { message: 'TypeError: x', stack: 'at y', componentStack: 'in Z', at: '2026-12-06T09:00:00.000Z' };

describe('plan files on a command line', () => {
  it.each([
    ['an installed app double-clicked file', ['/opt/rr/rollout-readiness', '/home/a/q3.rollout.json'], false, ['/home/a/q3.rollout.json']],
    ['a relative path', ['rr.exe', 'plans\\pilot.json'], false, [resolve('/work', 'plans\\pilot.json')]],
    ['Chromium switches', ['rr', '--no-sandbox', '--allow-file-access-from-files', 'a.json'], false, [resolve('/work', 'a.json')]],
    ['electron <folder> in development', ['electron', '/repo', '--dev', 'b.rollout.json'], true, [resolve('/work', 'b.rollout.json')]],
    ['other files', ['rr', 'notes.txt', 'data.csv'], false, []],
    ['the app folder itself', ['electron', '/repo.json'], true, []],
  ])('%s', (_label, argv, isDefaultApp, expected) => {
    expect(planFilesFromArgv(argv, { isDefaultApp, cwd: '/work' })).toEqual(expected);
  });

  it.each([
    ['its hand-over data', { files: ['/b/q.rollout.json'] }, ['/b/q.rollout.json']],
    ['its argv when the data is missing', undefined, [resolve('/b', 'x.json')]],
    ['its argv when the data is not a list of absolute paths', { files: ['relative.json'] }, [resolve('/b', 'x.json')]],
  ])('a second launch’s files come from %s', (_label, data, expected) => {
    expect(filesFromSecondInstance(['rr', 'x.json'], '/b', data, false)).toEqual(expected);
  });
});

describe('files waiting for the window', () => {
  it('are taken one at a time, oldest first, each announced once', () => {
    const announced: string[] = [];
    const queue = createOpenFileQueue((path) => announced.push(path));
    queue.push(['/a.json', '/b.json', '/a.json']);
    expect(announced).toEqual(['/a.json', '/b.json']);
    expect([queue.take(), queue.take(), queue.take()]).toEqual(['/a.json', '/b.json', undefined]);
  });

  it('are handed to the window as a handle, and read from disk only by the import', async () => {
    const plan = makePlan({ name: 'Opened by double-click' });
    const file = join(dir, 'plan.rollout.json');
    const text = `\uFEFF${serialisePlanFile(plan, FIXED_NOW)}`;
    writeFileSync(file, text);
    const api = createMemoryApi();
    const queue = createOpenFileQueue(() => undefined);
    queue.push([file]);
    const desktop = handlers(api, queue);
    const taken = await desktop.takeOpenedFile();
    expect(taken).toEqual({ ok: true, value: { name: 'plan.rollout.json', size: Buffer.byteLength(text), token: expect.any(String) as unknown } });
    expect(Object.keys(taken.ok && taken.value ? taken.value : {}).sort()).toEqual(['name', 'size', 'token']);
    expect(await desktop.takeOpenedFile()).toEqual({ ok: true, value: null });
    const token = taken.ok && taken.value ? taken.value.token : '';
    expect(await api.importPlan(token, 'ask')).toMatchObject({ ok: true, value: { status: 'imported', plan: { name: 'Opened by double-click' } } });
  });

  it('a file that vanished gives a message, not a crash', async () => {
    const queue = createOpenFileQueue(() => undefined);
    queue.push([join(dir, 'gone.json')]);
    const taken = await handlers(createMemoryApi(), queue).takeOpenedFile();
    expect(taken.ok).toBe(false);
    expect(!taken.ok && taken.error.message).toContain('"gone.json" could not be opened');
  });

  it('a file removed after it was chosen gives a message when imported, and imports nothing', async () => {
    const file = join(dir, 'plan.rollout.json');
    writeFileSync(file, serialisePlanFile(makePlan(), FIXED_NOW));
    const api = createMemoryApi();
    const opened = await handlers(api, createOpenFileQueue(() => undefined)).openDroppedFile(file);
    rmSync(file);
    const imported = await api.importPlan(opened.ok ? opened.value.token : '', 'ask');
    expect(imported).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringContaining('"plan.rollout.json" could not be opened') } });
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
  });
});

describe('a plan file dropped on the window', () => {
  it.each([
    ['a relative path', 'plan.rollout.json'],
    ['a file that is not a plan file', '/etc/passwd'],
  ])('refuses %s without reading it', async (_label, path) => {
    const planFile = vi.fn(diskPlanFile);
    const desktop = createDesktopHandlers({ openFiles: createOpenFileQueue(() => undefined), planFile, offerPlanFile: createMemoryApi().offerPlanFile, logsDir: dir, backup });
    expect(await desktop.openDroppedFile(path)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(planFile).not.toHaveBeenCalled();
  });

  it('over IPC takes only a short location, never a file’s text', async () => {
    const listener = createDesktopIpcListeners(handlers(createMemoryApi(), createOpenFileQueue(() => undefined)), trusted).get(desktopChannels.openDroppedFile);
    expect(await listener?.(appFrame, '')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await listener?.(appFrame, `/${'x'.repeat(5000)}.json`)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const file = join(dir, 'dropped.rollout.json');
    writeFileSync(file, serialisePlanFile(makePlan(), FIXED_NOW));
    expect(await listener?.(appFrame, file)).toMatchObject({ ok: true, value: { name: 'dropped.rollout.json', token: expect.any(String) as unknown } });
  });
});

describe('desktop IPC', () => {
  const listeners = () => {
    const queue = createOpenFileQueue(() => undefined);
    return createDesktopIpcListeners(handlers(createMemoryApi(), queue), trusted);
  };

  it('registers exactly the desktop channels', () => {
    expect([...listeners().keys()].sort()).toEqual(Object.values(desktopChannels).sort());
  });

  it.each([
    ['a page that is not the app', { senderFrame: { url: 'https://evil.example/' } }, [report], 'forbidden'],
    ['a destroyed frame', { senderFrame: null }, [report], 'forbidden'],
    ['a malformed report', appFrame, [{ message: 42 }], 'invalid'],
  ])('refuses %s', async (_label, event, args, code) => {
    const listener = listeners().get(desktopChannels.logRendererError);
    expect(await listener?.(event, ...args)).toMatchObject({ ok: false, error: { code } });
  });

  it('writes a render error from the app window to the local log', async () => {
    const listener = listeners().get(desktopChannels.logRendererError);
    expect(await listener?.(appFrame, report)).toEqual({ ok: true, value: undefined });
    expect(JSON.parse(readFileSync(join(dir, RENDERER_ERROR_LOG), 'utf8'))).toEqual(report);
  });
});

describe('render-error log', () => {
  it('starts a new file past the size limit and keeps the previous one', () => {
    for (let i = 0; i < 5; i += 1) appendRendererError(dir, { ...report, message: `e${i}` }, 200);
    const current = readFileSync(join(dir, RENDERER_ERROR_LOG), 'utf8').trim().split('\n');
    const previous = readFileSync(join(dir, `${RENDERER_ERROR_LOG}.1`), 'utf8').trim().split('\n');
    expect([...previous, ...current].map((line) => (JSON.parse(line) as { message: string }).message).slice(-2)).toEqual(['e3', 'e4']);
    expect(current.length).toBeLessThan(5);
  });
});

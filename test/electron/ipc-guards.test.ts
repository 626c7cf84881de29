import { describe, expect, it, vi } from 'vitest';
import { channels, type RolloutApi } from '../../shared/api';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { defaultSettings } from '../../shared/model/schema';
import { createIpcListeners, registerIpc, type SenderEvent } from '../../electron/ipc';
import { isTrustedUrl } from '../../electron/security';
import { FIXED_NOW, makePlan } from './fixtures';
import { appFrame, useIpcHarness } from './ipc-harness';

// What every channel checks before it acts: its registration, the sender, the payload; and a handler's exception as a result.
vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const ipc = useIpcHarness();

describe('registration', () => {
  it('registers exactly one handler per channel of the shared table', () => {
    const handle = vi.fn();
    registerIpc({ handle }, ipc.listeners);
    expect(handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(Object.values(channels).sort());
  });
});

describe('sender check', () => {
  const stored = makePlan();
  const foreign: Array<[string, SenderEvent]> = [
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a frame that is gone', { senderFrame: null }],
    ['an event without a frame', {}],
    ['a local file', { senderFrame: { url: 'file:///etc/passwd' } }],
    ['another app:// host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['the dev server when not in dev mode', { senderFrame: { url: 'http://localhost:5173/' } }],
    [
      'a frame whose URL cannot be read',
      {
        get senderFrame(): { url: string } {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ];

  it.each(foreign)('refuses %s with forbidden and leaves the disk unchanged', async (_label, event) => {
    await ipc.storage.savePlan(stored);
    const before = ipc.snapshotDisk();
    expect(await ipc.call(channels.savePlan, event, makePlan())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.call(channels.deletePlan, event, stored.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.call(channels.getPlan, event, stored.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ipc.snapshotDisk()).toEqual(before);
  });

  it('accepts the app window and, in dev mode only, the loopback dev server', async () => {
    expect(await ipc.call(channels.listPlans, appFrame)).toMatchObject({ ok: true, value: [] });
    const dev = createIpcListeners(ipc.buildApi(), (url) => isTrustedUrl(url, 'http://localhost:5173/'));
    expect(await dev.get(channels.listPlans)?.({ senderFrame: { url: 'http://localhost:5173/' } })).toMatchObject({ ok: true, value: [] });
    expect(await dev.get(channels.listPlans)?.({ senderFrame: { url: 'http://localhost:8080/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('payload validation', () => {
  const malformed: Array<[string, string, unknown[]]> = [
    ['a plan missing most fields', channels.savePlan, [{ id: 'x', name: 'Only a name' }]],
    ['a plan with a wrong field type', channels.savePlan, [{ ...makePlan(), revision: 'two' }]],
    ['no plan at all', channels.savePlan, []],
    ['a number as plan id', channels.getPlan, [42]],
    ['an empty plan id', channels.deletePlan, ['']],
    ['an unknown conflict choice', channels.importPlan, ['3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77', 'merge']],
    ['a plan file’s text instead of a token', channels.importPlan, [serialisePlanFile(makePlan(), FIXED_NOW), 'ask']],
    ['an extra argument', channels.listPlans, ['surprise']],
    ['settings with an unknown theme', channels.saveSettings, [{ ...defaultSettings, theme: 'purple' }]],
    ['an unknown file kind', channels.openTextFile, ['csv']],
  ];

  it.each(malformed)('refuses %s as invalid, with details, writing nothing', async (_label, channel, args) => {
    await ipc.storage.savePlan(makePlan());
    const before = ipc.snapshotDisk();
    const result = await ipc.call(channel, appFrame, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.details?.length).toBeGreaterThan(0);
    expect(ipc.snapshotDisk()).toEqual(before);
  });

  it('lets a Uint8Array through as import data and refuses a string in its place', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    const importId = '5f0e2d4c-3b1a-4f9e-8d7c-6b5a49382716';
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(await ipc.call(channels.saveImportData, appFrame, plan.id, importId, 'rows', bytes)).toMatchObject({ ok: true, value: undefined });
    expect(await ipc.call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: bytes });

    const before = ipc.snapshotDisk();
    const refused = await ipc.call(channels.saveImportData, appFrame, plan.id, importId, 'rows', 'AAH+/w==');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!refused.ok && refused.error.details?.length).toBeGreaterThan(0);
    expect(await ipc.call(channels.saveImportData, appFrame, plan.id, importId, 'columns', bytes)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(ipc.snapshotDisk()).toEqual(before);
    expect(await ipc.call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: bytes });
  });

  it('turns an exception inside a handler into an io result instead of throwing', async () => {
    const failing: RolloutApi = {
      ...ipc.buildApi(),
      listPlans: async () => {
        throw new Error('disk on fire');
      },
    };
    const guarded = createIpcListeners(failing, () => true);
    await expect(guarded.get(channels.listPlans)?.(appFrame)).resolves.toEqual({
      ok: false,
      error: { code: 'io', message: 'Something went wrong: disk on fire' },
    });
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channels, type ApiMethod } from '../../shared/api';
import { defaultSettings } from '../../shared/model/schema';
import { desktopChannels } from '../../shared/desktop-channels';
import { MENU_COMMAND_CHANNEL } from '../../shared/menu-commands';
import { makeDecision } from '../shared/decision-fixture';
import { makePlan } from './fixtures';

const bridge = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
    send: vi.fn(),
    sendSync: vi.fn(),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      const set = rendererListeners.get(channel) ?? new Set();
      set.add(listener);
      rendererListeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      rendererListeners.get(channel)?.delete(listener);
    }),
  };
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, value: unknown) => {
      exposed.set(key, value);
    }),
  };
  /** What the main process's webContents.send would deliver to the preload. */
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: ipcRenderer, ports: [] }, ...args);
  };
  /** Electron's own way to a dropped File's location; here a name-based stand-in. */
  const webUtils = { getPathForFile: vi.fn((file: File) => `/home/ada/${file.name}`) };
  return { exposed, ipcRenderer, contextBridge, emit, rendererListeners, webUtils };
});

vi.mock('electron', () => ({
  default: { contextBridge: bridge.contextBridge, ipcRenderer: bridge.ipcRenderer, webUtils: bridge.webUtils },
  contextBridge: bridge.contextBridge,
  ipcRenderer: bridge.ipcRenderer,
  webUtils: bridge.webUtils,
}));

type Bridged = Record<string, (...args: unknown[]) => unknown>;

beforeAll(async () => {
  await import('../../electron/preload');
});

const sampleArgs: Record<ApiMethod, unknown[]> = {
  listPlans: [],
  getPlan: ['plan-1'],
  savePlan: [makePlan()],
  deletePlan: ['plan-1'],
  exportPlan: ['plan-1'],
  importPlan: ['3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77', 'copy'],
  openTextFile: ['plan'],
  getSettings: [],
  saveSettings: [defaultSettings],
  getStartupNotices: [],
  listDamagedPlans: [],
  restorePreviousVersion: ['plan-1'],
  acceptChangedPlan: ['plan-1', makeDecision('plan-1').evidence],
  saveImportData: ['plan-1', 'import-1', 'rows', new Uint8Array([1, 2, 3])],
  loadImportData: ['plan-1', 'import-1', 'rejected'],
  deleteImportData: ['plan-1', 'import-1'],
  saveTextFile: [{ suggestedName: 'rejected-rows.csv', text: 'line,reason\n', kind: 'csv' }],
  listDecisions: ['plan-1'],
  appendDecision: [makeDecision('plan-1')],
  checkDecisionLog: ['plan-1'],
  logGateChanges: ['plan-1', {}, { withData: true, verdicts: null }],
  printReport: [{ paper: 'A4', target: 'pdf', suggestedName: 'summary.pdf' }],
};

describe('preload bridge', () => {
  it('exposes exactly window.rolloutApi, window.rolloutDesktop and window.rolloutMenu', () => {
    expect([...bridge.exposed.keys()].sort()).toEqual(['rolloutApi', 'rolloutDesktop', 'rolloutMenu']);
  });

  it('exposes one function per RolloutApi method and nothing else', () => {
    const api = bridge.exposed.get('rolloutApi') as Bridged;
    expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('offers the decision log as list and append only: no way to change or remove an entry', () => {
    const api = bridge.exposed.get('rolloutApi') as Bridged;
    expect(Object.keys(api).filter((method) => /decision/i.test(method)).sort()).toEqual(['appendDecision', 'checkDecisionLog', 'listDecisions']);
  });

  it.each(Object.entries(sampleArgs) as Array<[ApiMethod, unknown[]]>)(
    '%s invokes its own channel with exactly its arguments',
    async (method, args) => {
      const api = bridge.exposed.get('rolloutApi') as Bridged;
      bridge.ipcRenderer.invoke.mockClear();
      await api[method]?.(...args);
      expect(bridge.ipcRenderer.invoke.mock.calls).toEqual([[channels[method], ...args]]);
    },
  );

  it('never hands ipcRenderer or any of its functions to the page', () => {
    const ipcValues = new Set<unknown>([bridge.ipcRenderer, ...Object.values(bridge.ipcRenderer)]);
    for (const exposedObject of bridge.exposed.values()) {
      expect(ipcValues.has(exposedObject)).toBe(false);
      for (const value of Object.values(exposedObject as Record<string, unknown>)) expect(ipcValues.has(value)).toBe(false);
    }
    expect(bridge.ipcRenderer.send).not.toHaveBeenCalled();
    expect(bridge.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});

describe('desktop bridge', () => {
  const report = { message: 'TypeError: x', stack: 'at y', componentStack: 'in Z', at: '2026-12-06T09:00:00.000Z' };
  it.each([
    ['takeOpenedFile', [], desktopChannels.takeOpenedFile],
    ['logRendererError', [report], desktopChannels.logRendererError],
    ['backUpAllPlans', [], desktopChannels.backUpAllPlans],
    ['restoreBackup', [], desktopChannels.restoreBackup],
  ] as const)('%s invokes its own channel with exactly its arguments', async (method, args, channel) => {
    const desktop = bridge.exposed.get('rolloutDesktop') as Bridged;
    expect(Object.keys(desktop).sort()).toEqual(Object.keys(desktopChannels).sort());
    bridge.ipcRenderer.invoke.mockClear();
    await desktop[method]?.(...args);
    expect(bridge.ipcRenderer.invoke.mock.calls).toEqual([[channel, ...args]]);
  });
});

describe('a dropped plan file', () => {
  it.each([
    ['a File: its location, never its contents', new File(['{"format":"rollout-readiness-plan"}'], 'q3.rollout.json'), '/home/ada/q3.rollout.json'],
    ['anything else: nothing the main process would read', { name: 'q3.rollout.json', size: 10 }, ''],
  ])('sends the main process, for %s', async (_label, file, sent) => {
    const desktop = bridge.exposed.get('rolloutDesktop') as Bridged;
    bridge.ipcRenderer.invoke.mockClear();
    await desktop['openDroppedFile']?.(file);
    expect(bridge.ipcRenderer.invoke.mock.calls).toEqual([[desktopChannels.openDroppedFile, sent]]);
  });
});

describe('menu bridge', () => {
  it('passes known menu commands on without the IPC event, and stops when unsubscribed', () => {
    const menu = bridge.exposed.get('rolloutMenu') as { onCommand: (listener: (command: string) => void) => () => void };
    expect(Object.keys(menu)).toEqual(['onCommand']);
    const received: unknown[][] = [];
    const unsubscribe = menu.onCommand((...args: unknown[]) => received.push(args));

    bridge.emit(MENU_COMMAND_CHANNEL, 'new-plan');
    bridge.emit(MENU_COMMAND_CHANNEL, 'format-disk');
    bridge.emit(MENU_COMMAND_CHANNEL, { command: 'new-plan' });
    expect(received).toEqual([['new-plan']]);

    unsubscribe();
    bridge.emit(MENU_COMMAND_CHANNEL, 'export-plan');
    expect(received).toEqual([['new-plan']]);
    expect(bridge.rendererListeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });
});

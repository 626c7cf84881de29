import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * Imports the real electron/main.ts against a recording stand-in for the `electron` module:
 * every call the start-up makes is logged in order, and `ready` fires only when the test says.
 * electron-store (inlined by the vitest config) gets the same stand-in.
 */
const stand = vi.hoisted(() => {
  const calls: string[] = [];
  const record = (name: string) => (...args: unknown[]) => {
    const first = args[0];
    calls.push(typeof first === 'string' ? `${name} ${first}` : name);
  };
  const paths = new Map<string, string>();
  // What the app and its window listen for, so a test can fire the shell's events in the order Electron does.
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener[]>();
  const windowListeners = new Map<string, Listener[]>();
  const listen = (name: string, into: Map<string, Listener[]>) => (event: string, listener: Listener) => {
    calls.push(`${name} ${event}`);
    into.set(event, [...(into.get(event) ?? []), listener]);
  };
  // The IPC handlers main.ts registers, to call as the window would.
  const handlers = new Map<string, Listener>();
  // The open dialog stays up until the test answers it: a request still running.
  let answerOpenDialog: (value: { canceled: boolean; filePaths: string[] }) => void = () => undefined;
  let fireReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    fireReady = resolve;
  });
  const listeners = new Map<string, number>();
  const ipcMain = {
    on: (channel: string) => {
      calls.push(`ipcMain.on ${channel}`);
      listeners.set(channel, (listeners.get(channel) ?? 0) + 1);
    },
    removeAllListeners: (channel: string) => {
      calls.push(`ipcMain.removeAllListeners ${channel}`);
      listeners.delete(channel);
    },
    listenerCount: (channel: string) => listeners.get(channel) ?? 0,
    handle: (channel: string, listener: Listener) => {
      calls.push(`ipcMain.handle ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const app = {
    isPackaged: false,
    setName: record('app.setName'),
    setAppUserModelId: record('app.setAppUserModelId'),
    getPath: (name: string) => {
      calls.push(`app.getPath ${name}`);
      const value = paths.get(name);
      if (value === undefined) throw new Error(`app.getPath('${name}') has no value in this stand-in`);
      return value;
    },
    setPath: (name: string, value: string) => {
      calls.push(`app.setPath ${name}`);
      paths.set(name, value);
    },
    setAppLogsPath: record('app.setAppLogsPath'),
    enableSandbox: record('app.enableSandbox'),
    requestSingleInstanceLock: (data: unknown) => {
      calls.push('app.requestSingleInstanceLock');
      return data !== undefined;
    },
    getVersion: () => '45.4.1',
    getLocale: () => {
      calls.push('app.getLocale');
      return 'en-GB';
    },
    quit: record('app.quit'),
    exit: record('app.exit'),
    on: listen('app.on', appListeners),
    whenReady: () => {
      calls.push('app.whenReady');
      return ready.then(() => calls.push('-- ready --'));
    },
  };
  const webContents = { on: record('webContents.on'), send: record('webContents.send') };
  class BrowserWindow {
    static getFocusedWindow = () => null;
    static getAllWindows = () => [];
    readonly webContents = webContents;
    constructor() {
      calls.push('new BrowserWindow');
    }
    on = listen('window.on', windowListeners);
    once = record('window.once');
    loadURL = async (url: string) => void calls.push(`window.loadURL ${url}`);
  }
  const electron = {
    app,
    ipcMain,
    BrowserWindow,
    protocol: { registerSchemesAsPrivileged: record('protocol.registerSchemesAsPrivileged'), handle: record('protocol.handle') },
    session: {
      defaultSession: {
        setSpellCheckerEnabled: record('session.setSpellCheckerEnabled'),
        setPermissionRequestHandler: record('session.setPermissionRequestHandler'),
        setPermissionCheckHandler: record('session.setPermissionCheckHandler'),
        webRequest: { onBeforeRequest: record('session.webRequest.onBeforeRequest') },
      },
    },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: record('Menu.setApplicationMenu') },
    dialog: {
      showMessageBox: record('dialog.showMessageBox'),
      showErrorBox: record('dialog.showErrorBox'),
      showOpenDialog: () => {
        calls.push('dialog.showOpenDialog');
        return new Promise((resolve) => (answerOpenDialog = resolve));
      },
    },
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [], getDisplayMatching: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1, height: 1 } }) },
    shell: { openPath: async () => '' },
  };
  return {
    calls,
    paths,
    electron,
    appListeners,
    windowListeners,
    handlers,
    answerOpenDialog: (value: { canceled: boolean; filePaths: string[] }) => answerOpenDialog(value),
    fireReady: () => fireReady(),
  };
});

vi.mock('electron', () => ({ ...stand.electron, default: stand.electron }));

let appData: string;
beforeAll(async () => {
  appData = mkdtempSync(join(tmpdir(), 'rollout-main-'));
  stand.paths.set('appData', appData);
  stand.paths.set('documents', appData);
  // Left in a shell by an earlier `npm run dev`: without --dev it must not load a dev server.
  process.env['ROLLOUT_DEV_URL'] = 'http://localhost:5173/';
  await import('../../electron/main');
});
afterAll(() => {
  delete process.env['ROLLOUT_DEV_URL'];
  rmSync(appData, { recursive: true, force: true });
});

/** Fires an event on every listener main.ts added for it, as Electron does. */
function fire(listeners: Map<string, Array<(...args: unknown[]) => unknown>>, event: string, ...args: unknown[]): void {
  const all = listeners.get(event);
  if (!all) throw new Error(`nothing listens for '${event}'`);
  for (const listener of all) listener(...args);
}

const index = (call: string) => {
  const at = stand.calls.indexOf(call);
  if (at === -1) throw new Error(`"${call}" was never called; calls: ${stand.calls.join(' | ')}`);
  return at;
};

describe('electron/main.ts start-up, against a recording electron module', () => {
  it('names the app and sets its data folder first of all', () => {
    expect(stand.calls.slice(0, 4)).toEqual([
      'app.setName Rollout Readiness',
      'app.getPath appData',
      'app.setPath userData',
      `app.setAppLogsPath ${join(appData, 'Rollout Readiness', 'logs')}`,
    ]);
    expect(stand.paths.get('userData')).toBe(join(appData, 'Rollout Readiness'));
  });

  it('reads the data folder only after it was set (electron-store reads it when primed)', () => {
    expect(index('app.getPath userData')).toBeGreaterThan(index('app.setPath userData'));
  });

  it('registers the app:// scheme and the sandbox before ready, then takes the lock, then waits for ready', () => {
    expect(index('protocol.registerSchemesAsPrivileged')).toBeLessThan(index('app.whenReady'));
    expect(index('app.enableSandbox')).toBeLessThan(index('app.whenReady'));
    expect(index('app.requestSingleInstanceLock')).toBeLessThan(index('app.whenReady'));
    expect(index('app.on open-file')).toBeLessThan(index('app.requestSingleInstanceLock'));
    expect(index('app.on second-instance')).toBeGreaterThan(index('app.requestSingleInstanceLock'));
  });

  it('closes electron-store’s renderer channel before any store exists', () => {
    expect(index('ipcMain.on electron-store-get-data')).toBeLessThan(index('ipcMain.removeAllListeners electron-store-get-data'));
    expect(stand.calls.filter((call) => call === 'ipcMain.on electron-store-get-data')).toHaveLength(1);
  });

  it('touches nothing that needs ready before ready', () => {
    const before = stand.calls.slice(0, stand.calls.indexOf('-- ready --') === -1 ? undefined : stand.calls.indexOf('-- ready --'));
    for (const call of ['protocol.handle app', 'new BrowserWindow', 'Menu.setApplicationMenu', 'session.setPermissionRequestHandler']) {
      expect(before).not.toContain(call);
    }
  });

  it('after ready: hardens the session, serves app://, registers IPC, then opens the window on app://, not the dev server named in the environment', async () => {
    stand.fireReady();
    await vi.waitFor(() => expect(stand.calls).toContain('window.loadURL app://rollout/index.html'));
    const ready = index('-- ready --');
    expect(index('session.setSpellCheckerEnabled')).toBeGreaterThan(ready);
    expect(index('session.webRequest.onBeforeRequest')).toBeGreaterThan(ready);
    expect(index('protocol.handle app')).toBeGreaterThan(ready);
    // The app's locale is known only once ready; messages of the main process are written in it.
    expect(index('app.getLocale')).toBeGreaterThan(ready);
    expect(index('ipcMain.handle plans:list')).toBeLessThan(index('new BrowserWindow'));
    expect(index('ipcMain.handle desktop:takeOpenedFile')).toBeLessThan(index('new BrowserWindow'));
    expect(stand.calls.filter((call) => call.startsWith('window.loadURL'))).toEqual(['window.loadURL app://rollout/index.html']);
    // Still no second registration of electron-store's channel after stores were built.
    expect(stand.calls.filter((call) => call === 'ipcMain.on electron-store-get-data')).toHaveLength(1);
  });

  it('carries a quit on when the window, held open until its edits were stored, closes (macOS would otherwise keep running)', () => {
    const quitsBefore = stand.calls.filter((call) => call === 'app.quit').length;
    // Cmd+Q: before-quit, then the window's beforeunload holds the close and Electron drops the quit.
    fire(stand.appListeners, 'before-quit', { preventDefault: () => undefined });
    expect(stand.calls.filter((call) => call === 'app.quit')).toHaveLength(quitsBefore);
    // The edits are stored; the page closes its window.
    fire(stand.windowListeners, 'closed');
    expect(stand.calls.filter((call) => call === 'app.quit')).toHaveLength(quitsBefore + 1);
  });

  it('holds a quit while a request is still running (an import, a backup), then quits once it has finished', async () => {
    const openText = stand.handlers.get('files:openText');
    if (!openText) throw new Error('files:openText was never registered');
    const running = openText({ senderFrame: { url: 'app://rollout/index.html' } }, 'plan');
    await vi.waitFor(() => expect(stand.calls).toContain('dialog.showOpenDialog'));
    const quitsBefore = stand.calls.filter((call) => call === 'app.quit').length;

    let prevented = false;
    fire(stand.appListeners, 'before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);

    stand.answerOpenDialog({ canceled: true, filePaths: [] });
    expect(await running).toEqual({ ok: true, value: null });
    await vi.waitFor(() => expect(stand.calls.filter((call) => call === 'app.quit')).toHaveLength(quitsBefore + 1));
    // The quit that follows goes through: nothing is running any more.
    let preventedAgain = false;
    fire(stand.appListeners, 'before-quit', { preventDefault: () => (preventedAgain = true) });
    expect(preventedAgain).toBe(false);
  });
});

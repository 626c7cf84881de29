import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APP_ID, APP_NAME, migrateLegacyData } from '../../electron/app-identity';
import { appSchemePrivileges } from '../../electron/security';
import { prepareStartup, type StartupApp, type StartupElectron, type StartupOptions } from '../../electron/startup';
import { ELECTRON_STORE_CHANNEL } from '../../electron/store-channel';
import { makeTempDir } from './fixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

type Listener = (...args: unknown[]) => void;

/**
 * A stand-in for the `electron` module that records every call in order, and behaves like
 * Electron where the start-up depends on it: paths read back what was set, the lock answers
 * as told, listeners can be fired.
 */
function recordingElectron(options: { lock?: boolean } = {}) {
  const calls: string[] = [];
  const paths = new Map<string, string>([['appData', join(dir, 'appData')]]);
  const listeners = new Map<string, Listener[]>();
  const ipcListeners = new Map<string, number>();
  let lockData: unknown;
  const app: StartupApp = {
    setName: (name) => void calls.push(`app.setName ${name}`),
    setAppUserModelId: (id) => void calls.push(`app.setAppUserModelId ${id}`),
    getPath: (name) => {
      calls.push(`app.getPath ${name}`);
      const value = paths.get(name);
      if (value === undefined) throw new Error(`no path ${name}`);
      return value;
    },
    setPath: (name, path) => {
      calls.push(`app.setPath ${name}`);
      paths.set(name, path);
    },
    setAppLogsPath: () => void calls.push('app.setAppLogsPath'),
    enableSandbox: () => void calls.push('app.enableSandbox'),
    requestSingleInstanceLock: (data) => {
      calls.push('app.requestSingleInstanceLock');
      lockData = data;
      return options.lock ?? true;
    },
    quit: () => void calls.push('app.quit'),
    // One recorder for every event; the overloads only type the listeners per event.
    on: ((event: string, listener: Listener) => {
      calls.push(`app.on ${event}`);
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }) as StartupApp['on'],
  };
  const electron: StartupElectron = {
    app,
    protocol: { registerSchemesAsPrivileged: (schemes) => void calls.push(`protocol.registerSchemesAsPrivileged ${schemes.map((s) => s.scheme).join()}`) },
    ipcMain: {
      removeAllListeners: (channel) => {
        calls.push(`ipcMain.removeAllListeners ${channel}`);
        ipcListeners.delete(channel);
      },
      listenerCount: (channel) => ipcListeners.get(channel) ?? 0,
    },
  };
  const emit = (event: string, ...args: unknown[]) => {
    for (const listener of listeners.get(event) ?? []) listener(...args);
  };
  const initStoreRenderer = () => {
    calls.push('Store.initRenderer');
    ipcListeners.set(ELECTRON_STORE_CHANNEL, 1);
  };
  return { electron, calls, paths, emit, initStoreRenderer, lockData: () => lockData };
}

function options(stand: ReturnType<typeof recordingElectron>, overrides: Partial<StartupOptions> = {}) {
  const opened: string[][] = [];
  let focused = 0;
  const value: StartupOptions = {
    platform: 'linux',
    argv: ['/opt/rollout/rollout-readiness'],
    cwd: dir,
    isDefaultApp: false,
    schemes: [appSchemePrivileges],
    initStoreRenderer: stand.initStoreRenderer,
    onOpenFiles: (paths) => void opened.push(paths),
    onSecondInstance: () => void (focused += 1),
    migrate: (appDataDir, dataDir) => {
      stand.calls.push('migrateLegacyData');
      return migrateLegacyData(appDataDir, dataDir);
    },
    ...overrides,
  };
  return { value, opened, focused: () => focused };
}

describe('start-up order', () => {
  it('names the app and sets its data folder before anything else, takes the lock, and only then moves an earlier version’s data', () => {
    const stand = recordingElectron();
    const outcome = prepareStartup(stand.electron, options(stand, { platform: 'win32' }).value);
    expect(stand.calls).toEqual([
      `app.setName ${APP_NAME}`,
      `app.setAppUserModelId ${APP_ID}`,
      'app.getPath appData',
      'app.setPath userData',
      'app.setAppLogsPath',
      'Store.initRenderer',
      `ipcMain.removeAllListeners ${ELECTRON_STORE_CHANNEL}`,
      'protocol.registerSchemesAsPrivileged app',
      'app.enableSandbox',
      'app.on open-file',
      'app.requestSingleInstanceLock',
      'app.on second-instance',
      // After the lock: two copies started together never both move an earlier version's data.
      'migrateLegacyData',
    ]);
    expect(stand.paths.get('userData')).toBe(join(dir, 'appData', 'Rollout Readiness'));
    expect(outcome).toMatchObject({ primary: true, dataDir: join(dir, 'appData', 'Rollout Readiness') });
  });

  it.each(['linux', 'darwin'] as const)('sets no AppUserModelID on %s (Windows only)', (platform) => {
    const stand = recordingElectron();
    prepareStartup(stand.electron, options(stand, { platform }).value);
    expect(stand.calls.some((call) => call.startsWith('app.setAppUserModelId'))).toBe(false);
  });

  it('quits without listening for a second instance, and without moving any data, when another copy holds the lock', () => {
    const stand = recordingElectron({ lock: false });
    const outcome = prepareStartup(stand.electron, options(stand).value);
    expect(outcome).toEqual({ primary: false });
    expect(stand.calls.slice(-2)).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
    expect(stand.calls).not.toContain('migrateLegacyData');
  });
});

describe('files named at start-up', () => {
  it('hands this launch’s plan files to the running copy with the lock request', () => {
    const stand = recordingElectron({ lock: false });
    prepareStartup(stand.electron, options(stand, { argv: ['/opt/rr', '--no-sandbox', 'pilot.rollout.json'] }).value);
    expect(stand.lockData()).toEqual({ files: [join(dir, 'pilot.rollout.json')] });
  });

  it('returns them to the first instance, which opens them once its window is up', () => {
    const stand = recordingElectron();
    const outcome = prepareStartup(stand.electron, options(stand, { argv: ['/opt/rr', '/home/a/plan.rollout.json'] }).value);
    expect(outcome).toMatchObject({ initialFiles: ['/home/a/plan.rollout.json'] });
  });

  it('focuses the window and opens the files of a second launch', () => {
    const stand = recordingElectron();
    const opts = options(stand);
    prepareStartup(stand.electron, opts.value);
    stand.emit('second-instance', {}, ['/opt/rr', 'ignored.json'], '/home/b', { files: ['/home/b/q3.rollout.json'] });
    expect(opts.focused()).toBe(1);
    expect(opts.opened).toEqual([['/home/b/q3.rollout.json']]);
  });

  it('focuses the window of a second launch without files and opens nothing', () => {
    const stand = recordingElectron();
    const opts = options(stand);
    prepareStartup(stand.electron, opts.value);
    stand.emit('second-instance', {}, ['/opt/rr'], '/home/b', { files: [] });
    expect(opts.focused()).toBe(1);
    expect(opts.opened).toEqual([]);
  });

  it('takes over a macOS open-file event so Electron does not handle it', () => {
    const stand = recordingElectron();
    const opts = options(stand, { platform: 'darwin' });
    prepareStartup(stand.electron, opts.value);
    let prevented = false;
    stand.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/a/plan.rollout.json');
    expect(prevented).toBe(true);
    expect(opts.opened).toEqual([['/Users/a/plan.rollout.json']]);
  });
});

describe('data from the unnamed earlier version', () => {
  it('is left where it is by a copy that did not get the lock: the copy holding it moves it', () => {
    const stand = recordingElectron({ lock: false });
    const legacy = join(dir, 'appData', 'Electron');
    mkdirSync(join(legacy, 'plans'), { recursive: true });
    writeFileSync(join(legacy, 'plans', 'plan-a.json'), '{"id":"a"}');
    // The real move (no stand-in): a copy that quits must not have touched either folder.
    prepareStartup(stand.electron, { ...options(stand).value, migrate: undefined });
    expect(readdirSync(join(legacy, 'plans'))).toEqual(['plan-a.json']);
    expect(existsSync(join(dir, 'appData', 'Rollout Readiness', 'plans'))).toBe(false);
  });

  it('is moved into the new data folder during start-up, after the lock', () => {
    const stand = recordingElectron();
    const legacy = join(dir, 'appData', 'Electron');
    mkdirSync(join(legacy, 'plans'), { recursive: true });
    writeFileSync(join(legacy, 'plans', 'plan-a.json'), '{"id":"a"}');
    const outcome = prepareStartup(stand.electron, options(stand).value);
    expect(outcome).toMatchObject({ primary: true, migration: { kind: 'moved', entries: ['plans'] } });
  });
});

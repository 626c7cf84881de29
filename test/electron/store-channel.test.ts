import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ELECTRON_STORE_CHANNEL, closeStoreRendererChannel } from '../../electron/store-channel';
import { makeTempDir } from './fixtures';

/*
 * Runs the real electron-store 12 (inlined by the vitest config, so this stand-in reaches its
 * `import electron from 'electron'`) against an ipcMain that is a plain event emitter.
 */
const ipcMain = new EventEmitter();
vi.mock('electron', () => ({
  default: {
    ipcMain,
    app: { getPath: () => '/nowhere', getVersion: () => '0.0.0' },
    shell: {},
  },
}));

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

describe('electron-store’s renderer channel', () => {
  it('is registered by the first store built in the main process (why it must be closed)', async () => {
    vi.resetModules();
    ipcMain.removeAllListeners();
    const { default: Store } = await import('electron-store');
    new Store({ cwd: dir, name: 'probe' });
    expect(ipcMain.listenerCount(ELECTRON_STORE_CHANNEL)).toBe(1);
  });

  it('stays closed for every store built after closeStoreRendererChannel', async () => {
    vi.resetModules();
    ipcMain.removeAllListeners();
    const { default: Store } = await import('electron-store');
    expect(closeStoreRendererChannel(() => Store.initRenderer(), ipcMain)).toBe(true);
    const store = new Store<Record<string, unknown>>({ cwd: dir, name: 'settings' });
    store.set('theme', 'dark');
    new Store({ cwd: dir, name: 'other' });
    expect(ipcMain.listenerCount(ELECTRON_STORE_CHANNEL)).toBe(0);
  });
});

/** The channel electron-store 12 answers for renderer-side stores (`index.js`, `initDataListener`). */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

export interface IpcMainChannels {
  removeAllListeners(channel: string): unknown;
  listenerCount(channel: string): number;
}

/**
 * electron-store's constructor, run in the main process, registers an `ipcMain` listener that
 * hands any renderer the data folder path, and keeps it for the life of the app. Our renderer
 * never builds a store (it has no Node and goes through the typed API), so the channel would
 * only be surface. Registering it once on purpose (`Store.initRenderer()`) and removing it
 * leaves electron-store's module flag set, so no later `new Store()` registers it again. Must
 * run before the first store is built; returns false if the channel could not be closed.
 */
export function closeStoreRendererChannel(initRenderer: () => void, ipcMain: IpcMainChannels): boolean {
  initRenderer();
  ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
  return ipcMain.listenerCount(ELECTRON_STORE_CHANNEL) === 0;
}

import type { RolloutApi } from '../../shared/api';
import type { CheckedPlanRecord } from '../../shared/service/plan-check';
import type { MenuCommand, RolloutMenuBridge } from '../../shared/menu-commands';
import type { StoredRowsLocation } from '../import/stored-rows-reader';
import { createBrowserApi } from './browser-api';
import { DB_NAME } from './idb-storage';

export type { MenuCommand, RolloutMenuBridge };

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    rolloutApi?: RolloutApi;
    rolloutMenu?: RolloutMenuBridge;
  }
}

/** The Electron bridge when the preload exposed one, otherwise the IndexedDB browser twin (with the start-up scan, if one was started). */
export function pickApi(startupScan?: Promise<readonly CheckedPlanRecord[] | undefined>): RolloutApi {
  return window.rolloutApi ?? createBrowserApi(undefined, startupScan);
}

/**
 * Where the metrics worker reads stored import rows itself: the app protocol when the page is served
 * from it (Electron), IndexedDB in a plain browser. Electron on a dev server (another origin) has
 * neither, so its rows come through the API on the UI thread.
 */
export function pickStoredRowsLocation(): StoredRowsLocation | undefined {
  if (!window.rolloutApi) return { kind: 'indexeddb', dbName: DB_NAME };
  return window.location.protocol === 'app:' ? { kind: 'app-protocol', origin: window.location.origin } : undefined;
}

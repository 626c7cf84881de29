import type { RolloutApi } from '../../shared/api';
import type { MenuCommand, RolloutMenuBridge } from '../../shared/menu-commands';
import { createBrowserApi } from './browser-api';

export type { MenuCommand, RolloutMenuBridge };

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    rolloutApi?: RolloutApi;
    rolloutMenu?: RolloutMenuBridge;
  }
}

/** The Electron bridge when the preload exposed one, otherwise the IndexedDB browser twin. */
export function pickApi(): RolloutApi {
  return window.rolloutApi ?? createBrowserApi();
}

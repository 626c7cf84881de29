import type { RendererErrorReport, RolloutDesktopApi } from '../../shared/desktop-channels';
import { fail, ok } from '../../shared/result';
import { offerDroppedFile } from '../api/browser-files';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    rolloutDesktop?: RolloutDesktopApi;
  }
}

export const BROWSER_ERROR_LOG_KEY = 'rollout-readiness:render-errors';
const BROWSER_LOG_ENTRIES = 20;

/**
 * The browser build has no files opened by the OS, and keeps its error log in this browser's
 * own storage (the last few entries): local, like the desktop log file.
 */
export function createBrowserDesktop(storage: Pick<Storage, 'getItem' | 'setItem'> | null): RolloutDesktopApi {
  return {
    takeOpenedFile: async () => ok(null),
    openDroppedFile: async (file) =>
      file instanceof File ? ok(offerDroppedFile(file)) : fail('invalid', 'Only a file dropped on the window can be imported.'),
    // The browser build has no File menu to ask for these; Export Plan covers one plan at a time.
    backUpAllPlans: async () => fail('io', 'Backing up all plans at once is part of the desktop app. Export each plan instead.'),
    restoreBackup: async () => fail('io', 'Restoring a backup is part of the desktop app. Import each plan file instead.'),
    async logRendererError(report: RendererErrorReport) {
      try {
        const previous: unknown = JSON.parse(storage?.getItem(BROWSER_ERROR_LOG_KEY) ?? '[]');
        const entries = Array.isArray(previous) ? previous : [];
        storage?.setItem(BROWSER_ERROR_LOG_KEY, JSON.stringify([...entries, report].slice(-BROWSER_LOG_ENTRIES)));
      } catch {
        // Storage full or disabled: the details stay on screen to copy.
      }
      return ok(undefined);
    },
  };
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The Electron bridge when the preload exposed one, otherwise the browser stand-in. */
export function pickDesktop(): RolloutDesktopApi {
  return window.rolloutDesktop ?? createBrowserDesktop(localStorageOrNull());
}

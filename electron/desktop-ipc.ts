import type { OpenedFile } from '../shared/api';
import { desktopArgumentSchemas } from '../shared/desktop-api';
import { desktopChannels, type RolloutDesktopApi } from '../shared/desktop-channels';
import { ok, type Result } from '../shared/result';
import { backUpAllPlans, restoreFromBackup, type BackupDeps } from './backup';
import { appendRendererError } from './error-log';
import { guardedListener, type AnyHandler, type IpcListener } from './ipc';
import type { OpenFileQueue } from './open-files';

export interface DesktopDeps {
  readonly openFiles: Pick<OpenFileQueue, 'take'>;
  readonly readFile: (path: string) => Promise<Result<OpenedFile>>;
  readonly logsDir: string;
  readonly backup: BackupDeps;
}

export function createDesktopHandlers({ openFiles, readFile, logsDir, backup }: DesktopDeps): RolloutDesktopApi {
  return {
    async takeOpenedFile() {
      const path = openFiles.take();
      return path === undefined ? ok(null) : readFile(path);
    },
    logRendererError: async (report) => appendRendererError(logsDir, report),
    backUpAllPlans: () => backUpAllPlans(backup),
    restoreBackup: () => restoreFromBackup(backup),
  };
}

/** The same three checks as the main API (sender, payload, nothing thrown), for the desktop channels. */
export function createDesktopIpcListeners(api: RolloutDesktopApi, isTrustedSender: (url: string) => boolean): Map<string, IpcListener> {
  const listeners = new Map<string, IpcListener>();
  for (const method of Object.keys(desktopChannels) as Array<keyof RolloutDesktopApi>) {
    listeners.set(desktopChannels[method], guardedListener(api[method] as AnyHandler, desktopArgumentSchemas[method], isTrustedSender));
  }
  return listeners;
}

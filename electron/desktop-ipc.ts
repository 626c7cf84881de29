import type { OpenedFile } from '../shared/api';
import { desktopArgumentSchemas } from '../shared/desktop-api';
import { desktopChannels, type RolloutDesktopApi } from '../shared/desktop-channels';
import { fail, ok, type Result } from '../shared/result';
import type { PlanFileSource } from '../shared/service/opened-plan-files';
import { backUpAllPlans, restoreFromBackup, type BackupDeps } from './backup';
import { appendRendererError } from './error-log';
import { guardedListener, type AnyHandler, type IpcListener } from './ipc';
import { isPlanFilePath, type OpenFileQueue } from './open-files';

export interface DesktopDeps {
  readonly openFiles: Pick<OpenFileQueue, 'take'>;
  /** A plan file on disk as a source the service imports (`diskPlanFile`); injected so tests need no disk. */
  readonly planFile: (path: string) => Promise<Result<PlanFileSource>>;
  /** Puts a file among the chosen ones the API's `importPlan` reads from (`OpenedPlanFiles.add`). */
  readonly offerPlanFile: (source: PlanFileSource) => OpenedFile;
  readonly logsDir: string;
  readonly backup: BackupDeps;
}

/** The desktop bridge as the main process runs it: a dropped file arrives as its location, which only the preload knows. */
export type DesktopHandlers = Omit<RolloutDesktopApi, 'openDroppedFile'> & {
  openDroppedFile(path: string): Promise<Result<OpenedFile>>;
};

export function createDesktopHandlers({ openFiles, planFile, offerPlanFile, logsDir, backup }: DesktopDeps): DesktopHandlers {
  const offer = async (path: string): Promise<Result<OpenedFile>> => {
    const source = await planFile(path);
    return source.ok ? ok(offerPlanFile(source.value)) : source;
  };
  return {
    async takeOpenedFile() {
      const path = openFiles.take();
      return path === undefined ? ok(null) : offer(path);
    },
    async openDroppedFile(path) {
      // The renderer cannot name a path itself (the preload turns a dropped File into one), but a
      // request from it still only ever reaches a plan file, read as one.
      if (!isPlanFilePath(path)) return fail('invalid', 'Only a plan file (.json) dropped on the window can be imported.');
      return offer(path);
    },
    logRendererError: async (report) => appendRendererError(logsDir, report),
    backUpAllPlans: () => backUpAllPlans(backup),
    restoreBackup: () => restoreFromBackup(backup),
  };
}

/** The same three checks as the main API (sender, payload, nothing thrown), for the desktop channels. */
export function createDesktopIpcListeners(api: DesktopHandlers, isTrustedSender: (url: string) => boolean): Map<string, IpcListener> {
  const listeners = new Map<string, IpcListener>();
  for (const method of Object.keys(desktopChannels) as Array<keyof RolloutDesktopApi>) {
    listeners.set(desktopChannels[method], guardedListener(api[method] as AnyHandler, desktopArgumentSchemas[method], isTrustedSender));
  }
  return listeners;
}

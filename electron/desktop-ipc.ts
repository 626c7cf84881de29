import type { OpenedFile } from '../shared/api';
import { desktopArgumentSchemas } from '../shared/desktop-api';
import { desktopChannels, type RolloutDesktopApi } from '../shared/desktop-channels';
import { describeIssues } from '../shared/model/migrate';
import { fail, ok, type Result } from '../shared/result';
import { backUpAllPlans, restoreFromBackup, type BackupDeps } from './backup';
import { appendRendererError } from './error-log';
import type { IpcListener, SenderEvent } from './ipc';
import type { OpenFileQueue } from './open-files';
import { errorMessage } from './store-files';

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

/** The frame's URL, or null when the frame is gone (navigated away or destroyed). */
function senderUrl(event: SenderEvent): string | null {
  try {
    const url = event.senderFrame?.url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

type AnyHandler = (...args: unknown[]) => Promise<Result<unknown>>;

/** The same three checks as the main API (sender, payload, nothing thrown), for the desktop channels. */
export function createDesktopIpcListeners(api: RolloutDesktopApi, isTrustedSender: (url: string) => boolean): Map<string, IpcListener> {
  const listeners = new Map<string, IpcListener>();
  for (const method of Object.keys(desktopChannels) as Array<keyof RolloutDesktopApi>) {
    // Safe: the payload is parsed by this method's own tuple schema before the call.
    const handler = api[method] as AnyHandler;
    const schema = desktopArgumentSchemas[method];
    listeners.set(desktopChannels[method], async (event: SenderEvent, ...args) => {
      const url = senderUrl(event);
      if (url === null || !isTrustedSender(url)) {
        return fail('forbidden', 'This request did not come from the Rollout Readiness window and was refused.');
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) return fail('invalid', 'The request was refused because its data is not valid.', describeIssues(parsed.error));
      try {
        return await handler(...(parsed.data as unknown[]));
      } catch (error) {
        return fail('io', `Something went wrong: ${errorMessage(error)}`);
      }
    });
  }
  return listeners;
}

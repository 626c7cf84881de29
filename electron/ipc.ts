import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { argumentSchemas, channels, type ApiMethod, type RolloutApi } from '../shared/api';
import { describeIssues } from '../shared/model/migrate';
import { planFileParts, planFilePartsSize } from '../shared/model/plan-file-parts';
import { fail, type Result } from '../shared/result';
import type { FilePlatform } from '../shared/service/file-platform';
import { planExportTooLarge } from '../shared/service/limits';
import type { OpenedPlanFiles } from '../shared/service/opened-plan-files';
import { createRolloutService, type RolloutService } from '../shared/service/rollout-service';
import { createFileStore, type FileStoreOptions } from './file-store';
import type { FileDialogs } from './files';
import type { ReportPrinter } from './report-printer';
import { errorMessage } from './store-files';

export interface HandlerDeps extends FileStoreOptions {
  /** The data folder: plans, settings, decision logs and import rows. */
  readonly dataDir: string;
  readonly files: FileDialogs;
  /** Prints the app window; injected so tests can pass a fake window. */
  readonly printer: ReportPrinter;
  /** The plan-file size limit in UTF-8 bytes (tests pass a small one). */
  readonly maxPlanFileBytes?: number;
  /** The chosen plan files by token, shared with the desktop handlers (files opened by the OS, drops). */
  readonly openedFiles?: OpenedPlanFiles;
}

/**
 * Every API method in the main process: the shared service (shared/service) over the
 * file-system adapter, with the save and open dialogs and the printer. Callable directly in tests.
 */
export function createHandlers({ dataDir, files, printer, maxPlanFileBytes, openedFiles, ...storeOptions }: HandlerDeps): RolloutService {
  const platform: FilePlatform = {
    saveTextFile: (name, text, kind) => files.saveTextFile(name, text, kind),
    async savePlanFile(name, plan, now, evidence, maxBytes) {
      // Node's native SHA-256: the same digest as the TypeScript one, several times faster.
      const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
      const parts = await planFileParts(plan, now, evidence, sha256);
      if (planFilePartsSize(parts) > maxBytes) return fail('too_large', planExportTooLarge(maxBytes));
      return files.savePlanFile(name, parts);
    },
    openPlanFile: () => files.openPlanFile(),
    printPage: (request) => printer.printReport(request),
  };
  return createRolloutService(createFileStore(dataDir, storeOptions), platform, {
    ...(storeOptions.now ? { now: storeOptions.now } : {}),
    ...(maxPlanFileBytes ? { maxPlanFileBytes } : {}),
    ...(openedFiles ? { openedFiles } : {}),
  });
}

/** The part of Electron's IpcMainInvokeEvent the guard looks at. */
export interface SenderEvent {
  readonly senderFrame?: { readonly url: string } | null;
}

export type IpcListener = (event: SenderEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** The frame's URL, or null when the frame is gone (navigated away or destroyed). */
function senderUrl(event: SenderEvent): string | null {
  try {
    const url = event.senderFrame?.url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

export type AnyHandler = (...args: unknown[]) => Promise<Result<unknown>>;

/**
 * One handler behind the three checks of the Electron IPC guide: the sender frame is the app,
 * the payload matches the method's tuple schema, and nothing throws across IPC (a thrown error
 * arrives in the renderer as a bare message, so it becomes an `io` result instead).
 */
export function guardedListener(
  handler: AnyHandler,
  schema: z.ZodType,
  isTrustedSender: (url: string) => boolean,
): IpcListener {
  return async (event, ...args) => {
    const url = senderUrl(event);
    if (url === null || !isTrustedSender(url)) {
      return fail('forbidden', 'This request did not come from the Rollout Readiness window and was refused.');
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      return fail('invalid', 'The request was refused because its data is not valid.', describeIssues(parsed.error));
    }
    try {
      // Safe: the payload was parsed by this method's own tuple schema just above.
      return await handler(...(parsed.data as unknown[]));
    } catch (error) {
      return fail('io', `Something went wrong: ${errorMessage(error)}`);
    }
  };
}

/** Every channel of the shared table, each behind `guardedListener`. */
export function createIpcListeners(api: RolloutApi, isTrustedSender: (url: string) => boolean): Map<string, IpcListener> {
  const listeners = new Map<string, IpcListener>();
  for (const method of Object.keys(channels) as ApiMethod[]) {
    listeners.set(channels[method], guardedListener(api[method] as AnyHandler, argumentSchemas[method], isTrustedSender));
  }
  return listeners;
}

export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
}

/** Registers every channel of the shared table. */
export function registerIpc(ipcMain: IpcMainLike, listeners: Map<string, IpcListener>): void {
  for (const [channel, listener] of listeners) ipcMain.handle(channel, listener);
}

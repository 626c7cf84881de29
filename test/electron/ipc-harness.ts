import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { RolloutApi } from '../../shared/api';
import type { Result } from '../../shared/result';
import { createFileDialogs, type DialogLike } from '../../electron/files';
import { createHandlers, createIpcListeners, type IpcListener, type SenderEvent } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { isTrustedUrl } from '../../electron/security';
import { FIXED_NOW, makeFakeWindow, makeTempDir, type FakeWindow } from './fixtures';

// Shared by the ipc-*.test.ts files. Each of them mocks 'electron' itself: vi.mock is hoisted per test file.

/** The app's own window, the one sender the listeners trust. */
export const appFrame: SenderEvent = { senderFrame: { url: 'app://rollout/index.html' } };

/** Every file under a folder with its exact bytes, to prove a refused call wrote nothing. */
export function snapshotDisk(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** The real handlers and IPC listeners over a fresh data folder, renewed before each test. */
export interface IpcHarness {
  readonly dataDir: string;
  /** Where the user's own files are, apart from the data folder. */
  readonly chosenDir: string;
  readonly storage: RolloutApi;
  readonly listeners: Map<string, IpcListener>;
  readonly window: FakeWindow;
  /** The path the next save dialog "chooses" (null = the user cancels). */
  nextSavePath: string | null;
  /** The path the next open dialog "chooses" (null = the user cancels). */
  nextOpenPath: string | null;
  /** Another set of handlers over the same data folder and dialogs. */
  buildApi(): RolloutApi;
  /** Calls a channel's listener as the given sender would. */
  call(channel: string, event: SenderEvent, ...args: unknown[]): Promise<Result<unknown>>;
  /** The data folder's files and bytes. */
  snapshotDisk(): Record<string, string>;
}

/** Registers the per-test set-up and clean-up; read the harness's fields inside tests only. */
export function useIpcHarness(): IpcHarness {
  const cleanups: Array<() => void> = [];
  const dialog: DialogLike = {
    showSaveDialog: async () =>
      harness.nextSavePath ? { canceled: false, filePath: harness.nextSavePath } : { canceled: true, filePath: '' },
    showOpenDialog: async () =>
      harness.nextOpenPath ? { canceled: false, filePaths: [harness.nextOpenPath] } : { canceled: true, filePaths: [] },
  };
  const harness = {
    dataDir: '',
    chosenDir: '',
    storage: undefined as unknown as RolloutApi,
    listeners: new Map<string, IpcListener>(),
    window: makeFakeWindow(),
    nextSavePath: null as string | null,
    nextOpenPath: null as string | null,
    buildApi(): RolloutApi {
      const files = createFileDialogs(dialog, () => harness.dataDir);
      return createHandlers({
        dataDir: harness.dataDir,
        files,
        printer: createReportPrinter(() => harness.window, files),
        now: () => FIXED_NOW,
      });
    },
    async call(channel: string, event: SenderEvent, ...args: unknown[]): Promise<Result<unknown>> {
      const listener = harness.listeners.get(channel);
      if (!listener) throw new Error(`no listener for ${channel}`);
      return listener(event, ...args);
    },
    snapshotDisk: () => snapshotDisk(harness.dataDir),
  };

  beforeEach(() => {
    const data = makeTempDir();
    const chosen = makeTempDir();
    cleanups.push(data.cleanup, chosen.cleanup);
    harness.dataDir = data.dir;
    harness.chosenDir = chosen.dir;
    harness.nextSavePath = null;
    harness.nextOpenPath = null;
    harness.window = makeFakeWindow();
    harness.storage = harness.buildApi();
    harness.listeners = createIpcListeners(harness.storage, (url) => isTrustedUrl(url, null));
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  return harness;
}

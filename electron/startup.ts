import { join } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_ID, APP_NAME, dataFolderFor, migrateLegacyData, type MigrationOutcome } from './app-identity';
import { filesFromSecondInstance, planFilesFromArgv, type SecondInstanceData } from './open-files';
import { closeStoreRendererChannel, type IpcMainChannels } from './store-channel';

/** The part of Electron's `app` the start-up uses, so a recording stand-in can check the order. */
export interface StartupApp {
  setName(name: string): void;
  setAppUserModelId(id: string): void;
  getPath(name: 'appData'): string;
  setPath(name: 'userData', path: string): void;
  setAppLogsPath(path?: string): void;
  enableSandbox(): void;
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  quit(): void;
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string, additionalData: unknown) => void,
  ): unknown;
}

export interface StartupElectron {
  readonly app: StartupApp;
  readonly protocol: { registerSchemesAsPrivileged(schemes: CustomScheme[]): void };
  readonly ipcMain: IpcMainChannels;
}

export interface StartupOptions {
  readonly platform: NodeJS.Platform;
  readonly argv: readonly string[];
  readonly cwd: string;
  /** `process.defaultApp`: started as `electron <folder>`, so argv[1] is the app, not a file. */
  readonly isDefaultApp: boolean;
  readonly schemes: CustomScheme[];
  /** electron-store's `Store.initRenderer`, injected so the identity is set before the module is touched. */
  readonly initStoreRenderer: () => void;
  /** Files to open: from the macOS Finder (`open-file`) or a second launch. */
  readonly onOpenFiles: (paths: string[]) => void;
  /** A second launch happened: bring the window forward. */
  readonly onSecondInstance: () => void;
  /** Moves an earlier version's data (`migrateLegacyData`); injectable so a recording stand-in can check when it runs. */
  readonly migrate?: (appDataDir: string, dataDir: string) => MigrationOutcome;
}

export type StartupOutcome =
  | { readonly primary: false }
  | {
      readonly primary: true;
      readonly dataDir: string;
      readonly migration: MigrationOutcome;
      /** Plan files named on this launch's command line. */
      readonly initialFiles: string[];
    };

/**
 * Everything that must happen before `ready`, in the order it must happen:
 * 1. the app's name and id, then its data folder — before anything reads a path (the
 *    single-instance lock, the session's storage and electron-store all live in it);
 * 2. closing electron-store's renderer channel, before any store exists;
 * 3. privileged schemes and the sandbox (Electron refuses both after `ready`);
 * 4. listening for `open-file` (macOS sends it during launch, before `ready`);
 * 5. the single-instance lock, which hands this launch's files to a running copy. Electron
 *    takes it in the data folder set in step 1 (App::RequestSingleInstanceLock creates
 *    DIR_USER_DATA and its ProcessSingleton locks it), and allows it any time before `ready`;
 * 6. only then, moving data an earlier, unnamed version left in `<appData>/Electron`: two copies
 *    started together must not both move it (one would find half of it gone and move the rest).
 */
export function prepareStartup(electron: StartupElectron, options: StartupOptions): StartupOutcome {
  const { app } = electron;
  app.setName(APP_NAME);
  if (options.platform === 'win32') app.setAppUserModelId(APP_ID);
  const appDataDir = app.getPath('appData');
  const dataDir = dataFolderFor(appDataDir);
  app.setPath('userData', dataDir);
  // Logs (Electron's and the render-error log) stay in the data folder, where Open Data Folder shows them.
  app.setAppLogsPath(join(dataDir, 'logs'));

  closeStoreRendererChannel(options.initStoreRenderer, electron.ipcMain);

  electron.protocol.registerSchemesAsPrivileged(options.schemes);
  app.enableSandbox();

  app.on('open-file', (event, path) => {
    event.preventDefault();
    options.onOpenFiles([path]);
  });

  const initialFiles = planFilesFromArgv(options.argv, { isDefaultApp: options.isDefaultApp, cwd: options.cwd });
  const handOver: SecondInstanceData = { files: initialFiles };
  // A second copy would be a second writer of the same files: hand over to the first one.
  if (!app.requestSingleInstanceLock({ ...handOver })) {
    app.quit();
    return { primary: false };
  }
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    options.onSecondInstance();
    const files = filesFromSecondInstance(argv, workingDirectory, additionalData, options.isDefaultApp);
    if (files.length > 0) options.onOpenFiles(files);
  });
  // Only the copy holding the lock moves anything (a second copy has quit above).
  const migration = (options.migrate ?? migrateLegacyData)(appDataDir, dataDir);
  return { primary: true, dataDir, migration, initialFiles };
}

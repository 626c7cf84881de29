import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import Store from 'electron-store';
import { APP_NAME, APP_VERSION, aboutDetail, migrationNotice, rememberMigrationNotice } from './app-identity';
import { createAppProtocolHandler } from './app-protocol';
import { createImportRowsHandler } from './import-rows-protocol';
import { createDesktopHandlers, createDesktopIpcListeners } from './desktop-ipc';
import { createFileDialogs, type DialogLike } from './files';
import { createHandlers, createIpcListeners, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createOpenFileQueue } from './open-files';
import { diskPlanFile } from './plan-file-source';
import { readPlanFileFromDisk } from './plan-file-reader';
import { createWorkerPlanFileReader, startBuiltReader } from './plan-file-reader-client';
import { createPendingWork, holdQuitForPendingWork } from './quit-guard';
import { createReportPrinter } from './report-printer';
import { prepareStartup } from './startup';
import { initialPlacement, keepWindowState, readWindowState } from './window-state';
import { setFormatLocale } from '../shared/format/locale';
import { createOpenedPlanFiles, type PlanFileSource } from '../shared/service/opened-plan-files';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../shared/menu-commands';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  appSchemePrivileges,
  hardenSession,
  hardenWebContents,
  isTrustedUrl,
  resolveDevServerUrl,
  secureWebPreferences,
} from './security';

// Built layout: dist/electron/main.js beside preload.cjs, the renderer in dist/renderer.
const buildDir = import.meta.dirname;
const rendererRoot = join(buildDir, '..', 'renderer');
const preloadPath = join(buildDir, 'preload.cjs');
const WINDOW_LIMITS = { minWidth: 1000, minHeight: 700, minVisible: 120 };
/** The longest a quit waits for requests still running: long enough for a large import's rows, not for ever. */
const QUIT_WAIT_MS = 30_000;

let mainWindow: BrowserWindow | null = null;
/** True once the window's page has loaded: from then on, opened files are announced to it. */
let windowLoaded = false;
/** Set once `ready` has come and the app can open a window (macOS keeps running without one). */
let openWindow: (() => void) | null = null;
/**
 * Quit was asked for (Cmd+Q, the Quit item). A window closing with edits still on their way holds
 * the close until they are stored (renderer/hooks/close-guard.ts), and Electron drops the quit it
 * held up: the window's own close, once stored, carries the quit on, or macOS would keep running.
 */
let quitRequested = false;

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function focusWindow(): void {
  if (!mainWindow) {
    // macOS: the app runs on with no window; a second launch or a double-clicked file opens one.
    openWindow?.();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// Files asked for before the page loaded wait for it; it takes the first when it starts.
const openFiles = createOpenFileQueue(() => {
  if (!windowLoaded) {
    // A new window takes the waiting file itself once its page has started.
    if (!mainWindow) openWindow?.();
    return;
  }
  focusWindow();
  sendMenuCommand('open-file');
});

// Identity, data folder, privileged scheme and the single-instance lock: all before `ready`.
const startup = prepareStartup(
  { app, protocol, ipcMain },
  {
    platform: process.platform,
    argv: process.argv,
    cwd: process.cwd(),
    isDefaultApp: process.defaultApp === true,
    schemes: [appSchemePrivileges],
    initStoreRenderer: () => Store.initRenderer(),
    onOpenFiles: (paths) => openFiles.push(paths),
    onSecondInstance: focusWindow,
  },
);
const devServerUrl = resolveDevServerUrl(process.argv, process.env, app.isPackaged);

function parentWindow(): BrowserWindow | null {
  return BrowserWindow.getFocusedWindow() ?? mainWindow;
}

/** The dialogs, attached to the app window so they are modal to it. */
const windowDialogs: DialogLike = {
  showSaveDialog: (options) => {
    const parent = parentWindow();
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
  },
  showOpenDialog: (options) => {
    const parent = parentWindow();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  },
};

function showMessage(type: 'info' | 'warning' | 'error', message: string, detail: string): void {
  const options = { type, title: APP_NAME, message, detail };
  const parent = parentWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function showAbout(): void {
  showMessage('info', `${APP_NAME} ${APP_VERSION}`, aboutDetail(process.versions, app.getPath('userData')));
}

function createWindow(dataDir: string): void {
  const stateFile = join(dataDir, 'window-state.json');
  const placement = initialPlacement(readWindowState(stateFile), screen.getAllDisplays(), WINDOW_LIMITS);
  const window = new BrowserWindow({
    title: APP_NAME,
    ...(placement ? placement.bounds : { width: 1280, height: 860 }),
    minWidth: WINDOW_LIMITS.minWidth,
    minHeight: WINDOW_LIMITS.minHeight,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  keepWindowState(window, screen, stateFile);
  window.once('ready-to-show', () => {
    if (placement?.maximized) window.maximize();
    window.show();
    const notice = startup.primary ? migrationNotice(startup.migration, dataDir) : null;
    if (notice && startup.primary) {
      showMessage('info', 'Your plans from an earlier version', notice);
      rememberMigrationNotice(startup.migration, dataDir);
    }
  });
  window.webContents.on('did-finish-load', () => {
    windowLoaded = true;
  });
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null;
      windowLoaded = false;
    }
    if (quitRequested) app.quit();
  });
  mainWindow = window;
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function start(dataDir: string, initialFiles: string[]): void {
  openFiles.push(initialFiles);
  // Every web contents, including any a bug might create, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      // Messages the main process writes (a plan file too large) use the user's locale, as the window does.
      setFormatLocale(app.getLocale());
      hardenSession(session.defaultSession, devServerUrl);

      const documents = () => app.getPath('documents');
      // Plan files are parsed and checked in a worker thread, never on the main process's own.
      const readPlanFile = createWorkerPlanFileReader(() => startBuiltReader(new URL('.', import.meta.url)), readPlanFileFromDisk);
      const files = createFileDialogs(windowDialogs, documents, readPlanFile);
      // One set of chosen plan files for the dialog, drops and files opened by the OS; a timer
      // forgets the ones left waiting, and is unref'd so it never keeps the app running.
      const openedFiles = createOpenedPlanFiles({ setTimer: (run, ms) => void setTimeout(run, ms).unref() });
      const offerPlanFile = (source: PlanFileSource) => openedFiles.add(source);
      const api = createHandlers({
        dataDir,
        files,
        openedFiles,
        // The main window, not the focused one: DevTools can have focus, and it is not the report.
        printer: createReportPrinter(() => mainWindow, files),
      });
      // The metrics worker reads stored import rows straight from here, never through the window's IPC.
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot, createImportRowsHandler(api.loadImportData)));
      const trusted = (url: string) => isTrustedUrl(url, devServerUrl);
      // A quit waits for the requests still running (an import writing its rows, a backup on its way to disk).
      const pending = createPendingWork();
      holdQuitForPendingWork(app, pending, (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()), QUIT_WAIT_MS);
      const tracked = (listeners: ReturnType<typeof createIpcListeners>) =>
        new Map([...listeners].map(([channel, listener]) => [channel, pending.track(listener)]));
      registerIpc(ipcMain, tracked(createIpcListeners(api, trusted)));
      const desktop = createDesktopHandlers({
        openFiles,
        planFile: (path) => diskPlanFile(path, readPlanFile),
        offerPlanFile,
        logsDir: join(dataDir, 'logs'),
        backup: { api: { ...api, offerPlanFile }, dialogs: windowDialogs, defaultDir: documents },
      });
      registerIpc(ipcMain, tracked(createDesktopIpcListeners(desktop, trusted)));

      const template = buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: devServerUrl !== null,
        send: sendMenuCommand,
        showAbout,
        openDataFolder: () =>
          void shell.openPath(dataDir).then((error) => {
            if (error) showMessage('error', 'The data folder could not be opened', `${dataDir}\n${error}`);
          }),
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));

      openWindow = () => createWindow(dataDir);
      createWindow(dataDir);
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow(dataDir);
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(APP_NAME, `The app could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}

if (startup.primary) start(startup.dataDir, startup.initialFiles);

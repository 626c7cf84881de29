import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, session } from 'electron';
import { createAppProtocolHandler } from './app-protocol';
import { createDecisionLog } from './decision-log';
import { createFileDialogs, type DialogLike } from './files';
import { createImportDataStore } from './import-data-store';
import { createHandlers, createIpcListeners, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createReportPrinter } from './report-printer';
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
import { createStorage } from './storage';

const APP_TITLE = 'Rollout Readiness';
// Built layout: dist/electron/main.js beside preload.cjs, the renderer in dist/renderer.
const buildDir = import.meta.dirname;
const rendererRoot = join(buildDir, '..', 'renderer');
const preloadPath = join(buildDir, 'preload.cjs');
const devServerUrl = resolveDevServerUrl(process.argv, process.env, app.isPackaged);

let mainWindow: BrowserWindow | null = null;

// Both must happen before `ready`.
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
app.enableSandbox();

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

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${APP_TITLE}`,
    message: APP_TITLE,
    detail: `Version ${app.getVersion()}\nMay the next stage of an AI rollout proceed, and can you show why?\nWorks offline; your plans stay on this computer.`,
  };
  const parent = parentWindow();
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

function createWindow(): void {
  const window = new BrowserWindow({
    title: APP_TITLE,
    width: 1280,
    height: 860,
    minWidth: 1000,
    minHeight: 700,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(devServerUrl ?? APP_ENTRY_URL);
}

function start(): void {
  // Every web contents, including any a bug might create, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, devServerUrl);
      protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererRoot));

      const dataDir = app.getPath('userData');
      const storage = createStorage(dataDir);
      const planExists = (id: string) => storage.findSummary(id) !== null;
      const files = createFileDialogs(windowDialogs, () => app.getPath('documents'));
      const api = createHandlers({
        storage,
        files,
        importData: createImportDataStore(dataDir, { planExists }),
        decisions: createDecisionLog(dataDir, { findPlan: (id) => storage.findSummary(id), getPlan: (id) => storage.getPlan(id) }),
        // The main window, not the focused one: DevTools can have focus, and it is not the report.
        printer: createReportPrinter(() => mainWindow, files),
      });
      registerIpc(ipcMain, createIpcListeners(api, (url) => isTrustedUrl(url, devServerUrl)));

      const template = buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isDev: devServerUrl !== null,
        send: sendMenuCommand,
        showAbout,
      });
      Menu.setApplicationMenu(Menu.buildFromTemplate(template));

      createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow();
      });
    })
    .catch((error: unknown) => {
      dialog.showErrorBox(APP_TITLE, `The app could not start: ${error instanceof Error ? error.message : String(error)}`);
      app.exit(1);
    });
}

// A second copy would be a second writer of the same files: hand over to the first one.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

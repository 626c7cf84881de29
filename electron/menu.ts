import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/menu-commands';

export interface MenuActions {
  readonly isMac: boolean;
  readonly isDev: boolean;
  /** Forwards a command to the renderer. */
  send(command: MenuCommand): void;
  showAbout(): void;
  /** File › Open Data Folder, handled in the main process. */
  openDataFolder?(): void;
}

/** The native application menu. Pure, so its items and shortcuts are tested without Electron. */
export function buildMenuTemplate({ isMac, isDev, send, showAbout, openDataFolder }: MenuActions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Rollout Readiness',
          submenu: [
            { label: 'About Rollout Readiness', click: showAbout },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const dataFolderItems: MenuItemConstructorOptions[] = [
    { label: 'Back Up All Plans…', click: () => send('back-up-plans') },
    { label: 'Restore from Backup…', click: () => send('restore-backup') },
    ...(openDataFolder ? [{ label: 'Open Data Folder', click: openDataFolder }] : []),
    { type: 'separator' },
  ];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Plan', accelerator: 'CmdOrCtrl+N', click: () => send('new-plan') },
      { type: 'separator' },
      { label: 'Import Plan…', accelerator: 'CmdOrCtrl+O', click: () => send('import-plan') },
      { label: 'Export Plan…', accelerator: 'CmdOrCtrl+Shift+E', click: () => send('export-plan') },
      { type: 'separator' },
      { label: 'Try with Sample Data…', click: () => send('try-sample-data') },
      { type: 'separator' },
      ...dataFolderItems,
      isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+D', click: () => send('toggle-theme') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: 'About Rollout Readiness', click: showAbout }],
  };

  return [...appMenu, file, edit, view, help];
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/menu';
import { isMenuCommand, menuCommands } from '../../shared/menu-commands';

vi.mock('electron', () => ({ default: {} }));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(isMac: boolean, isDev: boolean) {
  const send = vi.fn();
  const showAbout = vi.fn();
  const items = flatten(buildMenuTemplate({ isMac, isDev, send, showAbout }));
  const click = (label: string) => {
    const item = items.find((entry) => entry.label === label);
    if (!item?.click) throw new Error(`no clickable item "${label}"`);
    // The click handler's arguments are not used by our items.
    (item.click as () => void)();
  };
  return { items, send, showAbout, click };
}

describe('application menu', () => {
  it.each([
    ['New Plan', 'CmdOrCtrl+N', 'new-plan'],
    ['Import Plan…', 'CmdOrCtrl+O', 'import-plan'],
    ['Export Plan…', 'CmdOrCtrl+Shift+E', 'export-plan'],
    ['Toggle Dark Theme', 'CmdOrCtrl+Shift+D', 'toggle-theme'],
  ])('"%s" (%s) sends %s to the window', (label, accelerator, command) => {
    const { items, send, click } = menu(false, false);
    expect(items.find((item) => item.label === label)?.accelerator).toBe(accelerator);
    click(label);
    expect(send).toHaveBeenCalledWith(command);
  });

  it('has File, Edit, View and Help menus, and the app menu on macOS', () => {
    expect(buildMenuTemplate({ isMac: false, isDev: false, send: vi.fn(), showAbout: vi.fn() }).map((item) => item.label)).toEqual([
      '&File',
      '&Edit',
      '&View',
      '&Help',
    ]);
    expect(buildMenuTemplate({ isMac: true, isDev: false, send: vi.fn(), showAbout: vi.fn() })[0]?.label).toBe('Rollout Readiness');
  });

  it.each(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'quit'])('has the %s role', (role) => {
    expect(menu(false, false).items.some((item) => item.role === role)).toBe(true);
  });

  it('offers reload and developer tools only in dev mode', () => {
    expect(menu(false, false).items.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(false);
    expect(menu(false, true).items.filter((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toHaveLength(2);
  });

  it.each([
    ['Back Up All Plans…', 'back-up-plans'],
    ['Restore from Backup…', 'restore-backup'],
  ])('"%s" sends %s to the window, which saves pending edits first', (label, command) => {
    const { send, click } = menu(false, false);
    click(label);
    expect(send).toHaveBeenCalledWith(command);
  });

  it('"Open Data Folder" in the File menu is handled in the main process', () => {
    const openDataFolder = vi.fn();
    const template = buildMenuTemplate({ isMac: false, isDev: false, send: vi.fn(), showAbout: vi.fn(), openDataFolder });
    const fileItems = template[0]?.submenu;
    const item = Array.isArray(fileItems) ? fileItems.find((entry) => entry.label === 'Open Data Folder') : undefined;
    (item?.click as () => void)();
    expect(openDataFolder).toHaveBeenCalledOnce();
  });

  it('shows About from the Help menu', () => {
    const { click, showAbout } = menu(false, false);
    click('About Rollout Readiness');
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it.each([...menuCommands.map((command) => [command, true] as const), ['rm -rf', false] as const, [42, false] as const])(
    'isMenuCommand(%j) is %s',
    (value, expected) => {
      expect(isMenuCommand(value)).toBe(expected);
    },
  );
});

/**
 * Menu items that act on the renderer. The main process sends one of these on
 * `MENU_COMMAND_CHANNEL`; the preload checks it against this list before passing it on.
 */
export const menuCommands = [
  'new-plan',
  'import-plan',
  'export-plan',
  'toggle-theme',
  // A file the OS asked the app to open is waiting: take it with `rolloutDesktop.takeOpenedFile`.
  'open-file',
  // Sent to the window, not handled in the main process, so pending edits are saved first.
  'back-up-plans',
  'restore-backup',
  'try-sample-data',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

export const MENU_COMMAND_CHANNEL = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/** What the preload exposes as `window.rolloutMenu`. */
export interface RolloutMenuBridge {
  /** Calls `listener` for every menu command; returns the function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

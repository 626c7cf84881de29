import type { OpenedFile } from './api';
import type { RestoreReport } from './backup/backup-service';
import type { Result } from './result';

/*
 * The desktop-only bridge (`window.rolloutDesktop`): what only an installed app does — files the
 * OS asks it to open, and a local log of render errors. Kept apart from `RolloutApi`, which the
 * browser twin implements in full, and free of zod so the preload bundle stays small.
 */

/** A dropped `File` (a DOM type, which this DOM-free module only names by its shape). */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
}

/** What the error boundary records; stays on this computer. */
export interface RendererErrorReport {
  readonly message: string;
  readonly stack: string;
  readonly componentStack: string;
  /** ISO time the error happened. */
  readonly at: string;
}

export type BackupOutcome =
  | { readonly saved: false }
  | { readonly saved: true; readonly fileName: string; readonly planCount: number; readonly warnings: string[] };

export type RestoreOutcome =
  | { readonly chosen: false }
  | { readonly chosen: true; readonly report: RestoreReport; readonly summary: string };

export interface RolloutDesktopApi {
  /**
   * The oldest plan file the OS or the command line asked the app to open (double-click, "Open
   * with", a second launch), as a handle for `importPlan` (the main process reads it from disk
   * then); null when none is waiting.
   */
  takeOpenedFile(): Promise<Result<OpenedFile | null>>;
  /**
   * A plan file dropped on the window (a `File`), as a handle for `importPlan`: the preload
   * sends the main process the file's location, never its text.
   */
  openDroppedFile(file: DroppedFile): Promise<Result<OpenedFile>>;
  /** Appends a render error to `logs/renderer-errors.log` in the data folder. Never sent anywhere. */
  logRendererError(report: RendererErrorReport): Promise<Result<void>>;
  /** Every plan, with its imported rows and decision log, into one file the user chooses. */
  backUpAllPlans(): Promise<Result<BackupOutcome>>;
  /** Adds the plans of a backup the user chooses, through the checked plan import; never replaces one. */
  restoreBackup(): Promise<Result<RestoreOutcome>>;
}

export const desktopChannels = {
  takeOpenedFile: 'desktop:takeOpenedFile',
  openDroppedFile: 'desktop:openDroppedFile',
  logRendererError: 'desktop:logRendererError',
  backUpAllPlans: 'desktop:backUpAllPlans',
  restoreBackup: 'desktop:restoreBackup',
} as const satisfies Record<keyof RolloutDesktopApi, string>;

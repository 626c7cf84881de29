import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { SaveOutcome } from '../shared/api';
import type { PlanFilePart } from '../shared/model/plan-file-parts';
import { fail, ok, type Result } from '../shared/result';
import type { PlanFileSource } from '../shared/service/opened-plan-files';
import { diskPlanFile, type ReadPlanFileAt } from './plan-file-source';
import { describeWriteError } from './durable-write';

export { decodeText, formatFileSize, readTextFile, tooLargeMessage, type TextFileRead } from './read-text-file';

/** The two native dialogs, bound to the app window by the caller (main.ts). */
export interface DialogLike {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
}

/** What the user is saving: it decides the dialog's title and file-type filter. */
export type SaveKind = 'plan' | 'csv' | 'json' | 'pdf';

/** What the IPC handlers need from the file system; the renderer never sees a path. */
export interface FileDialogs {
  saveTextFile(suggestedName: string, text: string, kind?: Exclude<SaveKind, 'pdf'>): Promise<Result<SaveOutcome>>;
  savePdfFile(suggestedName: string, bytes: Uint8Array): Promise<Result<SaveOutcome>>;
  /** An exported plan, written part after part (`planFileParts`): streamed to disk, never one giant string. */
  savePlanFile(suggestedName: string, parts: readonly PlanFilePart[]): Promise<Result<SaveOutcome>>;
  /** The open dialog: the chosen plan file, read from disk only when it is imported; null if cancelled. */
  openPlanFile(): Promise<Result<PlanFileSource | null>>;
}

const allFiles = { name: 'All files', extensions: ['*'] };
const planFilters = [{ name: 'Rollout Readiness plan', extensions: ['json'] }, allFiles];

const saveDialogs: Record<SaveKind, { title: string; filters: Array<{ name: string; extensions: string[] }> }> = {
  plan: { title: 'Export plan', filters: planFilters },
  csv: { title: 'Save CSV file', filters: [{ name: 'CSV file', extensions: ['csv'] }, allFiles] },
  json: { title: 'Save JSON file', filters: [{ name: 'JSON file', extensions: ['json'] }, allFiles] },
  pdf: { title: 'Save report as PDF', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
};

/**
 * Bytes of a suggested name before its extension. Disks allow 255 bytes a name (ext4, APFS; NTFS
 * 255 UTF-16 units): a 200-character plan name in Japanese is 600 bytes, which the dialog offers
 * and the disk then refuses. Room is left for the dialog's own " (2)" and our temp file's suffix.
 */
const MAX_SUGGESTED_STEM_BYTES = 150;

/** The longest start of `text` within `maxBytes` UTF-8 bytes, never cutting a character (or a surrogate pair) in two. */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  let kept = '';
  let bytes = 0;
  for (const character of text) {
    bytes += encoder.encode(character).length;
    if (bytes > maxBytes) break;
    kept += character;
  }
  return kept;
}

/**
 * The name the renderer suggests, made safe to show in the dialog: it is only a default the
 * user confirms, but a name like "../../x" must not start the dialog in another folder, nor be
 * longer than the disk allows.
 */
export function safeSuggestedName(name: string, kind: SaveKind): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[.\s]+/, '').trim() || 'untitled';
  const extension = kind === 'plan' ? '.json' : `.${kind}`;
  const named = cleaned.toLowerCase().endsWith(extension);
  const stem = named ? cleaned.slice(0, -extension.length) : cleaned;
  return `${cutToUtf8Bytes(stem, MAX_SUGGESTED_STEM_BYTES).trim() || 'untitled'}${named ? cleaned.slice(-extension.length) : extension}`;
}

/** Why a file the user chose could not be written; their folder is not the app's data folder. */
function describeUserFileError(error: unknown, filePath: string): string {
  const code = error instanceof Error && 'code' in error ? error.code : null;
  if (code === 'EACCES' || code === 'EPERM') return 'the app is not allowed to write there';
  // A USB stick pulled out or a folder moved after it was chosen in the dialog.
  if (code === 'ENOENT' || code === 'ENOTDIR') return `the folder "${dirname(filePath)}" is no longer there (was a drive disconnected, or the folder moved?)`;
  if (code === 'ENAMETOOLONG') return 'its name is longer than the disk allows; choose a shorter name';
  return describeWriteError(error);
}

/**
 * The temp file beside the target: hidden, and named for it only as far as a name fits. The full
 * name plus the suffix would pass the disk's 255 bytes for a chosen name that itself fits.
 */
function tempPathFor(filePath: string): string {
  return join(dirname(filePath), `.${cutToUtf8Bytes(basename(filePath), 100)}.tmp-${randomUUID()}`);
}

/**
 * Writes text as UTF-8 (no BOM), or bytes as they are, or a list of either one after another, to
 * a path the user chose. Through a temp file beside it, flushed and renamed over the target: a
 * disk that fills up half-way must not leave half an export (a CSV cut short still opens, with
 * fewer rows) nor cost the user the earlier file they chose to replace.
 */
export async function writeUserFile(
  filePath: string,
  contents: string | Uint8Array | readonly PlanFilePart[],
  flushFolder: (dir: string) => Promise<void> = flushFolderOf,
): Promise<Result<void>> {
  const existed = existsSync(filePath);
  const temp = tempPathFor(filePath);
  try {
    const handle = await open(temp, 'wx');
    try {
      // Node writes an iterable chunk by chunk (strings as UTF-8): no part is joined to another in memory.
      await handle.writeFile(contents, typeof contents === 'string' ? 'utf8' : null);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const kept = existed ? 'The file already there was left as it was.' : 'Nothing was written.';
    return fail('io', `"${basename(filePath)}" could not be written because ${describeUserFileError(error, filePath)}. ${kept}`);
  }
  // The rename is only in the folder's table until the folder is flushed: "Saved", then a power cut, could lose the
  // file (or bring the earlier one back). Best effort: some disks a user picks (network shares, USB sticks) refuse it.
  await flushFolder(dirname(filePath)).catch(() => undefined);
  return ok(undefined);
}

/** Flushes a folder's entries to the disk; not possible on Windows, where renames are journalled. */
async function flushFolderOf(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** The dialog-calling part: thin on purpose, everything it relies on is tested above it. */
export function createFileDialogs(dialog: DialogLike, defaultDir: () => string, readPlanFile?: ReadPlanFileAt): FileDialogs {
  async function save(kind: SaveKind, suggestedName: string, contents: string | Uint8Array | readonly PlanFilePart[]): Promise<Result<SaveOutcome>> {
    const choice = await dialog.showSaveDialog({
      title: saveDialogs[kind].title,
      defaultPath: join(defaultDir(), safeSuggestedName(suggestedName, kind)),
      filters: saveDialogs[kind].filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return ok({ saved: false, fileName: '' });
    const written = await writeUserFile(choice.filePath, contents);
    if (!written.ok) return written;
    return ok({ saved: true, fileName: basename(choice.filePath) });
  }

  return {
    saveTextFile: (suggestedName, text, kind = 'plan') => save(kind, suggestedName, text),
    savePdfFile: (suggestedName, bytes) => save('pdf', suggestedName, bytes),
    savePlanFile: (suggestedName, parts) => save('plan', suggestedName, parts),

    async openPlanFile() {
      const choice = await dialog.showOpenDialog({
        title: 'Import plan',
        defaultPath: defaultDir(),
        filters: planFilters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return ok(null);
      return diskPlanFile(filePath, readPlanFile);
    },
  };
}

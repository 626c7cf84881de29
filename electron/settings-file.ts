import { statfsSync } from 'node:fs';
import { join } from 'node:path';
import Store from 'electron-store';
import { settingsSchema, type Settings } from '../shared/model/schema';
import { keepPrevious, writeFileDurably, type WriteOutcome } from './durable-write';
import { readRawJson } from './store-files';

/** Writes one small JSON file the way electron-store does; injectable so tests can stand in a disk that cuts writes short. */
export type JsonStoreWriter = (cwd: string, name: string, value: Record<string, unknown>) => void;

/** conf → atomically: atomic rename, but a short write goes unnoticed (see `saveSettingsFile`). */
export const electronStoreWriter: JsonStoreWriter = (cwd, name, value) => {
  // clearInvalidConfig stays false: conf must never empty a file it cannot read.
  const store = new Store<Record<string, unknown>>({ cwd, name, clearInvalidConfig: false, accessPropertiesByDotNotation: false });
  store.store = value;
};

/** Free bytes where `dir` lives, or null when the OS cannot say. */
export type FreeSpace = (dir: string) => number | null;

export const statfsFreeSpace: FreeSpace = (dir) => {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
};

// Room for the temp file beside the old one, plus slack for the file system's own blocks.
const SETTINGS_HEADROOM_BYTES = 64 * 1024;

export const settingsPathIn = (dataDir: string) => join(dataDir, 'settings.json');
export const previousSettingsPathIn = (dataDir: string) => join(dataDir, 'settings.prev.json');

/**
 * Saves the settings through electron-store without trusting it with the only good copy:
 * atomically (under conf) ignores a short write and would rename a truncated file over the
 * good one. So the free space is checked first, the current file is kept as
 * `settings.prev.json`, and the written file is read back; a bad read-back puts the previous
 * file back and reports the failure.
 */
export function saveSettingsFile(dataDir: string, settings: Settings, write: JsonStoreWriter, freeSpace: FreeSpace): WriteOutcome {
  const path = settingsPathIn(dataDir);
  const previous = previousSettingsPathIn(dataDir);
  const text = JSON.stringify(settings, undefined, '\t');
  const free = freeSpace(dataDir);
  if (free !== null && free < text.length * 2 + SETTINGS_HEADROOM_BYTES) return { ok: false, reason: 'the disk is full' };
  const current = readRawJson(path);
  const hadGood = current.kind === 'json' && settingsSchema.safeParse(current.value).success;
  if (hadGood) {
    const kept = keepPrevious(previous, current.text);
    if (!kept.ok) return kept;
  }
  try {
    write(dataDir, 'settings', settings);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const back = readRawJson(path);
  if (back.kind === 'json' && settingsSchema.safeParse(back.value).success) return { ok: true };
  if (hadGood) {
    const restored = writeFileDurably(path, current.text);
    if (!restored.ok) return { ok: false, reason: `the settings file was damaged while saving and could not be put back (${restored.reason})` };
  }
  return { ok: false, reason: 'the disk did not keep the whole file (is it full?)' };
}

/** The previous settings file, when the current one is damaged; null when there is no good one. */
export function readPreviousSettings(dataDir: string): Settings | null {
  const raw = readRawJson(previousSettingsPathIn(dataDir));
  if (raw.kind !== 'json') return null;
  const parsed = settingsSchema.safeParse(raw.value);
  return parsed.success ? parsed.data : null;
}

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The outcome of reading a JSON store file ourselves, before conf ever sees it. */
export type RawRead =
  | { readonly kind: 'missing' }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'json'; readonly value: unknown; readonly text: string };

const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

/**
 * The file-name key for a plan id. Ids from `newId()` are lower-case UUIDs and are used as
 * they are, so a user browsing the data folder recognises them. Any other id (an imported
 * file can carry anything up to 100 characters) is hashed: it may hold path separators,
 * characters Windows refuses, or differ from another id only by case, which a
 * case-insensitive disk would merge into one file.
 */
export function fileKeyForId(id: string): string {
  // Windows treats these names as devices whatever the extension ("nul.jsonl" is the null device).
  if (/^[a-z0-9][a-z0-9_-]{0,99}$/.test(id) && !WINDOWS_DEVICE_NAME.test(id)) return id;
  return `h-${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}

/** `plan-<key>.json`; backups (`plan-<key>.corrupt-….json`), previous versions (`plan-<key>.prev.json`) and temp files never match. */
export const PLAN_FILE_PATTERN = /^plan-[a-z0-9_-]+\.json$/;

export function planFileName(key: string): string {
  return `plan-${key}.json`;
}

/** The previous good version of a plan file, kept beside it at every save. */
export function previousPathFor(planPath: string): string {
  return planPath.replace(/\.json$/, '.prev.json');
}

/** A moment as it may appear in a file name on every OS: no colons, no milliseconds. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
}

/** Where a damaged file is moved: beside it, dated, never over an earlier backup. */
export function backupPathFor(filePath: string, now: Date): string {
  const dir = dirname(filePath);
  const stem = basename(filePath).replace(/\.json$/, '');
  const base = `${stem}.corrupt-${fileStamp(now)}`;
  let candidate = join(dir, `${base}.json`);
  for (let n = 2; existsSync(candidate); n += 1) {
    candidate = join(dir, `${base}-${n}.json`);
  }
  return candidate;
}

/** Moves a damaged file aside (a rename keeps its bytes exactly) and returns the backup path. */
export function moveAside(filePath: string, now: Date): string {
  const target = backupPathFor(filePath, now);
  renameSync(filePath, target);
  return target;
}

/**
 * Reads and parses a JSON file. A byte order mark is skipped, as conf does, because a user
 * who opened the file in Notepad may have added one.
 */
export function readRawJson(filePath: string): RawRead {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  try {
    return { kind: 'json', value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, text };
  } catch {
    return { kind: 'not_json' };
  }
}

export function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

/** Why a stored file could not be read, in words (the code stays for support). */
export function describeReadError(error: unknown): string {
  const code = isErrnoException(error) ? error.code : undefined;
  if (code === 'EACCES' || code === 'EPERM') return 'the app is not allowed to read it';
  if (code === 'EIO') return 'the disk reported a read error';
  if (code === 'EBUSY') return 'another program (an antivirus or backup tool) is holding it';
  return errorMessage(error);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system calls a durable write makes, injectable so tests can stand in a disk that
 * writes short, fills up or fails at any step. `node:fs` itself satisfies it.
 */
export interface DurableFs {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number;
  fstatSync(fd: number): { readonly size: number };
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
}

export const nodeDurableFs: DurableFs = nodeFs;

export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Temporary files of our writes (`<name>.tmp-<uuid>`) and of conf/atomically (`<name>.tmp-<stamp>`). */
export const TEMP_FILE_PATTERN = /\.tmp-[A-Za-z0-9_-]+$/;

/** Why a write failed, in words a project lead can act on (the code stays for support). */
export function describeWriteError(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'your disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'the app is not allowed to write to its data folder';
    case 'EIO':
      return 'the disk reported a read or write error';
    case 'EBUSY':
      return 'another program (an antivirus or backup tool) is holding the file';
    case 'ENOENT':
      return 'the data folder is missing (was a drive disconnected?)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function errorWithCode(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

// Windows antivirus and backup tools hold freshly written files for a moment (Actual retries too).
const RENAME_ATTEMPTS = 5;

function renameWithRetry(fs: DurableFs, from: string, to: string): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? error.code : null;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (!transient || attempt >= RENAME_ATTEMPTS || process.platform !== 'win32') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * attempt);
    }
  }
}

/** Writes every byte, looping on short writes; a write that makes no progress means the disk is full. */
function writeAll(fs: DurableFs, fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    const written = fs.writeSync(fd, bytes, offset, bytes.length - offset, offset);
    if (!(written > 0)) throw errorWithCode('ENOSPC', 'the disk accepted no more bytes');
    offset += written;
  }
  // A disk (or a network share) that claims more than it kept is caught here, before the rename.
  const size = fs.fstatSync(fd).size;
  if (size !== bytes.length) throw errorWithCode('ESHORT', `the disk kept only ${size} of ${bytes.length} bytes (is it full?)`);
}

/** Flushes a folder's entry table, so a rename survives a power cut. Not possible on Windows, where renames are journalled. */
export function syncFolder(fs: DurableFs, dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(fs: DurableFs, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone, or the disk is failing: start-up cleans leftover temp files.
  }
}

/**
 * Replaces `target` with `data` so that a crash, a full disk or a failing disk leaves either
 * the old file or the new one, never a mix: a uniquely named temp file is written in full
 * (short writes looped on and the size checked), flushed, renamed over the target, and the
 * folder flushed. On any failure the temp file is removed, the target is untouched and the
 * reason comes back as a value.
 */
export function writeFileDurably(target: string, data: string | Uint8Array, fs: DurableFs = nodeDurableFs): WriteOutcome {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temp = join(dirname(target), `${basename(target)}.tmp-${randomUUID()}`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    renameWithRetry(fs, temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // The descriptor is lost either way; the temp file is what matters.
      }
    }
    removeQuietly(fs, temp);
    return { ok: false, reason: describeWriteError(error) };
  }
  try {
    syncFolder(fs, dirname(target));
  } catch (error) {
    // The new file is in place; only its durability across a power cut is in doubt. Say so.
    return { ok: false, reason: `the file was written but the folder could not be flushed (${describeWriteError(error)})` };
  }
  return { ok: true };
}

/**
 * Makes `previous` a copy of the file being replaced. A copy, not a hard link: anything that
 * rewrites the current file in place (an editor, a tool without atomic writes) would change a
 * linked copy with it.
 */
export function keepPrevious(previous: string, text: string, fs: DurableFs = nodeDurableFs): WriteOutcome {
  return writeFileDurably(previous, text, fs);
}

/** Removes temp files left by a crash mid-write; returns how many. They never hold the only copy of anything. */
export function removeLeftoverTempFiles(dir: string): number {
  let removed = 0;
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!TEMP_FILE_PATTERN.test(name)) continue;
    try {
      nodeFs.rmSync(join(dir, name), { force: true });
      removed += 1;
    } catch {
      // Locked by another program: it is tried again at the next start.
    }
  }
  return removed;
}

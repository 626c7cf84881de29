import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_PLAN_FILE_BYTES } from '../shared/api';
import { fail, ok, type Result } from '../shared/result';
import { describeReadError } from './store-files';

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(name: string, size: number, limit: number = MAX_PLAN_FILE_BYTES): string {
  return `"${name}" is too large to open (${formatFileSize(size)}; the limit is ${formatFileSize(limit)}). Is it really a Rollout Readiness plan file?`;
}

/** A text file read whole (a backup); plan files are read by `diskPlanFile` when imported. */
export interface TextFileRead {
  readonly name: string;
  readonly size: number;
  readonly text: string;
}

/**
 * Bytes to text, dropping a byte order mark. UTF-16 files (a BOM is how Windows marks them)
 * are decoded as such; everything else is read as UTF-8, which is what the app writes.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // TextDecoder('utf-8') strips a UTF-8 BOM by default.
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Why a file the user chose could not be opened, in words: it may be gone by the time it is read
 * (opened from the Finder, then moved; on a USB stick pulled out while the import was asked about).
 */
export function describeOpenError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : null;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'it is no longer there (it was moved or deleted, or the drive it was on was disconnected)';
  return describeReadError(error);
}

/** Reads a chosen file as text, refusing one above `maxBytes` before reading it into memory. */
export async function readTextFile(filePath: string, maxBytes: number = MAX_PLAN_FILE_BYTES): Promise<Result<TextFileRead>> {
  const name = basename(filePath);
  let handle;
  try {
    handle = await open(filePath, 'r');
  } catch (error) {
    return fail('io', `"${name}" could not be opened: ${describeOpenError(error)}.`);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return fail('too_large', tooLargeMessage(name, size, maxBytes));
    const bytes = await handle.readFile();
    return ok({ name, size: bytes.byteLength, text: decodeText(bytes) });
  } catch (error) {
    return fail('io', `"${name}" could not be read: ${describeOpenError(error)}.`);
  } finally {
    await handle.close();
  }
}


import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importDataParts, type ImportDataPart } from '../shared/api';
import { fail, ok, type Result } from '../shared/result';
import { isSafeStorageId } from '../shared/storage-ids';
import { describeWriteError } from './durable-write';
import { errorMessage, fileKeyForId, isErrnoException } from './store-files';

/**
 * The rows of imported pilot files, kept beside the plans rather than inside them: a million
 * rows is ~20 MB, and a plan file must stay small enough to load instantly.
 */
export interface ImportDataStore {
  save(planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array): Promise<Result<void>>;
  /** Null when that part was never stored. */
  load(planId: string, importId: string, part: ImportDataPart): Promise<Result<Uint8Array | null>>;
  /** Removes every part of one import; removing what is not there is not an error. */
  delete(planId: string, importId: string): Promise<Result<void>>;
}

export interface ImportDataOptions {
  /** True for a plan the storage knows; data for any other plan id is refused. */
  readonly planExists: (planId: string) => boolean;
}

/**
 * Writes the bytes to a temporary file, flushes it, renames it over the target and flushes the
 * folder, so a crash or power cut leaves the old file or the new one. (`FileHandle.writeFile`
 * loops until every byte is written and throws ENOSPC on a full disk.)
 */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.tmp-${randomUUID()}`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  // Windows cannot open a folder to flush it; its renames are journalled.
  if (process.platform === 'win32') return;
  const folder = await open(dirname(target), 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/**
 * Stores import data as `<dataDir>/imports/<plan key>/<import key>.<part>.bin`. The plan folder is
 * named like the plan file (`fileKeyForId`), so an odd id from an imported plan file still gives
 * a safe name; an import id must already be a safe file-name component.
 */
export function createImportDataStore(dataDir: string, { planExists }: ImportDataOptions): ImportDataStore {
  const root = join(dataDir, 'imports');

  function check(planId: string, importId: string): Result<string> {
    if (!planExists(planId)) return fail('not_found', 'This plan does not exist (it may have been deleted), so its imported data cannot be used.');
    if (!isSafeStorageId(importId)) {
      return fail('invalid', 'The import id is not valid: only letters, digits, "-" and "_" are allowed.');
    }
    return ok(join(root, fileKeyForId(planId)));
  }

  // fileKeyForId keeps lower-case ids as they are and hashes the rest, so two ids differing only
  // by case never share a file on a case-insensitive disk.
  const fileOf = (dir: string, importId: string, part: ImportDataPart) => join(dir, `${fileKeyForId(importId)}.${part}.bin`);

  return {
    async save(planId, importId, part, bytes) {
      const dir = check(planId, importId);
      if (!dir.ok) return dir;
      try {
        await mkdir(dir.value, { recursive: true });
        await writeAtomically(fileOf(dir.value, importId, part), bytes);
        return ok(undefined);
      } catch (error) {
        return fail('io', `The imported rows were not saved because ${describeWriteError(error)}.`);
      }
    },

    async load(planId, importId, part) {
      const dir = check(planId, importId);
      if (!dir.ok) return dir;
      try {
        const buffer = await readFile(fileOf(dir.value, importId, part));
        // A plain Uint8Array over exactly these bytes: IPC would otherwise copy a pooled Buffer's whole slab.
        const exact = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
        return ok(exact ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer));
      } catch (error) {
        if (isErrnoException(error) && error.code === 'ENOENT') return ok(null);
        return fail('io', `The imported rows could not be read: ${errorMessage(error)}`);
      }
    },

    async delete(planId, importId) {
      const dir = check(planId, importId);
      if (!dir.ok) return dir;
      try {
        for (const part of importDataParts) await rm(fileOf(dir.value, importId, part), { force: true });
        return ok(undefined);
      } catch (error) {
        return fail('io', `The imported rows could not be deleted: ${errorMessage(error)}`);
      }
    },
  };
}

import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importDataParts, type ImportDataPart } from '../shared/api';
import { WriteFailure, type RecordStore } from '../shared/service/record-store';
import { describeWriteError } from './durable-write';
import { fileKeyForId, isErrnoException } from './store-files';

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
 * Import data as files: `<dataDir>/imports/<plan key>/<import key>.<part>.bin`, beside the plans
 * rather than inside them (a million rows is ~20 MB; a plan must stay small enough to load
 * instantly). The plan folder is named like the plan file (`fileKeyForId`), so an odd id from an
 * imported plan file still gives a safe name; the service checks the import id before it gets here.
 */
export function createImportDataFiles(dataDir: string): Pick<RecordStore, 'readImportData' | 'writeImportData' | 'deleteImportData'> {
  const root = join(dataDir, 'imports');
  // fileKeyForId keeps lower-case ids as they are and hashes the rest, so two ids differing only
  // by case never share a file on a case-insensitive disk.
  const dirOf = (planId: string) => join(root, fileKeyForId(planId));
  const fileOf = (planId: string, importId: string, part: ImportDataPart) => join(dirOf(planId), `${fileKeyForId(importId)}.${part}.bin`);

  return {
    async writeImportData(planId, importId, part, bytes) {
      try {
        await mkdir(dirOf(planId), { recursive: true });
        await writeAtomically(fileOf(planId, importId, part), bytes);
      } catch (error) {
        throw new WriteFailure(describeWriteError(error));
      }
    },

    async readImportData(planId, importId, part) {
      try {
        const buffer = await readFile(fileOf(planId, importId, part));
        // A plain Uint8Array over exactly these bytes: IPC would otherwise copy a pooled Buffer's whole slab.
        const exact = buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength;
        return exact ? new Uint8Array(buffer.buffer, 0, buffer.byteLength) : new Uint8Array(buffer);
      } catch (error) {
        if (isErrnoException(error) && error.code === 'ENOENT') return undefined;
        throw error;
      }
    },

    async deleteImportData(planId, importId) {
      for (const part of importDataParts) await rm(fileOf(planId, importId, part), { force: true });
    },
  };
}

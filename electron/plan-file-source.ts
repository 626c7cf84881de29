import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { readPlanFileHashing } from '../shared/model/plan-file';
import { fail, ok, type Result } from '../shared/result';
import type { PlanFileSource } from '../shared/service/opened-plan-files';
import { readTextFile } from './read-text-file';
import { errorMessage } from './store-files';

/** Node's native SHA-256: the same digest as the TypeScript one, several times faster. */
const sha256 = async (bytes: Uint8Array): Promise<string> => createHash('sha256').update(bytes).digest('hex');

/**
 * A plan file on disk as the service imports it: its size from the file system first, then read
 * and checked here in the main process when imported. Its text never crosses IPC; the renderer
 * holds only the token the service gives it.
 */
export async function diskPlanFile(filePath: string): Promise<Result<PlanFileSource>> {
  const name = basename(filePath);
  if (!isAbsolute(filePath)) return fail('invalid', `"${name}" could not be opened: the app was not given its full location.`);
  let size: number;
  try {
    const found = await stat(filePath);
    if (!found.isFile()) return fail('invalid', `"${name}" is not a file.`);
    size = found.size;
  } catch (error) {
    return fail('io', `"${name}" could not be opened: ${errorMessage(error)}`);
  }
  return ok({
    name,
    size,
    async read() {
      // The service checked the size against its limit; this ceiling keeps a file that grew since from being read whole.
      const text = await readTextFile(filePath);
      if (!text.ok) return text;
      return readPlanFileHashing(text.value.text, sha256);
    },
  });
}

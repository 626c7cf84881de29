import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { PlanFileContents } from '../shared/model/plan-file';
import { fail, ok, type Result } from '../shared/result';
import type { PlanFileSource } from '../shared/service/opened-plan-files';
import { readPlanFileFromDisk } from './plan-file-reader';
import { describeOpenError } from './read-text-file';

/** Reads and checks a plan file on disk: in place (tests), or in a worker thread (the app, main.ts). */
export type ReadPlanFileAt = (filePath: string) => Promise<Result<PlanFileContents>>;

/**
 * A plan file on disk as the service imports it: its size from the file system first, then read
 * and checked by `read` (the app's reader worker) when imported. Its text never crosses IPC; the
 * renderer holds only the token the service gives it.
 */
export async function diskPlanFile(filePath: string, read: ReadPlanFileAt = readPlanFileFromDisk): Promise<Result<PlanFileSource>> {
  const name = basename(filePath);
  if (!isAbsolute(filePath)) return fail('invalid', `"${name}" could not be opened: the app was not given its full location.`);
  let size: number;
  try {
    const found = await stat(filePath);
    if (!found.isFile()) return fail('invalid', `"${name}" is not a file.`);
    size = found.size;
  } catch (error) {
    return fail('io', `"${name}" could not be opened: ${describeOpenError(error)}.`);
  }
  return ok({ name, size, read: () => read(filePath) });
}

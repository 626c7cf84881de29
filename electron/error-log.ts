import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RendererErrorReport } from '../shared/desktop-channels';
import { fail, ok, type Result } from '../shared/result';
import { errorMessage } from './store-files';

export const RENDERER_ERROR_LOG = 'renderer-errors.log';
/** One earlier file is kept (`.1`); the log never grows past about twice this. */
export const MAX_LOG_BYTES = 1024 * 1024;

/**
 * Appends one render error as a JSON line to `<logsDir>/renderer-errors.log`, for the user to
 * send to whoever supports them if they choose. Nothing is ever uploaded.
 */
export function appendRendererError(logsDir: string, report: RendererErrorReport, maxBytes: number = MAX_LOG_BYTES): Result<void> {
  const file = join(logsDir, RENDERER_ERROR_LOG);
  try {
    mkdirSync(logsDir, { recursive: true });
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // No log yet.
    }
    if (size > maxBytes) renameSync(file, `${file}.1`);
    appendFileSync(file, `${JSON.stringify(report)}\n`, 'utf8');
    return ok(undefined);
  } catch (error) {
    return fail('io', `The error could not be written to the log: ${errorMessage(error)}`);
  }
}

import { argumentSchemas, type ApiMethod } from '../../shared/api';
import { describeIssues } from '../../shared/model/migrate';
import { fail, ok, type Result } from '../../shared/result';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns a storage exception into a result the screen can show; exceptions stop at this boundary. */
export async function guard<T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    return fail('io', `Could not ${what}: the browser storage reported "${messageOf(error)}".`);
  }
}

/**
 * Checks arguments against the same schemas the Electron main process applies to IPC payloads,
 * so the browser twin refuses exactly what the desktop app refuses.
 */
export function checkArguments(method: ApiMethod, args: readonly unknown[]): Result<void> {
  const parsed = argumentSchemas[method].safeParse(args);
  if (parsed.success) return ok(undefined);
  return fail('invalid', 'The request was refused because its data is not valid.', describeIssues(parsed.error));
}

import { argumentSchemas, type ApiMethod } from '../api';
import { describeIssues } from '../model/migrate';
import { fail, ok, type Result } from '../result';
import { WriteFailure } from './record-store';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns a storage exception into a result the screen can show; exceptions stop at this
 * boundary. A write the storage could not complete says so with its reason.
 */
export async function guard<T>(what: string, run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof WriteFailure) return fail('io', `Could not ${what} because ${error.reason}.`);
    return fail('io', `Could not ${what}: the storage reported "${messageOf(error)}".`);
  }
}

/**
 * Checks arguments against the schemas the Electron main process also applies to IPC payloads,
 * so a direct call is refused exactly as one over IPC.
 */
export function checkArguments(method: ApiMethod, args: readonly unknown[]): Result<void> {
  const parsed = argumentSchemas[method].safeParse(args);
  if (parsed.success) return ok(undefined);
  return fail('invalid', 'The request was refused because its data is not valid.', describeIssues(parsed.error));
}

import { fail, ok, type ErrorCode, type Result } from '../result';

/**
 * How the Electron main process hands an import's stored rows to the metrics worker: a GET of
 * `app://rollout/.import-rows?plan=…&import=…` (the app's own origin, so no CORS and no new
 * scheme). The answer is the `loadImportData` result as HTTP: 200 with the bytes, 204 when
 * nothing is stored, any other status with `{ code, message }` as JSON. Both ends use this module,
 * so the meaning of an answer is written once.
 */
export const IMPORT_ROWS_PATH = '/.import-rows';
export const IMPORT_ROWS_PARAMS = { plan: 'plan', import: 'import' } as const;

const FOUND = 200;
const NOTHING = 204;

export interface StoredRowsAnswer {
  readonly status: number;
  readonly contentType: string;
  readonly body: Uint8Array | string | null;
}

const httpStatus: Record<ErrorCode, number> = {
  not_found: 404,
  invalid: 400,
  conflict: 409,
  too_large: 413,
  newer_version: 409,
  io: 500,
  forbidden: 403,
  cancelled: 409,
};

/** The answer for a `loadImportData` result. */
export function storedRowsAnswer(result: Result<Uint8Array | null>): StoredRowsAnswer {
  if (result.ok) {
    return result.value === null
      ? { status: NOTHING, contentType: 'text/plain; charset=utf-8', body: null }
      : { status: FOUND, contentType: 'application/octet-stream', body: result.value };
  }
  const body = JSON.stringify({ code: result.error.code, message: result.error.message });
  return { status: httpStatus[result.error.code], contentType: 'application/json; charset=utf-8', body };
}

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(httpStatus, code);

/**
 * Turns an answer back into the `loadImportData` result it stands for. `bytes` and `json` read the
 * body; an answer that is not one of the three shapes is a failure, never rows.
 */
export async function storedRowsFromAnswer(
  status: number,
  bytes: () => Promise<ArrayBuffer>,
  json: () => Promise<unknown>,
): Promise<Result<Uint8Array | null>> {
  if (status === FOUND) return ok(new Uint8Array(await bytes()));
  if (status === NOTHING) return ok(null);
  let body: unknown = null;
  try {
    body = await json();
  } catch {
    // Not JSON: reported below by its status.
  }
  const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown };
  if (!isErrorCode(code) || typeof message !== 'string') return fail('io', `the app answered with status ${status}`);
  return fail(code, message);
}

/** Why a call failed, in words a project lead can act on. */
export type ErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'too_large'
  | 'newer_version'
  | 'io'
  | 'forbidden'
  | 'cancelled';

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** Field-level details, e.g. schema issues, for the screen to show. */
  readonly details?: readonly string[];
}

/** Errors are values at the boundary: thrown errors lose all but their message through IPC. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: readonly string[]): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

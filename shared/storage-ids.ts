/**
 * True when an id can name a file on every operating system exactly as it is: a letter or
 * digit, then letters, digits, `-` and `_`, at most 100 characters. This refuses path
 * separators, `..`, dots, spaces and drive letters, so an id from the renderer can never
 * point outside the folder it is meant for. Ids from `newId()` (UUIDs) always pass.
 */
export function isSafeStorageId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(id);
}

/** To the IndexedDB read worker: one value by its key. */
export interface IdbReadRequest {
  readonly id: number;
  readonly dbName: string;
  readonly store: string;
  readonly key: string;
}

/** The value's bytes (null when absent or not bytes), or why it could not be read. */
export type IdbReadAnswer = { readonly id: number; readonly bytes: Uint8Array | null } | { readonly id: number; readonly error: string };

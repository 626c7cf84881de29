/** To the IndexedDB bytes worker: read one value by its key, or put bytes under it. */
export type IdbBytesRequest =
  | { readonly kind: 'read'; readonly id: number; readonly dbName: string; readonly store: string; readonly key: string }
  | { readonly kind: 'write'; readonly id: number; readonly dbName: string; readonly store: string; readonly key: string; readonly bytes: Uint8Array };

/** A read's bytes (null when absent or not bytes), a write done (once committed), or why it failed. */
export type IdbBytesAnswer =
  | { readonly id: number; readonly bytes: Uint8Array | null }
  | { readonly id: number; readonly written: true }
  | { readonly id: number; readonly error: string };

/** To the IndexedDB bytes worker: read one value by its key, or put bytes under it. */
export type IdbBytesRequest =
  /** `checkRows`: the value is an import's stored rows, refused (as an error) when they fail their checksum. */
  | { readonly kind: 'read'; readonly id: number; readonly dbName: string; readonly store: string; readonly key: string; readonly checkRows: boolean }
  | { readonly kind: 'write'; readonly id: number; readonly dbName: string; readonly store: string; readonly key: string; readonly bytes: Uint8Array };

/** A read's bytes (null when absent or not bytes), a write done (once committed), or why it failed. */
export type IdbBytesAnswer =
  | { readonly id: number; readonly bytes: Uint8Array | null }
  | { readonly id: number; readonly written: true }
  | { readonly id: number; readonly error: string }
  /** Rows that failed their checksum (`checkRows`), and why. */
  | { readonly id: number; readonly damaged: string };

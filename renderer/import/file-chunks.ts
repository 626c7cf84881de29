/** Bytes read from a slice-by-slice fallback when `Blob.stream()` is missing (jsdom). */
const SLICE_BYTES = 1 << 20;

/**
 * A file's bytes chunk by chunk, never the whole file at once: `blob.stream()` where the platform
 * has it (browsers, Electron, workers), otherwise one megabyte slice after another.
 */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  if (typeof blob.stream === 'function') {
    const reader = blob.stream().getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        if (value && value.length > 0) yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    yield await readSlice(blob.slice(at, at + SLICE_BYTES));
  }
}

/** The first `bytes` of a file (for detection and the preview). */
export function readHead(blob: Blob, bytes: number): Promise<Uint8Array> {
  return readSlice(blob.slice(0, bytes));
}

/** Bytes `from` up to `to` of a file (the probe for where to cut it in two, `split-import-client.ts`). */
export function readRange(blob: Blob, from: number, to: number): Promise<Uint8Array> {
  return readSlice(blob.slice(from, to));
}

async function readSlice(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  // jsdom's Blob has neither stream() nor arrayBuffer(): FileReader it is.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

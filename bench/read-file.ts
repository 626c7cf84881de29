import { closeSync, openSync, readSync } from 'node:fs';

const READ_CHUNK = 1 << 20;

/** Reads a file the way a stream delivers it: fresh 1 MiB chunks. Returns the byte count. */
export function readChunks(path: string, onChunk: (bytes: Uint8Array) => void): number {
  const fd = openSync(path, 'r');
  let total = 0;
  try {
    for (;;) {
      const chunk = new Uint8Array(READ_CHUNK);
      const n = readSync(fd, chunk, 0, READ_CHUNK, null);
      if (n === 0) break;
      total += n;
      onChunk(n === READ_CHUNK ? chunk : chunk.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return total;
}

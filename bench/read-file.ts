import { closeSync, openSync, readSync } from 'node:fs';

const READ_CHUNK = 1 << 20;

/** A file's bytes the way a stream delivers them: fresh 1 MiB chunks, read as they are asked for. */
export function* fileChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const chunk = new Uint8Array(READ_CHUNK);
      const n = readSync(fd, chunk, 0, READ_CHUNK, null);
      if (n === 0) break;
      yield n === READ_CHUNK ? chunk : chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** Bytes `from` up to `to` of a file in fresh chunks of at most `chunk` bytes (one read when `chunk` covers them). */
export function* fileRange(path: string, from: number, to: number, chunk = READ_CHUNK): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (let at = from; at < to; ) {
      const bytes = new Uint8Array(Math.min(chunk, to - at));
      const n = readSync(fd, bytes, 0, bytes.length, at);
      if (n === 0) break;
      at += n;
      yield n === bytes.length ? bytes : bytes.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads a file in fresh 1 MiB chunks, handing each to `onChunk`. Returns the byte count. */
export function readChunks(path: string, onChunk: (bytes: Uint8Array) => void): number {
  let total = 0;
  for (const chunk of fileChunks(path)) {
    total += chunk.length;
    onChunk(chunk);
  }
  return total;
}

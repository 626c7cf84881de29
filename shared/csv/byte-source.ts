/** Where an import's bytes come from, and reading them chunk by chunk whatever the source. */

/** Where bytes come from: `file.stream()` (a ReadableStream), a Node read stream, an array of chunks. */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Reads a ReadableStream through its reader (not every runtime makes it async-iterable); cancels it when left early. */
export async function* chunksOf(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashStream } from '../../../shared/csv/hash-stream';
import { createImporter } from '../../../shared/csv/importer';
import { chunksOf, fixture, randomChunks } from './helpers';

const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A web ReadableStream over the chunks, as `file.stream()` gives one. */
function readable(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

describe('hashStream', () => {
  const bytes = fixture('quality-minutes.csv');

  it.each([
    ['an array of chunks', () => chunksOf(bytes, 7)],
    ['a ReadableStream', () => readable(randomChunks(bytes, 11))],
    [
      'an async iterable',
      () =>
        (async function* () {
          yield* randomChunks(bytes, 5, 300);
        })(),
    ],
  ])('hashes %s like node:crypto and counts the bytes', async (_name, source) => {
    const result = await hashStream(source());
    expect(result).toEqual({ ok: true, value: { sha256: nodeSha256(bytes), bytes: bytes.length } });
  });

  it('gives the digest the importer puts in its summary, so a worker can hash while another imports', async () => {
    const importer = createImporter({ kind: 'quality', today: '2025-12-31' }, { onRows: () => undefined });
    for (const chunk of chunksOf(bytes, 1000)) importer.push(chunk);
    const summary = importer.end();
    const hashed = await hashStream(chunksOf(bytes, 333));
    expect(summary.ok && hashed.ok && hashed.value.sha256 === summary.value.sha256 && hashed.value.bytes === summary.value.bytes).toBe(true);
  });

  it('hashes an empty source to the digest of no bytes', async () => {
    const result = await hashStream([]);
    expect(result.ok && result.value).toEqual({ sha256: nodeSha256(new Uint8Array(0)), bytes: 0 });
  });

  it('stops when cancelled and releases the stream', async () => {
    const abort = new AbortController();
    let cancelledStream = false;
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pulled === 3) abort.abort();
        controller.enqueue(new Uint8Array(100));
      },
      cancel() {
        cancelledStream = true;
      },
    });
    const result = await hashStream(stream, { signal: abort.signal });
    expect(result.ok ? null : result.error.reason).toBe('cancelled');
    expect(cancelledStream).toBe(true);
  });

  it('reports progress in bytes hashed so far', async () => {
    const seen: number[] = [];
    await hashStream(chunksOf(bytes, 100), { onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(bytes.length);
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1]!)).toBe(true);
  });

  it('turns a read error into a value instead of rejecting', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('disk unplugged'));
      },
    });
    const result = await hashStream(stream);
    expect(result.ok ? null : result.error).toMatchObject({ reason: 'internal', message: expect.stringContaining('disk unplugged') });
  });
});

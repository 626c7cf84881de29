import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreamDecoder } from '../../../shared/csv/decode';
import { joinBytes } from '../../../shared/csv/join-bytes';
import { randomChunks } from './helpers';

/** Everything the adaptive UTF-8 decoder gives for `chunks`: the text, the encoding it settled on, where it switched. */
function decodeAll(chunks: readonly Uint8Array[]) {
  const decoder = createStreamDecoder('utf-8');
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk);
  text += decoder.end();
  return { text, encoding: decoder.encoding, switchedAt: decoder.switchedAt, replaced: decoder.replaced };
}

const ascii = (n: number): Uint8Array => new Uint8Array(n).fill(0x61);
const join = (...parts: (Uint8Array | number[])[]): Uint8Array => joinBytes(parts);

describe('the adaptive UTF-8 decoder', () => {
  // Its choice (UTF-8 or Windows-1252) must not depend on where the bytes were cut into chunks: a file
  // read in two parts (or by another reader) would otherwise be read differently.
  it('reads the same bytes the same way however they are chunked', () => {
    const piece = fc.oneof(
      fc.integer({ min: 0, max: 300 }).map(ascii),
      fc.constantFrom([0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xe9], [0x80], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0x0a]).map((b) => Uint8Array.from(b)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 1 << 30 }), (pieces, seed) => {
        const bytes = join(...pieces);
        const whole = decodeAll([bytes]);
        expect(decodeAll(randomChunks(bytes, seed, 300))).toEqual(whole);
        expect(decodeAll(randomChunks(bytes, seed ^ 0x5bd1e995, 7))).toEqual(whole);
      }),
      { numRuns: 500 },
    );
  });

  it.each<[string, Uint8Array, string]>([
    ['drops the file’s own byte-order mark', join([0xef, 0xbb, 0xbf], [0x61, 0x2c, 0x62]), 'a,b'],
    ['keeps a U+FEFF later in the file when the first non-ASCII byte is one', join(ascii(3), [0xef, 0xbb, 0xbf], ascii(2)), 'aaa\uFEFFaa'],
    ['keeps a U+FEFF after the file’s byte-order mark', join([0xef, 0xbb, 0xbf], ascii(1), [0xef, 0xbb, 0xbf]), 'a\uFEFF'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeAll([bytes]).text).toBe(text);
    expect(decodeAll(randomChunks(bytes, 3, 2)).text).toBe(text);
  });
});

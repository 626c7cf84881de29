import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../shared/model/base64';

/** Node's own codec as the reference: the file must read anywhere standard base64 is read. */
const reference = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** Byte-for-byte equality, fast enough for megabytes (a deep toEqual walks every element). */
function sameBytes(actual: Uint8Array | null, expected: Uint8Array): boolean {
  return actual !== null && Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(Buffer.from(expected));
}

function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 255;
  }
  return bytes;
}

describe('base64', () => {
  it('round-trips any bytes, empty included, and writes exactly standard base64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 2000 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(reference(bytes));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips 1 MB of random bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer(), (extra, seed) => {
        const bytes = pseudoRandomBytes(1024 * 1024 + extra, seed);
        const text = encodeBase64(bytes);
        expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4);
        expect(text).toBe(reference(bytes));
        expect(sameBytes(decodeBase64(text), bytes)).toBe(true);
      }),
      { numRuns: 3 },
    );
  });

  it.each([3 * 1024 * 1024 - 1, 3 * 1024 * 1024, 3 * 1024 * 1024 + 1, 3 * 1024 * 1024 + 2])(
    'is seamless across the encoder’s chunks (%i bytes)',
    (length) => {
      const bytes = pseudoRandomBytes(length, length);
      const text = encodeBase64(bytes);
      expect(text).toBe(reference(bytes));
      expect(sameBytes(decodeBase64(text), bytes)).toBe(true);
    },
  );

  it('encodes a view of a larger buffer as the view’s bytes only', () => {
    const view = new Uint8Array(new Uint8Array([9, 9, 1, 2, 3, 9]).buffer, 2, 3);
    expect(encodeBase64(view)).toBe('AQID');
  });

  it.each([
    ['a length that is not a multiple of 4', 'QUJ'],
    ['a character outside the alphabet', 'QU*D'],
    ['URL-safe characters', 'ab-_'],
    ['whitespace', 'QUJD\nQUJD'],
    ['padding in the middle', 'QQ==QUJD'],
    ['only padding', '===='],
    ['three padding characters', 'Q==='],
    ['non-zero bits under the padding', 'QR=='],
    ['a character above 255', 'QUJĀ'],
  ])('refuses %s instead of guessing', (_label, text) => {
    expect(decodeBase64(text)).toBeNull();
  });
});

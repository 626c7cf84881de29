import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSha256, sha256Hex } from '../../../shared/csv/sha256';
import { chunksOf, randomChunks, utf8 } from './helpers';

describe('sha256', () => {
  // FIPS 180-4 / NIST example vectors.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('hashes %j to the published digest', (text, digest) => {
    expect(sha256Hex(utf8(text))).toBe(digest);
  });

  it('hashes one million "a" fed in uneven chunks', () => {
    const bytes = new Uint8Array(1_000_000).fill(0x61);
    const hasher = createSha256();
    for (const chunk of randomChunks(bytes, 3, 5000)) hasher.update(chunk);
    expect(hasher.digestHex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(hasher.length).toBe(1_000_000);
  });

  it.each([55, 56, 57, 63, 64, 65, 119, 120, 128])('pads a %i-byte message like node:crypto', (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 7 + 3) & 0xff);
    expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('gives the same digest however the bytes are chunked', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 700 }), fc.integer({ min: 1, max: 130 }), (bytes, size) => {
        const whole = createHash('sha256').update(bytes).digest('hex');
        const hasher = createSha256();
        for (const chunk of chunksOf(bytes, size)) hasher.update(chunk);
        expect(hasher.digestHex()).toBe(whole);
      }),
    );
  });

  it('refuses to be updated after the digest', () => {
    const hasher = createSha256();
    hasher.digestHex();
    expect(() => hasher.update(utf8('x'))).toThrow();
  });
});

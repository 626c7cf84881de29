import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashFile } from '../../../renderer/import/hash-file';

const sha256sum = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const bytesOf = (length: number): Uint8Array<ArrayBuffer> => Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);

describe('hashFile', () => {
  // Both paths give what `sha256sum` prints, for sizes around SHA-256's 64-byte blocks and the native limit.
  it.each([
    ['empty, native', 0, 1024],
    ['one block, native', 64, 1024],
    ['at the native limit', 1024, 1024],
    ['one byte over: streamed', 1025, 1024],
    ['streamed, several chunks', 300_000, 0],
    ['empty, streamed', 0, -1],
  ])('%s', async (_name, length, maxNativeBytes) => {
    const bytes = bytesOf(length);
    const result = await hashFile(new Blob([bytes]), { maxNativeBytes });
    expect(result).toEqual({ ok: true, value: { sha256: sha256sum(bytes), bytes: length } });
  });

  it('streams when the platform has no Web Crypto', async () => {
    const bytes = bytesOf(5000);
    const result = await hashFile(new Blob([bytes]), { subtle: null });
    expect(result).toEqual({ ok: true, value: { sha256: sha256sum(bytes), bytes: 5000 } });
  });

  it('reports a digest failure as a failed hash, never a wrong one', async () => {
    const subtle = { digest: () => Promise.reject(new Error('not readable')) };
    const result = await hashFile(new Blob([bytesOf(10)]), { subtle });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('not readable');
  });
});

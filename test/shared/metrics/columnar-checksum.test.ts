import { describe, expect, it } from 'vitest';
import { decodeColumns, encodeColumns } from '../../../shared/metrics/columnar';
import { CHECKSUM_BYTES } from '../../../shared/metrics/columnar-checksum';
import { quality, usage } from './fixtures';

const columns = quality([
  { date: '2026-09-07', user: 'u1', group: 'A', share: 12.5 },
  { date: '2026-09-08', user: 'u2', group: 'B', share: 40 },
]);
const stored = encodeColumns(columns);

/** The same rows as an app before the checksum stored them: no trailer, the header's length without it. */
function withoutTrailer(bytes: Uint8Array): Uint8Array {
  const legacy = bytes.slice(0, bytes.length - CHECKSUM_BYTES);
  new DataView(legacy.buffer).setUint32(12, legacy.length, true);
  return legacy;
}

/** The f64 share of the first row: found by its value, so the test does not hard-code the layout. */
function shareOffset(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 8 <= bytes.length; at += 8) if (view.getFloat64(at, true) === 12.5) return at;
  throw new Error('share not found');
}

describe('the stored form carries a checksum', () => {
  it('ends with "RRCK" and the CRC-32 of every byte before it, counted in the header length', () => {
    const tail = stored.subarray(stored.length - CHECKSUM_BYTES);
    expect(new TextDecoder().decode(tail.subarray(0, 4))).toBe('RRCK');
    expect(new DataView(stored.buffer, stored.byteOffset).getUint32(12, true)).toBe(stored.length);
    expect(decodeColumns(stored)).toEqual({ ok: true, value: columns });
  });

  it('a number changed after storing: reported as changed, where rows without the checksum read the new number', () => {
    const changed = stored.slice();
    new DataView(changed.buffer).setFloat64(shareOffset(changed), 99.5, true);
    const result = decodeColumns(changed);
    expect(result.ok ? 'decoded' : result.error.message).toMatch(/changed after they were stored/);
    // A whole sentence: the Pilot data tab puts "Remove this import and import the file again." after it.
    expect(result.ok ? 'decoded' : result.error.message).toMatch(/so they changed after they were stored\.$/);
    // Why it matters: the same change in rows stored before the checksum decodes, to a different figure.
    const legacy = withoutTrailer(stored);
    new DataView(legacy.buffer).setFloat64(shareOffset(legacy), 99.5, true);
    const read = decodeColumns(legacy);
    expect(read.ok && read.value.kind === 'quality' ? read.value.editingShare[0] : null).toBe(99.5);
  });

  it('every single-bit change anywhere in the bytes is refused, never decoded', () => {
    const decodedAnyway: string[] = [];
    for (let i = 0; i < stored.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = stored.slice();
        copy[i]! ^= 1 << bit;
        if (decodeColumns(copy).ok) decodedAnyway.push(`byte ${i} bit ${bit}`);
      }
    }
    expect(decodedAnyway).toEqual([]);
  });

  it.each([
    ['rows stored before the checksum existed (no trailer)', withoutTrailer(stored), 'decoded'],
    ['a usage import stored before the checksum existed', withoutTrailer(encodeColumns(usage([{ date: '2026-09-07', user: 'u1', uses: 3 }]))), 'decoded'],
    ['a trailer whose CRC no longer matches', (() => { const b = stored.slice(); b[b.length - 1]! ^= 0xff; return b; })(), /changed after they were stored/],
    ['eight unknown bytes after the columns', (() => { const b = new Uint8Array(stored.length); b.set(withoutTrailer(stored)); new DataView(b.buffer).setUint32(12, b.length, true); return b; })(), /unexpected bytes follow the columns/],
  ] as const)('%s', (_label, bytes, expected) => {
    const result = decodeColumns(bytes);
    if (expected === 'decoded') expect(result.ok).toBe(true);
    else expect(result.ok ? 'decoded' : result.error.message).toMatch(expected);
  });
});

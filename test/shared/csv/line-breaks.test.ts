import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLineBreakCounter } from '../../../shared/csv/line-breaks';
import { lineOf } from '../../../shared/csv/record-lines';
import { createCsvStream } from '../../../shared/csv/record-stream';
import { randomChunks } from './helpers';

/** The rule spelled out: `\r\n`, `\n` and a lone `\r` are one break each. */
function naive(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 10) count++;
    else if (bytes[i] === 13 && bytes[i + 1] !== 10) count++;
  }
  return count;
}

const counted = (chunks: readonly Uint8Array[]) => {
  const counter = createLineBreakCounter();
  for (const chunk of chunks) counter.add(chunk);
  return counter;
};

describe('line break counter', () => {
  it.each([
    ['', 0],
    ['a', 0],
    ['\n', 1],
    ['\r\n', 1],
    ['\r', 1],
    ['\r\r\n', 2],
    ['\n\r', 2],
    ['a\r\nb\rc\nd\r\n\r\n', 5],
    ['12345678\r\n1234567\r\n123456\r\r\n', 4],
  ])('%j has %i breaks, in any chunking', (text, breaks) => {
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 64]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(counted(chunks).count).toBe(breaks);
    }
  });

  it('counts as the rule says on random bytes, at any offset and chunking', () => {
    const byte = fc.constantFrom(10, 13, 13, 10, 0, 32, 97, 0x0a0a, 255);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 300 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 1 << 30 }), (values, offset, seed) => {
        // An offset into a bigger buffer: the word-at-a-time part starts unaligned.
        const buffer = new Uint8Array(values.length + offset);
        buffer.set(values.map((v) => v & 0xff), offset);
        const bytes = buffer.subarray(offset);
        expect(counted(randomChunks(bytes, seed, 40)).count).toBe(naive(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it.each(['h\r\na,"x\ny"\rb\n\nc\r\nd\n', 'h\n\r\n\r\r\n', 'one\n'])('numbers the next record as the CSV stream does (%j)', (before) => {
    const bytes = new TextEncoder().encode(`${before}next,record\n`);
    const lines: number[] = [];
    const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',' }, (batch) => {
      for (let i = 0; i < batch.records.length; i++) lines.push(lineOf(batch, i));
    });
    stream.push(bytes);
    stream.end();
    const counter = counted([new TextEncoder().encode(before)]);
    expect(counter.endsWithLineFeed).toBe(true);
    expect(lines.at(-1)).toBe(counter.count + 1);
  });
});

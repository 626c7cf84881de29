import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parsePlainChunk } from '../../../shared/csv/plain-chunk';
import { startLines } from '../../../shared/csv/record-lines';

interface PapaResult {
  readonly data: string[][];
  readonly errors: readonly unknown[];
  readonly meta: { readonly cursor: number };
}

/** What the stream did before the fast path: papaparse's chunk parser, then the line re-scan. */
function papaChunk(text: string, final: boolean, delimiter: string, firstLine: number) {
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' }) as unknown as {
    parse(input: string, base: number, ignoreLastRow: boolean): PapaResult;
  };
  const result = parser.parse(text, 0, !final);
  const records = result.data;
  const cursor = final ? text.length : result.meta.cursor;
  if (final && text.charCodeAt(text.length - 1) === 10) {
    const last = records[records.length - 1];
    if (last !== undefined && last.length === 1 && last[0] === '') records.pop();
  }
  const { lines, next } = startLines(text, cursor, records, firstLine);
  return {
    records,
    cursor,
    errors: result.errors.length,
    lines: records.map((_, i) => (lines === null ? firstLine + i : lines[i])),
    next,
  };
}

const lineOf = (lines: readonly number[] | null, firstLine: number, i: number) => (lines === null ? firstLine + i : lines[i]);

describe('parsePlainChunk', () => {
  it.each([
    ['a,b\nc,d\n', true, [['a', 'b'], ['c', 'd']], [1, 2]],
    ['a,"b\nb",c\nd,e', true, [['a', 'b\nb', 'c'], ['d', 'e']], [1, 3]],
    ['"x ""y""",z\r\nw,v\r\n', true, [['x "y"', 'z\r'], ['w', 'v\r']], [1, 2]],
    ['a,b\nc,"d', false, [['a', 'b']], [1]],
    ['a,b\n\n,\n', true, [['a', 'b'], [''], ['', '']], [1, 2, 3]],
    ['a\n"b\nc","d\ne', false, [['a']], [1]],
    ['a\n"b\nc","d\ne"', false, [['a']], [1]],
  ])('%j (final %s) gives the records and their lines', (text, final, records, lines) => {
    const plain = parsePlainChunk(text, final, ',', 1);
    expect(plain?.records).toEqual(records);
    expect(plain?.records.map((_, i) => lineOf(plain.lines, 1, i))).toEqual(lines);
    // The unfinished record (the rest of the text) starts on the line after the last whole one.
    if (!final) expect(plain?.nextLine).toBe(1 + (text.slice(0, plain?.cursor).split('\n').length - 1));
  });

  it.each([
    ['"a" ,b\n', 'spaces after a closing quote'],
    ['"a"x,b\n', 'text after a closing quote'],
    ['a,"b\n', 'a quote never closed at the end of the file'],
  ])('declines %j (%s): papaparse and its recovery decide', (text) => {
    expect(parsePlainChunk(text, true, ',', 1)).toBeNull();
  });

  it('gives what papaparse and the line re-scan gave, for any text it does not decline', () => {
    let compared = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'bc', ',', ';', '"', '""', '\n', '\r\n', ' ', 'é', '😀'), maxLength: 40 }),
        fc.boolean(),
        fc.constantFrom(',', ';'),
        fc.integer({ min: 1, max: 1000 }),
        (text, final, delimiter, firstLine) => {
          const plain = parsePlainChunk(text, final, delimiter, firstLine);
          if (plain === null) {
            declined++;
            return;
          }
          compared++;
          const papa = papaChunk(text, final, delimiter, firstLine);
          expect(papa.errors).toBe(0);
          expect(plain.records).toEqual(papa.records);
          expect(plain.cursor).toBe(papa.cursor);
          expect(plain.records.map((_, i) => lineOf(plain.lines, firstLine, i))).toEqual(papa.lines);
          if (!final) expect(plain.nextLine).toBe(papa.next);
          // True lines, independently: a record starts one line below every line break before it.
          let start = 0;
          plain.records.forEach((record, i) => {
            expect(lineOf(plain.lines, firstLine, i)).toBe(firstLine + (text.slice(0, start).split('\n').length - 1));
            start = nextRecordStart(text, start, record, delimiter);
          });
        },
      ),
      { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 20261206) },
    );
    // Both sides of the property must have been exercised.
    expect(compared).toBeGreaterThan(1000);
    expect(declined).toBeGreaterThan(50);
  });
});

/** Offset after `record` (which starts at `start`): its cells written back as they can appear in the text, then its line break. */
function nextRecordStart(text: string, start: number, record: readonly string[], delimiter: string): number {
  let pos = start;
  record.forEach((cell, c) => {
    if (text.charCodeAt(pos) === 34) {
      pos += 2 + cell.replaceAll('"', '""').length;
    } else pos += cell.length;
    if (c < record.length - 1) pos += delimiter.length;
  });
  if (text.startsWith('\r\n', pos)) return pos + 2;
  return text.charCodeAt(pos) === 10 ? pos + 1 : pos;
}

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlankRecord, lineOf } from '../../../shared/csv/record-lines';
import { createCsvStream, type RecordProblem } from '../../../shared/csv/record-stream';
import type { CsvDelimiter, CsvEncoding } from '../../../shared/csv/settings';
import { chunksOf, fixture, fixtureDir, randomChunks, utf8 } from './helpers';

interface Parsed {
  readonly records: string[][];
  readonly lines: number[];
  readonly problems: [number, RecordProblem][];
}

function parse(
  chunks: Iterable<Uint8Array>,
  delimiter: CsvDelimiter = ',',
  encoding: CsvEncoding = 'utf-8',
  chunkChars?: number,
): Parsed {
  const records: string[][] = [];
  const lines: number[] = [];
  const problems: [number, RecordProblem][] = [];
  const stream = createCsvStream({ encoding, delimiter, ...(chunkChars ? { chunkChars } : {}) }, (batch) => {
    batch.records.forEach((record, i) => {
      if (isBlankRecord(record)) return;
      const problem = batch.problems?.get(i);
      if (problem) problems.push([records.length, problem]);
      records.push([...record]);
      lines.push(lineOf(batch, i));
    });
  });
  for (const chunk of chunks) stream.push(chunk);
  stream.end();
  return { records, lines, problems };
}

const spectrumDir = resolve(fixtureDir, 'spectrum');
const spectrum = readdirSync(spectrumDir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.replace(/\.csv$/, ''));

describe('csv-spectrum', () => {
  it('has the CRLF files with their CRLF line endings intact', () => {
    expect(readFileSync(resolve(spectrumDir, 'simple_crlf.csv'), 'latin1')).toContain('\r\n');
  });

  it.each(spectrum)('%s parses to the expected values, whole and in 1-byte chunks', (name) => {
    const bytes = new Uint8Array(readFileSync(resolve(spectrumDir, `${name}.csv`)));
    const expected = JSON.parse(readFileSync(resolve(spectrumDir, `${name}.json`), 'utf8')) as Record<string, string>[];
    for (const chunks of [[bytes], chunksOf(bytes, 1)]) {
      const { records } = parse(chunks, ',', 'utf-8', 1);
      // Cells are trimmed on import, which removes the \r a CRLF file leaves on the last cell.
      const [header, ...rows] = records.map((r) => r.map((c) => c.trim()));
      const objects = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
      expect(objects).toEqual(expected);
    }
  });
});

describe('line numbers', () => {
  it('counts the lines a quoted line break spans', () => {
    const { lines, records } = parse([fixture('satisfaction-quoted-newlines.csv')]);
    expect(lines).toEqual([1, 2, 4, 7]);
    expect(records[2]![3]).toBe('Says "no", then\r\nyes,\r\nthen no');
  });

  it('counts LF, CRLF and lone CR line endings alike', () => {
    const { lines, records } = parse([fixture('usage-mixed-line-endings.csv')]);
    expect(records.map((r) => r[0])).toEqual(['user_id', 'u1', 'u2', 'u3', 'u4']);
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts a quoted line break in a file without a final line break', () => {
    expect(parse([utf8('x\n"a\nb"\nc')]).lines).toEqual([1, 2, 4]);
    expect(parse([utf8('x\n"a\nb"\nc\n')]).lines).toEqual([1, 2, 4]);
    expect(parse([utf8('x\n"a\nb"')]).lines).toEqual([1, 2]);
  });

  it.each([
    ['quoted cells without line breaks', 'a,"b"\n"c",d\ne,f\n', [1, 2, 3]],
    ['a quoted cell before a quoted line break', 'a,"b"\nc,"d\ne"\nf\n', [1, 2, 4]],
    ['two line breaks in one cell, then plain lines', '"a\n\nb",c\nd\ne\n', [1, 4, 5]],
    ['a quote mark inside an unquoted cell', 'a"b,c\n"d\ne",f\ng\n', [1, 2, 4]],
    ['an escaped quote next to a line break', '"a""\n""b"\nc\n', [1, 3]],
    ['quoted line breaks in two cells of one record', '"a\nb","c\nd"\ne\n', [1, 4]],
  ])('finds the start lines with %s', (_name, text, expected) => {
    for (const chunkChars of [1, 5, 1 << 16]) {
      const lines: number[] = [];
      const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',', chunkChars }, (batch) => {
        batch.records.forEach((_, i) => lines.push(lineOf(batch, i)));
      });
      stream.push(utf8(text));
      stream.end();
      expect(lines).toEqual(expected);
    }
  });

  it('keeps counting through blank lines', () => {
    const { lines } = parse([utf8('a,b\n\n1,2\n\r\n3,4')]);
    expect(lines).toEqual([1, 3, 5]);
  });
});

describe('quoting problems', () => {
  it('cuts a quote that is never closed at the end of its line and reads on', () => {
    const { records, problems, lines } = parse([fixture('usage-unterminated-quote.csv')]);
    expect(problems).toEqual([[2, 'unterminated_quote']]);
    expect(records[2]).toEqual(['u2', '"2025-10-02', '2']);
    expect(records[3]).toEqual(['u3', '2025-10-03', '3']);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it('costs one line for text after a closing quote, not the rest of the file', () => {
    const { records, problems, lines } = parse([utf8('a,b\n"x"y,2\n3,4\n"multi\nline"z,5\n6,7\n')]);
    expect(records).toEqual([['a', 'b'], ['"x"y', '2'], ['3', '4'], ['"multi\nline"z', '5'], ['6', '7']]);
    expect(problems).toEqual([
      [1, 'text_after_quote'],
      [3, 'text_after_quote'],
    ]);
    expect(lines).toEqual([1, 2, 3, 4, 6]);
  });

  it('keeps valid quoted cells before and after a broken one', () => {
    const { records, problems } = parse([utf8('a,b\n"ok, fine","two\nlines"\n"bad"x,1\n"ok ""3""",4\n')]);
    expect(records).toEqual([['a', 'b'], ['ok, fine', 'two\nlines'], ['"bad"x', '1'], ['ok "3"', '4']]);
    expect(problems).toEqual([[2, 'text_after_quote']]);
  });

  it('gives up on an open quote after the record limit and reads on from the next line', () => {
    const records: string[][] = [];
    const flagged: number[] = [];
    const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',', chunkChars: 1024, maxRecordChars: 10_000 }, (batch) => {
      batch.records.forEach((r, i) => {
        if (batch.problems?.get(i)) flagged.push(lineOf(batch, i));
        records.push([...r]);
      });
    });
    stream.push(utf8('a,b\n1,2\n3,"never closed\n'));
    for (let i = 0; i < 100; i++) stream.push(utf8('x,y\n'.repeat(100)));
    stream.end();
    expect(flagged).toEqual([3]);
    expect(records[2]).toEqual(['3', '"never closed']);
    expect(records.length).toBe(3 + 100 * 100);
  });

  it('refuses a single line of many megabytes', () => {
    const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',', chunkChars: 1024, maxRecordChars: 10_000 }, () => {});
    stream.push(utf8('a,b\n"open'));
    expect(() => {
      for (let i = 0; i < 100; i++) stream.push(utf8('x'.repeat(1000)));
    }).toThrow(/Line 2 is longer than/);
  });
});

describe('chunk boundaries', () => {
  const files: [string, CsvDelimiter, CsvEncoding][] = [
    ['satisfaction-quoted-newlines.csv', ',', 'utf-8'],
    ['usage-mixed-line-endings.csv', ',', 'utf-8'],
    ['quality-bom-semicolon-dmy-decimal-comma.csv', ';', 'utf-8'],
    ['satisfaction-utf16le.tsv', '\t', 'utf-16le'],
    ['usage-utf16be.csv', ',', 'utf-16be'],
    ['satisfaction-windows-1252.csv', ';', 'windows-1252'],
    ['usage-nul-bytes.csv', ',', 'utf-8'],
    ['usage-unterminated-quote.csv', ',', 'utf-8'],
  ];

  it.each(files)('%s gives identical records in 1-byte, 7-byte and random chunks', (name, delimiter, encoding) => {
    const bytes = fixture(name);
    const whole = parse([bytes], delimiter, encoding);
    expect(whole.records.length).toBeGreaterThan(1);
    for (const chunks of [chunksOf(bytes, 1), chunksOf(bytes, 7), randomChunks(bytes, 11, 13), randomChunks(bytes, 5, 50)]) {
      expect(parse(chunks, delimiter, encoding, 3)).toEqual(whole);
    }
  });

  it('parses a generated file with quoted line breaks the same in any chunking', () => {
    const lines = ['id,comment'];
    for (let i = 0; i < 400; i++) lines.push(i % 3 === 0 ? `${i},"multi\nline ""${i}"", ok"` : `${i},plain ${i}`);
    const bytes = utf8(lines.join('\r\n'));
    const whole = parse([bytes]);
    expect(whole.records).toHaveLength(401);
    expect(whole.lines[400]).toBe(401 + 133);
    expect(parse(randomChunks(bytes, 99, 300), ',', 'utf-8', 64)).toEqual(whole);
  });
});

describe('NUL bytes', () => {
  it('removes NUL characters from cells and counts them', () => {
    const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',' }, () => {});
    stream.push(fixture('usage-nul-bytes.csv'));
    stream.end();
    expect(stream.stats.nulsRemoved).toBe(2);
    const { records } = parse([fixture('usage-nul-bytes.csv')]);
    expect(records).toEqual([
      ['user_id', 'date'],
      ['u1', '2025-09-01'],
      ['u2', '2025-09-02'],
    ]);
  });
});

describe('cancel', () => {
  it('stops delivering records after cancel', () => {
    let delivered = 0;
    const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',', chunkChars: 1 }, (b) => (delivered += b.records.length));
    stream.push(utf8('a,b\n1,2\n'));
    const before = delivered;
    stream.cancel();
    stream.push(utf8('3,4\n5,6\n'));
    stream.end();
    expect(delivered).toBe(before);
    expect(stream.stats.cancelled).toBe(true);
  });
});

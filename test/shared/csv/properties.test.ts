import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImporter } from '../../../shared/csv/importer';
import { previewCsv } from '../../../shared/csv/preview';
import type { ColumnMapping } from '../../../shared/csv/mapping';
import { lineOf } from '../../../shared/csv/record-lines';
import { createCsvStream } from '../../../shared/csv/record-stream';
import { csvFailureReasons } from './reasons-list';
import { writeCsv, neutraliseFormula } from '../../../shared/csv/write-csv';
import { isNoValue } from '../../../shared/csv/no-value';
import { chunksOf, importBytes, importChunks, summaryOf, utf8 } from './helpers';

/** What the importer makes of a written cell: lone CRs become line feeds, NULs go, whitespace around is trimmed. */
function asImported(value: string, neutralised: boolean): string {
  const written = neutralised ? neutraliseFormula(value) : value;
  return written.replace(/\r(?!\n)/g, '\n').replaceAll('\0', '').trim();
}

const mapping: ColumnMapping = {
  kind: 'satisfaction',
  latencyUnit: 'seconds',
  fields: { userId: 'user', date: 'date', rating: 'rating', comment: 'comment', group: 'group' },
};

// Any text at all, including quotes, delimiters, line breaks, NULs, emoji and lone surrogates' neighbours.
const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', ';', '\n', '\r', '\t', ' ', '=', '-', '\0', 'é', '€', '😀'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 40 });

/** The import's "this is not text" rule: more than 2 control characters, and more than 5% of the text. */
function mostlyControl(text: string): boolean {
  const control = [...text].filter((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f || c === 0xfffd;
  }).length;
  return control > 2 && control > text.length * 0.05;
}

describe('write-csv then import round trip', () => {
  it.each([true, false])('keeps arbitrary comments and groups (formula neutralisation %s)', (neutralise) => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ user: anyText, comment: anyText, group: anyText, rating: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 12 }),
        (records) => {
          const rows = [['user', 'date', 'rating', 'comment', 'group'], ...records.map((r, i) => [`u${i}-${r.user}`, '2025-01-02', r.rating, r.comment, r.group])];
          const text = writeCsv(rows, { neutraliseFormulas: neutralise });
          // A short file that is more than 5% control characters is refused as binary, by design (sniff.ts).
          fc.pre(!mostlyControl(text));
          const bytes = utf8(text);
          const { rows: imported, result } = importBytes(bytes, { kind: 'satisfaction', mapping, settings: { delimiter: ',', hasHeader: true, decimalComma: false } });
          const summary = summaryOf(result);
          expect(summary.rejected).toBe(0);
          expect(imported.map((r) => [r.userId, r.rating, r.comment, r.group])).toEqual(
            records.map((r, i) => {
              const group = asImported(r.group, neutralise);
              // A group written as a tool's "no value" word (`?`, `null`, `N/A`…) is no group, by rule (no-value.ts).
              return [asImported(`u${i}-${r.user}`, neutralise), r.rating, asImported(r.comment, neutralise), group === '' || isNoValue(group) ? null : group];
            }),
          );
          // Line numbers point at where each record starts in the written file (quoted line breaks count).
          const breaks = (cell: string | number) =>
            (neutralise ? neutraliseFormula(String(cell)) : String(cell)).replace(/\r(?!\n)/g, '\n').split('\n').length - 1;
          const expectedLines: number[] = [];
          let line = 2;
          for (const row of rows.slice(1)) {
            expectedLines.push(line);
            line += 1 + row.reduce<number>((n, cell) => n + breaks(cell), 0);
          }
          expect(imported.map((r) => r.line)).toEqual(expectedLines);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('arbitrary bytes', () => {
  it('never throw: the importer returns a summary or a clear refusal, whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '\t', '|', '"', '\n', '\r', ' ', '\0', '-', '/', '.', 'é'), maxLength: 300 }).map(utf8),
        ),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom('usage', 'quality', 'satisfaction', 'test_results') as fc.Arbitrary<'usage' | 'quality' | 'satisfaction' | 'test_results'>,
        (bytes, size, kind) => {
          const whole = importBytes(bytes, { kind });
          const split = importChunks(chunksOf(bytes, size), { kind });
          expect(split.result).toEqual(whole.result);
          if (whole.result.ok) {
            const s = whole.result.value;
            expect(s.accepted + s.rejected).toBe(s.records);
            expect(whole.rows).toHaveLength(s.accepted);
            expect(whole.rejected).toHaveLength(s.rejected);
            expect(s.rejections.reduce((n, g) => n + g.count, 0)).toBe(s.rejected);
          } else {
            expect(csvFailureReasons).toContain(whole.result.error.reason);
            expect(whole.result.error.reason).not.toBe('internal');
            expect(whole.result.error.message.length).toBeGreaterThan(10);
          }
          const preview = previewCsv(bytes);
          if (!preview.ok) expect(preview.error.reason).not.toBe('internal');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws from push or end, even for pushes after a failure', () => {
    const importer = createImporter({ kind: 'usage', today: '2025-01-01' }, { onRows: () => {} });
    importer.push(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    importer.push(new Uint8Array(70_000));
    expect(importer.end()).toMatchObject({ ok: false, error: { reason: 'binary' } });
  });
});

describe('record stream', () => {
  it('reads back any records with their start lines, in any chunking, with or without a final line break', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', '😀'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 15 }),
        fc.boolean(),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        (records, finalBreak, newline, size) => {
          // A record whose only cell is empty is a blank line, which the stream's consumers skip; keep two cells.
          let text = writeCsv(records, { newline, neutraliseFormulas: false });
          if (!finalBreak) text = text.slice(0, -newline.length);
          const seen: string[][] = [];
          const lines: number[] = [];
          const stream = createCsvStream({ encoding: 'utf-8', delimiter: ',', chunkChars: 16 }, (batch) => {
            batch.records.forEach((r, i) => {
              seen.push(r.map((c, k) => (k === r.length - 1 && newline === '\r\n' && c.endsWith('\r') ? c.slice(0, -1) : c)));
              lines.push(lineOf(batch, i));
            });
          });
          for (const chunk of chunksOf(utf8(text), size)) stream.push(chunk);
          stream.end();
          expect(seen).toEqual(records);
          let line = 1;
          const expected = records.map((r) => {
            const start = line;
            line += 1 + r.reduce((n, c) => n + c.split('\n').length - 1, 0);
            return start;
          });
          expect(lines).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

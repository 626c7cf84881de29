import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../shared/csv/mapping';
import type { Rejection } from '../../../shared/csv/reasons';
import { rejectedRowsBody, rejectedRowsCsv } from '../../../shared/csv/write-csv';
import { rejectedBody } from '../../../renderer/import/run-import-job';
import { importChunks, randomChunks, summaryOf, utf8 } from './helpers';

/**
 * The rejected-rows download on random quality files (quotes, quoted line breaks, CRLF, a BOM, blank
 * lines, bad values, rows of unknown stages, future dates), against oracles written here: the cells
 * each rejected row really has, the line it really starts on, the reason worded independently, and
 * the CSV written by the plain reference writer (the writer before its fast path, spelled out).
 */

const headers = ['output_id', 'user_id', 'date', 'share', 'stage', 'team', 'comment'];
const mapping: ColumnMapping = {
  kind: 'quality',
  fields: { outputId: 'output_id', userId: 'user_id', date: 'date', editingShare: 'share', stage: 'stage', group: 'team' },
  latencyUnit: 'seconds',
};
const stages = [
  { id: 'internal', name: 'Internal pilot' },
  { id: 'expanded', name: 'Expanded pilot' },
];
const stageNames = 'Internal pilot, Expanded pilot';

/** A cell as the generator means it (the value) and as written in the file (the text). */
interface Cell {
  readonly value: string;
  readonly text: string;
}

const plain = (value: string): Cell => ({ value, text: value });
const quoted = (value: string): Cell => ({ value, text: `"${value.replaceAll('"', '""')}"` });

const cellOf = (values: fc.Arbitrary<string>) =>
  fc.tuple(values, fc.boolean()).map(([value, quote]) => (quote || /[",\n\r]/.test(value) ? quoted(value) : plain(value)));

const record = fc.record({
  output: cellOf(fc.constantFrom('o1', 'gen-2026-00000017', '', '=1+1', 'a"b')),
  user: cellOf(fc.constantFrom('u1', 'u00042', ' u7 ', '-5', '@x')),
  date: cellOf(fc.constantFrom('2026-03-02', '2026-12-30', '2026-02-30', 'soon', '')),
  share: cellOf(fc.constantFrom('12.5', '0', '100', '101', '-3', 'x', '')),
  // Unknown stages are the rows of a file imported into the wrong plan (the benchmark's case f).
  stage: cellOf(fc.constantFrom('Internal pilot', 'expanded pilot', 'Full rollout', 'Full rollout', 'Stage “9”', '')),
  team: cellOf(fc.constantFrom('Claims', 'Customer Support', '')),
  comment: cellOf(fc.constantFrom('', 'ok', 'Fixed tone, shortened', 'line one\nline two', 'said "hi"', 'a\r\nb', ' padded ')),
});

const line = fc.oneof(
  { weight: 9, arbitrary: record.map((r) => ({ kind: 'data' as const, cells: [r.output, r.user, r.date, r.share, r.stage, r.team, r.comment] })) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: 'blank' as const, cells: [] as Cell[] }) },
);

/** The reference writer: every check spelled out, one `includes` each (as test/shared/csv/write-csv.test.ts has it). */
function referenceCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  let text = value;
  let quote = false;
  const first = text.charCodeAt(0);
  const formula = first === 61 || first === 64 || first === 9 || first === 13 || first === 10 || ((first === 43 || first === 45) && !/^[+-]\d+(?:[.,]\d+)?$/.test(text));
  if (formula) {
    text = `'${text}`;
    quote = true;
  }
  if (!quote) {
    quote = text.includes(',') || text.includes('"') || text.includes('\n') || text.includes('\r') || text.startsWith(' ') || text.endsWith(' ');
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

const referenceBody = (rejections: readonly Rejection[]): string =>
  rejections.map((r) => [r.line, r.message, ...r.cells].map(referenceCell).join(',') + '\r\n').join('');

describe('rejected rows of random quality files', () => {
  it('are the rows that fail, on their true lines, with their cells and reasons, written as the reference writer writes them', () => {
    let rejectedSeen = 0;
    let unknownStageSeen = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 1 << 30 }), (lines, crlf, bom, seed) => {
        const newline = crlf ? '\r\n' : '\n';
        // The line each data record starts on, counted from the text as written.
        const starts = new Map<number, readonly Cell[]>();
        let lineNo = 2;
        let text = headers.join(',') + newline;
        for (const l of lines) {
          if (l.kind === 'data') starts.set(lineNo, l.cells);
          const written = l.cells.map((c) => c.text).join(',');
          text += written + newline;
          lineNo += 1 + (written.match(/\r\n|\n/g)?.length ?? 0);
        }
        const bytes = utf8((bom ? '\uFEFF' : '') + text);
        const { result, rejected } = importChunks(randomChunks(bytes, seed, 64), {
          kind: 'quality',
          mapping,
          stages,
          today: '2026-12-06',
          settings: { delimiter: ',', hasHeader: true, dateFormat: 'iso', percentScale: 'percent', decimalComma: false },
        });
        if (!result.ok) {
          expect(['no_data', 'empty']).toContain(result.error.reason);
          return;
        }
        const summary = summaryOf(result);
        expect(summary.rejected).toBe(rejected.length);
        for (const r of rejected) {
          const cells = starts.get(r.line);
          // A rejected row is one of the file's data records, on the line it starts on, with its cells (trimmed).
          expect(cells).toBeDefined();
          expect(r.cells).toEqual(cells!.map((c) => c.value.trim()));
          if (r.code === 'unknown_stage') {
            unknownStageSeen++;
            expect(r.message).toBe(`Stage “${cells![4]!.value.trim()}” is not one of this plan's stages (${stageNames})`);
          }
        }
        rejectedSeen += rejected.length;
        const body = referenceBody(rejected);
        expect(rejectedRowsBody(rejected)).toBe(body);
        // What the app's import job writes, batch by batch, is the same text.
        expect(rejectedBody(rejected)).toBe(body);
        expect(rejectedRowsCsv(summary.headers, rejected)).toBe(`\uFEFFLine,Reason,${headers.join(',')}\r\n${body}`);
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261206) },
    );
    // The property must have seen rejections, unknown stages among them.
    expect(rejectedSeen).toBeGreaterThan(500);
    expect(unknownStageSeen).toBeGreaterThan(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costUnits } from '../../../shared/csv/cost-unit';
import { importFields } from '../../../shared/csv/fields';
import { importKinds } from '../../../shared/csv/kinds';
import { mappingProblems, type ColumnMapping } from '../../../shared/csv/mapping';
import { severityScales, type CsvDelimiter, type CsvEncoding } from '../../../shared/csv/settings';
import { trimCell } from '../../../shared/csv/values';
import { importChunks, randomChunks } from './helpers';

/**
 * The importer's promise, for every kind of file: each record is accepted, rejected with its reason,
 * blank, or skipped with its reason, on the line it really starts on, nothing dropped, whatever the
 * encoding, BOM, delimiter, line endings, quoting and chunking. The oracle is the file as written here.
 */

// Cells a real export holds: no-value words, spreadsheet errors, numbers written many ways, dates in many formats,
// yes/no and level words, totals, ids, text with delimiters, quotes and line breaks.
const cellText = fc.constantFrom(
  '', ' ', 'N/A', 'n/a', '-', '—', '?', 'null', 'NULL', 'none', 'NaN', '#N/A', '#DIV/0!', '#VALUE!', '#REF!',
  '0', '1', '3', '4', '5', '7', '12.5', '12,5', '1,234', '1.234,5', '1 234', '-3', '101', '45%', '0.5', '1e3', '$0.02', '€1,50',
  '2026-03-02', '02/03/2026', '3/4/26', '13/03/2026', '03.03.2026', '2026-03-02T10:15:00Z', '2026/03/03 9:15:32 AM GMT+1',
  'Mar 2, 2026', '2. März 2026', '46083', '1772409600', '2026-02-30', '2031-01-01', 'W12', '12',
  'yes', 'no', 'TRUE', 'false', 'Y', 'x', 'critical', 'P1', 'Sev2', 'S0', 'low', 'approved', 'edited', 'rejected', 'match',
  'Total', 'Grand total', 'Summe', 'Average', 'All', 'u1', 'U-2', 'o1', 'case 7', 'Internal pilot', 'Claims',
  'error_rate', 'adoption', '=SUM(A1:A3)', '@x', '12 min', '0:12:30', '350ms', '1.2 s', 'sep=;', 'a,b', 'a;b', 'a|b', 'a\tb',
  'said "hi"', 'line one\nline two', 'a\r\nb', ' padded ', 'Réponse', 'ü',
);

type Line = { readonly type: 'data'; readonly cells: readonly string[]; readonly quote: readonly boolean[] } | { readonly type: 'blank'; readonly text: string };

const lineOf = (width: number) =>
  fc.oneof(
    { weight: 10, arbitrary: fc.array(fc.tuple(cellText, fc.boolean()), { minLength: width, maxLength: width }) },
    // Ragged rows: cells lost or added by the tool.
    { weight: 1, arbitrary: fc.array(fc.tuple(cellText, fc.boolean()), { minLength: 1, maxLength: width + 2 }) },
  ).map((pairs): Line => ({ type: 'data', cells: pairs.map(([c]) => c), quote: pairs.map(([, q]) => q) }));

const blank = fc.constantFrom('', ' ', 'sep').map((text): Line => ({ type: 'blank', text }));

/** What a writer must quote, per delimiter. */
const needsQuotes = (cell: string, delimiter: string): boolean => /["\r\n]/.test(cell) || cell.includes(delimiter);

function writeCell(cell: string, quote: boolean, delimiter: string): string {
  return quote || needsQuotes(cell, delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

const breaksIn = (text: string): number => text.match(/\r\n|\n/g)?.length ?? 0;

/** Windows-1252 for the characters the cells use (others never appear). */
const cp1252 = new Map([...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—'].map((c, i) => [c, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97][i]!]));

function encode(text: string, encoding: CsvEncoding, bom: boolean): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
  if (encoding === 'windows-1252') return Uint8Array.from([...text].map((c) => cp1252.get(c) ?? c.charCodeAt(0)));
  const full = '\uFEFF' + text;
  const out = new Uint8Array(full.length * 2);
  for (let i = 0; i < full.length; i++) {
    const unit = full.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = encoding === 'utf-16le' ? lo : hi;
    out[2 * i + 1] = encoding === 'utf-16le' ? hi : lo;
  }
  return out;
}

const skipCodes = new Set(['top_lines_skipped', 'sep_line_skipped', 'header_lines_skipped', 'summary_row_skipped', 'bottom_lines_skipped']);

/** How a table is written down: nothing here may change what is read from it. */
const format = fc.record({
  delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t', '|'),
  encoding: fc.constantFrom<CsvEncoding>('utf-8', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'),
  bom: fc.boolean(),
  crlf: fc.boolean(),
  finalBreak: fc.boolean(),
  /** Every optional quote the other way round. */
  flipQuotes: fc.boolean(),
});
type Format = typeof format extends fc.Arbitrary<infer T> ? T : never;

const fileCase = fc
  .record({
    kind: fc.constantFrom(...importKinds),
    mapOptional: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    format,
    titles: fc.integer({ min: 0, max: 2 }),
    /** Title lines and notes left for the import to find (the notes then follow a blank line). */
    detectSkips: fc.boolean(),
    /** A last row whose quote is never closed (a file cut short). */
    strayQuote: fc.boolean(),
    /** Excel's `sep=;` first line (above any title lines). */
    sepLine: fc.boolean(),
    notes: fc.integer({ min: 0, max: 2 }),
    extraHeaderRows: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    decimalComma: fc.option(fc.boolean(), { nil: undefined }),
    answers: fc.record({
      dateFormat: fc.constantFrom('iso' as const, 'dmy' as const, 'mdy' as const),
      percentScale: fc.constantFrom('percent' as const, 'fraction' as const),
      severityScale: fc.constantFrom(...severityScales),
      costUnit: fc.constantFrom(...costUnits),
      latencyUnit: fc.constantFrom('seconds' as const, 'milliseconds' as const),
    }),
    seed: fc.integer({ min: 1, max: 1 << 30 }),
  })
  .chain((c) => {
    const width = importFields[c.kind].length + 1;
    return fc.record({ body: fc.array(fc.oneof({ weight: 8, arbitrary: lineOf(width) }, { weight: 1, arbitrary: blank }), { maxLength: 25 }) }).map((b) => ({ ...c, ...b }));
  });

interface Written {
  readonly bytes: Uint8Array;
  readonly mapping: ColumnMapping;
  /** Every record of the file: its first line and, for data, its cells. */
  readonly records: readonly { readonly line: number; readonly cells: readonly string[] | null }[];
  /** Lines of records under the header that may be data. */
  readonly dataLines: ReadonlySet<number>;
}

type FileCase = typeof fileCase extends fc.Arbitrary<infer T> ? T : never;

/** The import as the wizard runs it once the user confirmed the mapping and answered its questions. */
function optionsFor(c: FileCase, file: Written, f: Format = c.format) {
  return {
    kind: c.kind,
    mapping: file.mapping,
    stages: [{ id: 'internal', name: 'Internal pilot' }],
    today: '2026-12-06',
    batchSize: 7,
    hash: false,
    settings: {
      ...c.answers,
      delimiter: f.delimiter,
      hasHeader: true,
      ...(c.detectSkips ? {} : { skipTop: c.titles + (c.sepLine && c.titles > 0 ? 1 : 0), skipBottom: c.notes }),
      ...(c.extraHeaderRows === undefined ? {} : { extraHeaderRows: c.extraHeaderRows }),
      ...(c.decimalComma === undefined ? {} : { decimalComma: c.decimalComma }),
    },
  };
}

function writeFile(c: FileCase, f: Format = c.format): Written {
  const fields = importFields[c.kind];
  // Every field gets a column (named for it) and one unmapped column; required fields are always mapped.
  const headers = [...fields.map((f) => f.id), 'note'];
  const mapped: Record<string, string | null> = {};
  fields.forEach((f, i) => (mapped[f.id] = f.required || c.mapOptional[i % 16] ? f.id : null));
  const chosen: ColumnMapping = { kind: c.kind, fields: mapped, latencyUnit: c.answers.latencyUnit };
  // A mapping the wizard would refuse (no date nor week, say) is replaced by the one mapping every column.
  const mapping = mappingProblems(chosen, headers).length === 0 ? chosen : { ...chosen, fields: Object.fromEntries(fields.map((f) => [f.id, f.id])) };
  const newline = f.crlf ? '\r\n' : '\n';
  const records: { line: number; cells: readonly string[] | null }[] = [];
  const dataLines = new Set<number>();
  let text = '';
  let line = 1;
  let last = '';
  const add = (written: string, cells: readonly string[] | null, data: boolean) => {
    records.push({ line, cells });
    if (data) dataLines.add(line);
    text += written + newline;
    last = written;
    line += 1 + breaksIn(written);
  };
  if (c.sepLine) add(`sep=${f.delimiter}`, null, false);
  for (let i = 0; i < c.titles; i++) add(`Pilot export ${i + 1}`, null, false);
  add(headers.join(f.delimiter), headers, false);
  for (const l of c.body) {
    if (l.type === 'blank') add(l.text === 'sep' ? f.delimiter.repeat(headers.length - 1) : l.text, null, false);
    else add(l.cells.map((cell, i) => writeCell(cell, l.quote[i] !== f.flipQuotes, f.delimiter)).join(f.delimiter), l.cells, true);
  }
  // Its cells run to the end of the file: only its line is known here.
  if (c.strayQuote && c.notes === 0) add(`u9${f.delimiter}"cut short`, null, true);
  if (c.detectSkips && c.notes > 0) add('', null, false);
  for (let i = 0; i < c.notes; i++) add(`Note ${i + 1}: exported by the tool`, [`Note ${i + 1}: exported by the tool`], true);
  // Without its final line break an empty last line is no line at all: only a written one may lose it.
  if (!f.finalBreak && last !== '') text = text.slice(0, -newline.length);
  return { bytes: encode(text, f.encoding, f.bom), mapping, records, dataLines };
}

describe('every record of every kind of file is accounted for', () => {
  it('accepted, rejected with a reason, blank or skipped with a reason, on its true line, whatever the encoding, delimiter and chunking', () => {
    let imported = 0;
    let rejectedSeen = 0;
    fc.assert(
      fc.property(fileCase, (c) => {
        const file = writeFile(c);
        const options = optionsFor(c, file);
        const whole = importChunks([file.bytes], options);
        const chunked = importChunks(randomChunks(file.bytes, c.seed, 41), options);
        // The chunking never changes a count, a row, a reason or a line.
        expect(chunked).toEqual({ ...whole, batches: chunked.batches });
        const { result, rows, rejected } = whole;
        if (!result.ok) {
          // Only a file with nothing under its header fails as a whole: never half counted.
          expect(['no_data', 'empty']).toContain(result.error.reason);
          return;
        }
        imported++;
        const s = result.value;
        expect(s.accepted + s.rejected + s.blankLines + s.skipped).toBe(file.records.length);
        expect(s.records).toBe(s.accepted + s.rejected);
        expect(rows.length).toBe(s.accepted);
        expect(rejected.length).toBe(s.rejected);
        expect(s.rejections.reduce((n, g) => n + g.count, 0)).toBe(s.rejected);
        // Every skipped line but the header is skipped with its reason.
        expect(s.warnings.filter((w) => skipCodes.has(w.code)).reduce((n, g) => n + g.count, 0)).toBe(s.skipped - 1);
        // Each row and each rejection is one data record, on the line it starts on; none twice.
        const seen = [...rows.map((r) => r.line), ...rejected.map((r) => r.line)];
        expect(new Set(seen).size).toBe(seen.length);
        for (const at of seen) expect(file.dataLines.has(at)).toBe(true);
        const byLine = new Map(file.records.map((r) => [r.line, r.cells]));
        for (const r of rejected) {
          expect(r.message).not.toBe('');
          const cells = byLine.get(r.line);
          if (cells !== null) expect(r.cells).toEqual(cells!.map(trimCell));
          else expect(r.code).toBe('unterminated_quote');
        }
        rejectedSeen += rejected.length;
      }),
      { numRuns: 100, seed: Number(process.env.FC_SEED ?? 20261207) },
    );
    expect(imported).toBeGreaterThan(50);
    expect(rejectedSeen).toBeGreaterThan(150);
  }, 60_000);

  it('reads the same rows, rejections and counts from one table however it is written down', () => {
    let compared = 0;
    fc.assert(
      fc.property(fileCase, format, fc.boolean(), (c, other, decimalComma) => {
        // Said by the user: whether commas are decimals is detected from the cells, and a comma delimiter changes the cells.
        const table = { ...c, decimalComma: c.decimalComma ?? decimalComma };
        const read = (f: Format) => {
          const file = writeFile(table, f);
          const { result, rows, rejected } = importChunks(randomChunks(file.bytes, c.seed, 41), optionsFor(table, file, f));
          if (!result.ok) return { failed: result.error.reason, rows, rejected };
          const { settings: _settings, bytes: _bytes, warnings, ...counts } = result.value;
          return { counts, rows, rejected, warnings: warnings.map((w) => [w.code, w.count]) };
        };
        const first = read(c.format);
        if (!('failed' in first)) compared++;
        expect(read(other)).toEqual(first);
      }),
      { numRuns: 120, seed: Number(process.env.FC_SEED ?? 20261207) },
    );
    expect(compared).toBeGreaterThan(60);
  }, 60_000);
});

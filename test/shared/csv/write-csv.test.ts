import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importKinds } from '../../../shared/csv/kinds';
import { templateCsv, templateFileName } from '../../../shared/csv/templates';
import { csvCell, rejectedRowsBody, isFormulaLike, rejectedRowsCsv, writeCsv, type CsvCellValue } from '../../../shared/csv/write-csv';
import { importBytes, summaryOf, utf8 } from './helpers';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' padded ', '" padded "'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    [12.5, '12.5'],
    [-3, '-3'],
    [Number.NaN, ''],
    [true, 'yes'],
    [false, 'no'],
    [null, ''],
    [undefined, ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('quotes for the delimiter in use', () => {
    expect(csvCell('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(csvCell('a,b', { delimiter: ';' })).toBe('a,b');
  });
});

describe('formula injection (OWASP)', () => {
  it.each([
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1+cmd|\' /C calc\'!A0', `"'+1+cmd|' /C calc'!A0"`],
    ['-2+3+cmd|\' /C calc\'!A0', `"'-2+3+cmd|' /C calc'!A0"`],
    ['@SUM(1)', `"'@SUM(1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
  ])('neutralises %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['-5', '+3.25', '-0,5', 'a=b', 'x@y.z'])('leaves %j alone (a plain number, or no formula start)', (value) => {
    expect(isFormulaLike(value)).toBe(false);
    expect(csvCell(value)).toBe(value.includes(',') ? `"${value}"` : value);
  });

  it.each(['-', '+', '-5-1', '-1e5', '-.5', '- 5'])('treats %j as formula-like', (value) => {
    expect(isFormulaLike(value)).toBe(true);
  });

  it('can be turned off for machine-read files', () => {
    expect(csvCell('=1', { neutraliseFormulas: false })).toBe('=1');
  });
});

describe('writeCsv', () => {
  it('ends every line with CRLF and can start with a BOM', () => {
    expect(writeCsv([['a', 'b'], [1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(writeCsv([['a']], { bom: true, newline: '\n' })).toBe('\uFEFFa\n');
  });
});

describe('templates', () => {
  it.each(importKinds)('the %s template imports cleanly: header recognised, two rows accepted', (kind) => {
    const text = templateCsv(kind);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    const summary = summaryOf(importBytes(utf8(text), { kind }).result);
    expect(summary.accepted).toBe(2);
    expect(summary.rejected).toBe(0);
    expect(summary.warnings).toEqual([]);
    expect(templateFileName(kind)).toMatch(/^rollout-readiness-[a-z-]+-template\.csv$/);
  });
});

describe('rejected rows download', () => {
  it('lists line, reason and the original cells under the file headers, and imports again after a fix', () => {
    const source = utf8('user_id,date,rating,comment\nu1,2025-01-01,9,"=cmd, ""quoted"""\nu2,2025-01-01,4,ok\n');
    const { rejected, result } = importBytes(source, { kind: 'satisfaction' });
    const csv = rejectedRowsCsv(summaryOf(result).headers, rejected);
    expect(csv).toBe('\uFEFFLine,Reason,user_id,date,rating,comment\r\n2,Rating 9 is outside 1–5,u1,2025-01-01,9,"\'=cmd, ""quoted"""\r\n');
    const fixed = csv.replace(',9,', ',5,');
    const again = importBytes(utf8(fixed), { kind: 'satisfaction' });
    expect(again.rows.map((r) => [r.userId, r.rating, r.comment])).toEqual([['u1', 5, '\'=cmd, "quoted"']]);
  });
});

/** The writer as it was before its one-scan fast path: every check spelled out, one `includes` each. */
function referenceCell(value: CsvCellValue, delimiter: string, neutralise: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = value;
  let quote = false;
  if (neutralise && isFormulaLike(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (!quote) {
    quote =
      text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r') ||
      (text.length > 0 && (text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32));
  }
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

describe('writeCsv against the plain reference writer', () => {
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', '1', ',', ';', '\t', '|', '"', '\n', '\r', ' ', '=', '+', '-', '@', ']', '^', '\\', 'é', '😀'), maxLength: 12 }),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, '', '-5', '+3.25', '=SUM(A1)'),
  );
  it.each([',', ';', '\t', '|', ']', '^', '-', '\\', '::'])('writes any rows byte for byte as before, delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), fc.boolean(), (rows, neutralise) => {
        const options = { delimiter, neutraliseFormulas: neutralise };
        const expected = rows.map((row) => row.map((v) => referenceCell(v, delimiter, neutralise)).join(delimiter) + '\r\n').join('');
        expect(writeCsv(rows, options)).toBe(expected);
        for (const row of rows) for (const v of row) expect(csvCell(v, options)).toBe(referenceCell(v, delimiter, neutralise));
      }),
      { numRuns: 150 },
    );
  });
});

describe('rejectedRowsBody', () => {
  const text = fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '=', '-', '+', '@', '“', '😀'), maxLength: 10 });
  const rejection = fc.record({
    line: fc.integer({ min: 1, max: 5_000_000 }),
    // Few distinct messages, as in a real file: the writer reuses the last one written.
    message: fc.oneof(fc.constantFrom('Stage “X” is not one of this plan\'s stages (A, B)', '=bad', ' padded '), text),
    cells: fc.array(text, { maxLength: 6 }),
  });
  it.each([',', ';', '\t', '::'])('writes the same bytes as writeCsv over [line, message, ...cells], delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(fc.array(rejection, { maxLength: 12 }), fc.boolean(), fc.constantFrom('\r\n' as const, '\n' as const), (list, neutralise, newline) => {
        const rejections = list.map((r) => ({ ...r, code: 'invalid_number' as const, field: null }));
        const options = { delimiter, neutraliseFormulas: neutralise, newline };
        expect(rejectedRowsBody(rejections, options)).toBe(writeCsv(rejections.map((r) => [r.line, r.message, ...r.cells]), options));
      }),
      { numRuns: 300 },
    );
  });
});

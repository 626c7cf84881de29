import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type WorkbookFailureReason } from '../../../shared/xlsx';
import { classifyFormatCode, type NumberKind } from '../../../shared/xlsx/number-formats';
import { buildXlsx, compoundFile, serialOf, type XCell, type XlsxOptions } from '../../fixtures/xlsx/build-xlsx';

/** The CSV text of a workbook's sheet. */
function csvOf(options: XlsxOptions, sheet = options.sheets[0]!.name): string {
  const opened = openWorkbook(buildXlsx(options), 'test.xlsx');
  if (!opened.ok) throw new Error(opened.error.message);
  const csv = opened.value.sheetCsv(sheet);
  if (!csv.ok) throw new Error(csv.error.message);
  return csv.value.text;
}

const oneCell = (cell: XCell, strings: 'shared' | 'inline' = 'shared'): string => csvOf({ sheets: [{ name: 'S', rows: [[cell]] }], strings }).trimEnd();

describe('cell values by their stored type, not their display', () => {
  it.each<[string, XCell, string]>([
    ['date shown dd/mm/yyyy', { n: serialOf('2025-01-13'), fmt: 'dd/mm/yyyy' }, '2025-01-13'],
    ['date shown mm/dd/yyyy', { n: serialOf('2025-01-13'), fmt: 'mm/dd/yyyy' }, '2025-01-13'],
    ['date in built-in format 14', { n: serialOf('2025-12-01'), fmt: 14 }, '2025-12-01'],
    ['date shown as "1 January 2025"', { n: serialOf('2025-01-01'), fmt: 'd mmmm yyyy' }, '2025-01-01'],
    ['date with locale and weekday', { n: serialOf('2025-02-28'), fmt: '[$-409]dddd, mmmm d, yyyy' }, '2025-02-28'],
    ['date shown as month and year only', { n: serialOf('2024-02-29'), fmt: 'mmm-yy' }, '2024-02-29'],
    ['the last day before Excel’s phantom leap day', { n: 59, fmt: 14 }, '1900-02-28'],
    ['Excel’s phantom 29 February 1900 (serial 60) as Excel shows it', { n: 60, fmt: 14 }, '1900-02-29'],
    ['the day after it', { n: 61, fmt: 14 }, '1900-03-01'],
    ['date-time with AM/PM', { n: serialOf('2026-03-03T09:15:32'), fmt: 'yyyy/mm/dd h:mm:ss AM/PM' }, '2026-03-03T09:15:32'],
    ['date-time shown as a date keeps its time', { n: serialOf('2026-03-03T18:00:00'), fmt: 'dd.mm.yyyy' }, '2026-03-03T18:00:00'],
    ['time of day', { n: 0.5, fmt: 'h:mm' }, '12:00:00'],
    ['duration mm:ss', { n: 750 / 86400, fmt: 'mm:ss' }, '0:12:30'],
    ['elapsed hours past a day', { n: 1.5, fmt: '[h]:mm:ss' }, '36:00:00'],
    // End minus start gone below zero (the 1904 date system shows "-7:12"): a signed clock, never "-0.3" read as minutes.
    ['negative elapsed time', { n: -0.3, fmt: '[h]:mm' }, '-7:12:00'],
    ['negative time of day', { n: -0.3, fmt: 'h:mm' }, '-7:12:00'],
    ['percent format 0%', { n: 0.25, fmt: '0%' }, '25%'],
    ['built-in percent 0.00%', { n: 0.125, fmt: 10 }, '12.5%'],
    ['percent with binary noise', { n: 0.29, fmt: '0%' }, '29%'],
    ['number shown rounded keeps its value', { n: 1234.5678, fmt: '#,##0.00' }, '1234.5678'],
    ['number with quoted text in its format', { n: 12, fmt: '0 "min"' }, '12'],
    ['floating-point noise trimmed to 15 digits', 0.1 + 0.2, '0.3'],
    ['negative number', -7.5, '-7.5'],
    ['true', true, 'TRUE'],
    ['false', false, 'FALSE'],
    ['formula with a cached number', { formula: 'A1*2', cached: 42 }, '42'],
    ['formula with a cached string', { formula: 'CONCAT("a","b")', cached: 'ab' }, 'ab'],
    ['formula with a cached date', { formula: 'TODAY()', cached: serialOf('2025-01-20'), fmt: 'dd/mm/yyyy' }, '2025-01-20'],
    ['inline string', { inline: 'inline text' }, 'inline text'],
    ['error value', { error: '#N/A' }, '#N/A'],
    ['text with comma and quotes', 'a, "b"', '"a, ""b"""'],
    ['text with markup characters', 'Tom & <Jerry>', 'Tom & <Jerry>'],
    ['text that looks like a date stays text', '03/04/2025', '03/04/2025'],
    ['text with leading zeros', '0042', '0042'],
    ['line break inside a cell becomes a space', 'line one\nline two', 'line one line two'],
  ])('%s', (_, cell, expected) => {
    expect(oneCell(cell)).toBe(expected);
  });

  it('reads strings written inline the same as shared strings', () => {
    expect(oneCell('Zoë, "quoted"', 'inline')).toBe(oneCell('Zoë, "quoted"', 'shared'));
  });

  it('counts days from 1904 when the workbook says so', () => {
    const serial1904 = serialOf('2025-01-13') - 1462;
    expect(csvOf({ date1904: true, sheets: [{ name: 'S', rows: [[{ n: serial1904, fmt: 'yyyy-mm-dd' }]] }] }).trimEnd()).toBe('2025-01-13');
  });

  it.each([
    ['date1904="1"', true],
    ['date1904="true"', true],
    ['date1904="0"', false],
    ['', false],
  ])('says whether the workbook counts from 1904 (workbookPr %s), for the serials left as plain numbers', (attrs, date1904) => {
    const bytes = buildXlsx({ sheets: [{ name: 'S', rows: [[1]] }] });
    const files = unzipSync(bytes);
    files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml']!).replace('<workbookPr/>', `<workbookPr ${attrs}/>`));
    const opened = openWorkbook(zipSync(files), 'mac.xlsx');
    expect(opened.ok && opened.value.date1904).toBe(date1904);
  });
});

describe('sheet layout', () => {
  it('writes line N for sheet row N: blank rows stay blank lines, short rows are padded', () => {
    const text = csvOf({
      sheets: [{ name: 'Data', rows: [['a', 'b', 'c'], [1, 2], null, [4, null, 6], []] }],
    });
    expect(text).toBe('a,b,c\n1,2,\n\n4,,6\n');
  });

  it('keeps row numbers when the table starts lower and to the right', () => {
    const text = csvOf({ sheets: [{ name: 'Data', firstColumn: 2, rowNumbers: [3, 4], rows: [['user', 'uses'], ['u1', 5]] }] });
    expect(text.split('\n')).toEqual(['', '', 'user,uses', 'u1,5', '']);
  });

  it('lists worksheets with their data rows, marks hidden ones and leaves chart sheets out', () => {
    const opened = openWorkbook(
      buildXlsx({
        chartSheet: true,
        sheets: [
          { name: 'Responses', rows: [['a'], [1], [2]] },
          { name: 'Empty', rows: [] },
          { name: 'Lookup', hidden: true, rows: [['x']] },
        ],
      }),
      'book.xlsx',
    );
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.sheets).toEqual([
      { name: 'Responses', hidden: false, rows: 3 },
      { name: 'Empty', hidden: false, rows: 0 },
      { name: 'Lookup', hidden: true, rows: 1 },
    ]);
    const empty = opened.value.sheetCsv('Empty');
    expect(empty.ok ? null : empty.error.reason).toBe('empty_sheet');
  });
});

describe('files that are not readable workbooks get a reason and a plain message', () => {
  const valid = buildXlsx({ sheets: [{ name: 'S', rows: [['a'], [1]] }] });
  it.each<[string, Uint8Array, WorkbookFailureReason, RegExp]>([
    ['password-protected (OLE container with EncryptionInfo)', compoundFile('EncryptionInfo'), 'encrypted', /protected with a password/],
    ['rights-managed or encrypted (OLE container with only EncryptedPackage found)', compoundFile('EncryptedPackage'), 'encrypted', /protected with a password/],
    ['old binary .xls', compoundFile('Workbook'), 'old_xls', /Excel 97–2003/],
    ['not a zip at all (a CSV file with a workbook name)', strToU8('user,date\nu1,2025-01-01\n'), 'text_file', /text file/],
    ['empty file', new Uint8Array(0), 'corrupt', /empty/],
    ['a zip without a workbook', zipSync({ 'readme.txt': strToU8('hello') }), 'corrupt', /no workbook part/],
    ['a truncated zip', valid.subarray(0, Math.floor(valid.length / 2)), 'corrupt', /damaged/],
    [
      'macro-enabled workbook',
      buildXlsx({ sheets: [{ name: 'S', rows: [['a']] }], mainContentType: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' }),
      'macro_workbook',
      /macro-enabled/,
    ],
    [
      'binary workbook',
      buildXlsx({ sheets: [{ name: 'S', rows: [['a']] }], mainContentType: 'application/vnd.ms-excel.sheet.binary.macroEnabled.main' }),
      'binary_xlsb',
      /binary workbook/,
    ],
    ['only a chart sheet', buildXlsx({ chartSheet: true, sheets: [] }), 'no_sheets', /no worksheet/],
  ])('%s', (_, bytes, reason, message) => {
    const opened = openWorkbook(bytes, 'pilot.xlsx');
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.reason).toBe(reason);
    expect(opened.error.message).toMatch(message);
  });
});

describe('number format codes', () => {
  it.each<[string, NumberKind]>([
    ['General', 'number'],
    ['0.00', 'number'],
    ['#,##0', 'number'],
    ['0%', 'percent'],
    ['yyyy-mm-dd', 'date'],
    ['d/m/yy', 'date'],
    ['mmm yyyy', 'date'],
    ['dd.mm.yyyy hh:mm', 'date'],
    ['h:mm AM/PM', 'time'],
    ['mm:ss', 'time'],
    ['[h]:mm', 'elapsed'],
    ['[Red]0.00', 'number'],
    ['"Day "0', 'number'],
    ['0.0 "days"', 'number'],
    ['[$€-407] #,##0.00', 'number'],
  ])('%s is %s', (code, kind) => {
    expect(classifyFormatCode(code)).toBe(kind);
  });
});

describe('packages written by other tools', () => {
  /** A minimal package with the given worksheet and shared strings, every element prefixed `x:` as .NET's Open XML SDK writes. */
  function prefixedPackage(sheetData: string, sharedStrings: string | null): Uint8Array {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const files: Record<string, Uint8Array> = {
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8(`<Relationships><Relationship Id="R1" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<x:workbook ${ns}><x:sheets><x:sheet name="Antworten" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships><Relationship Id="R2" Type="${rel}/worksheet" Target="/xl/worksheets/data.xml"/>` +
          (sharedStrings ? `<Relationship Id="R3" Type="${rel}/sharedStrings" Target="strings.xml"/>` : '') +
          '</Relationships>',
      ),
      'xl/worksheets/data.xml': strToU8(`<x:worksheet ${ns}><x:sheetData>${sheetData}</x:sheetData></x:worksheet>`),
    };
    if (sharedStrings) files['xl/strings.xml'] = strToU8(`<x:sst ${ns}>${sharedStrings}</x:sst>`);
    return zipSync(files);
  }

  it('reads prefixed elements, absolute part paths, rows and cells without references, and rich text without its phonetic guide', () => {
    const bytes = prefixedPackage(
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Da</x:t></x:r><x:r><x:t>tum</x:t></x:r></x:is></x:c></x:row>' +
        '<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>45670</x:v></x:c></x:row>',
      '<x:si><x:t>Nutzer</x:t></x:si><x:si><x:r><x:t>山</x:t></x:r><x:rPh sb="0" eb="1"><x:t>やま</x:t></x:rPh><x:r><x:t xml:space="preserve"> &amp; co</x:t></x:r></x:si>',
    );
    const opened = openWorkbook(bytes, 'forms.xlsx');
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.sheets).toEqual([{ name: 'Antworten', hidden: false, rows: 2 }]);
    const csv = opened.value.sheetCsv('Antworten');
    expect(csv.ok && csv.value.text).toBe('Nutzer,Datum\n山 & co,45670\n');
  });
});

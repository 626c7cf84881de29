import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type WorkbookFailureReason } from '../../../shared/xlsx';

const utf16le = (text: string): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out[2 + i * 2] = text.charCodeAt(i);
  return out;
};

const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 7) % 256);

describe('a file that is not an Excel workbook is named for what it is, with the step that helps', () => {
  it.each<[string, string, Uint8Array, WorkbookFailureReason, RegExp]>([
    ['a CSV file renamed .xlsx', 'export.xlsx', strToU8('user_id,date,uses\nu1,2025-01-14,3\n'), 'text_file', /text file \(most likely CSV\).*Rename it to end in \.csv/],
    ['a UTF-16 tab-separated file named .xls', 'export.xls', utf16le('user\tdate\r\nu1\t2025-01-14\r\n'), 'text_file', /Rename it to end in \.csv/],
    [
      'a web page an “Export to Excel” button wrote',
      'report.xls',
      strToU8('\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>user</td></tr></table></body></html>'),
      'web_page',
      /web page \(HTML table\).*Save As › “Excel Workbook \(\.xlsx\)”/,
    ],
    [
      'an Excel 2003 XML spreadsheet',
      'old.xml.xls',
      strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
      'xml_2003',
      /Excel 2003 XML spreadsheet.*Save As/,
    ],
    [
      'an OpenDocument spreadsheet (.ods)',
      'survey.ods',
      zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>'), 'META-INF/manifest.xml': strToU8('<manifest/>') }),
      'opendocument',
      /OpenDocument spreadsheet.*LibreOffice.*Excel 2007-365 \(\.xlsx\)/,
    ],
    ['an Apple Numbers file', 'pilot.numbers', zipSync({ 'Index/Document.iwa': new Uint8Array(8), 'Metadata/Properties.plist': strToU8('x') }), 'numbers', /Apple Numbers.*Export To › Excel/],
    ['a Word document', 'notes.xlsx', zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }), 'corrupt', /Word document/],
    ['random bytes', 'noise.xlsx', binary, 'corrupt', /not a zip package/],
    ['an empty file', 'empty.xlsx', new Uint8Array(0), 'corrupt', /the file is empty/],
  ])('%s', (_, name, bytes, reason, message) => {
    const opened = openWorkbook(bytes, name);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.reason).toBe(reason);
    expect(opened.error.message).toMatch(message);
    expect(opened.error.message).toContain(`“${name}”`);
  });
});

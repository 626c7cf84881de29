import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../../shared/xlsx';
import { buildXlsx } from '../../fixtures/xlsx/build-xlsx';

/** The test workbook with one part changed (or removed, when `edit` returns null). */
function edited(path: string, edit: (text: string) => string | null): Uint8Array {
  const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', rows: [['user', 'uses'], ['u1', 3], ['u2', 4]] }] }));
  const text = edit(strFromU8(files[path]!));
  if (text === null) delete files[path];
  else files[path] = strToU8(text);
  return zipSync(files);
}

const dropStringsRel = (rels: string): string => rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '');

describe('text cells are never read as empty because the shared strings are out of reach', () => {
  it.each<[string, Uint8Array, string | RegExp]>([
    ['the strings are where Excel puts them but the workbook does not list them', edited('xl/_rels/workbook.xml.rels', dropStringsRel), 'user,uses\nu1,3\nu2,4\n'],
    ['the strings part is missing', edited('xl/sharedStrings.xml', () => null), /4 text cells point to text the file does not hold/],
    ['the strings part ends early', edited('xl/sharedStrings.xml', (xml) => xml.replace(/<si>(?:(?!<si>).)*<\/sst>$/, '</sst>')), /1 text cell points to text the file does not hold/],
  ])('%s', (_, bytes, expected) => {
    const opened = openWorkbook(bytes, 'book.xlsx');
    if (!opened.ok) throw new Error(opened.error.message);
    const csv = opened.value.sheetCsv('S');
    if (typeof expected === 'string') {
      expect(csv.ok && csv.value.text).toBe(expected);
    } else {
      expect(csv.ok ? null : [csv.error.reason, csv.error.message]).toEqual(['corrupt', expect.stringMatching(expected)]);
    }
  });
});

describe('parts written in UTF-16 read like UTF-8 ones', () => {
  const utf16 = (text: string, bigEndian: boolean): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out[2 + i * 2 + (bigEndian ? 1 : 0)] = text.charCodeAt(i);
    return out;
  };
  it.each<[string, boolean]>([
    ['little-endian', false],
    ['big-endian', true],
  ])('%s sheet and strings (once: an empty workbook)', (_, bigEndian) => {
    const files = unzipSync(buildXlsx({ sheets: [{ name: 'S', rows: [['user', 'uses'], ['u1', 3]] }] }));
    for (const path of ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']) {
      files[path] = utf16(strFromU8(files[path]!).replace('encoding="UTF-8"', 'encoding="UTF-16"'), bigEndian);
    }
    const opened = openWorkbook(zipSync(files), 'book.xlsx');
    if (!opened.ok) throw new Error(opened.error.message);
    const csv = opened.value.sheetCsv('S');
    expect(csv.ok && csv.value.text).toBe('user,uses\nu1,3\n');
  });
});

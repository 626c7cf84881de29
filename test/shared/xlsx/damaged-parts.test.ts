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

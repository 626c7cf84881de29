import { describe, expect, it } from 'vitest';
import { countExtraHeaderRows, isSummaryRow, sepHint, sepLineDelimiter } from '../../../shared/csv/line-skips';
import { importBytes, summaryOf, utf8 } from './helpers';

const rows = (text: string) => text.trim().split('\n').map((l) => l.split(','));

describe('extra header rows under the header', () => {
  it.each<[string, string, number]>([
    ['none in a plain file', 'u1,2026-03-02,4\nu2,2026-03-03,5\nu3,2026-03-04,2', 0],
    ['SurveyMonkey "Response" row', ',,Response,Open-Ended Response\n1,2026-03-02,4,ok\n2,2026-03-03,5,', 1],
    [
      'Qualtrics question and ImportId rows',
      'Response ID,Recorded Date,How satisfied? (1-5)\n{"ImportId":"_recordId"},{"ImportId":"recordedDate"},{"ImportId":"QID1"}\nR_1,2026-03-03 09:15:32,4\nR_2,2026-03-04 10:00:00,2',
      2,
    ],
    ['a first data row of text and yes/no answers is data', 'c1,yes,fast\nc2,no,1\nc3,no,2', 0],
    ['a text row with too little below to tell', 'Question one,Question two\n4,5', 0],
    ['a data row with a number is data', 'How satisfied?,3\n4,5\n5,5', 0],
  ])('%s', (_name, text, expected) => {
    expect(countExtraHeaderRows(rows(text))).toBe(expected);
  });
});

describe('totals and summary rows', () => {
  it.each<[string, boolean]>([
    ['Total,,10', true],
    ['TOTAL:,,10', true],
    [',Summe,,7', true],
    ['Gesamt;;12', true],
    ['Average,,3.5', true],
    ['Moyenne,,3,5', true],
    ['Totaal,,8', true],
    [',Aggregated,11779,0,5100.0', true], // Locust's stats: the row summing every endpoint
    ['Aggregated view,,3', false],
    ['u1,2026-03-02,3', false],
    ['Total,2026-03-02,3', false], // a user called "Total" with a date is data
    ['Totally new,,3', false],
    [',,,', false],
  ])('%j → %s', (line, expected) => {
    expect(isSummaryRow(line.split(line.includes(';') ? ';' : ','))).toBe(expected);
  });
});

describe("Excel's sep= line", () => {
  it.each<[string, string | null]>([
    ['sep=;\r\nUser;Date\r\n', ';'],
    ['\uFEFFsep=,\nuser,date\n', ','],
    ['"sep=|"\nuser|date\n', '|'],
    ['sep=x\nuser,date\n', null],
    ['user,date\nsep=;,x\n', null],
  ])('%j names %j', (text, delimiter) => {
    expect(sepHint(text)).toBe(delimiter);
  });

  it.each<[readonly string[], ',' | ';' | '\t', string | null]>([
    [['sep=;'], ',', ';'],
    [['sep=', ''], ';', ';'],
    [['sep=\\t'], ',', '\t'],
    // "sep=" and a real tab, read as tab-separated: the tab is the delimiter it names, not padding to trim.
    [['sep=', ''], '\t', '\t'],
    // Padded to the table's width by the tool that wrote it.
    [['sep=', '', '', ''], ',', ','],
    [['sep=;', '', ''], ',', ';'],
    [['sep=', 'x'], ',', null],
    [['sep=x'], ',', null],
    [['user', 'date'], ',', null],
  ])('record %j read with %j names %j', (cells, delimiter, expected) => {
    expect(sepLineDelimiter(cells, delimiter)).toBe(expected);
  });

  // Found by the accounting property: a tab file's "sep=<tab>" line was read as the header, and the real header as data.
  it.each<[string, string]>([
    ['sep= and a tab, in a tab-separated file', 'sep=\t\nuser\tdate\tuses\nu1\t2026-03-02\t3\n'],
    ['sep= padded to the width of the table', 'sep=,,,\nuser,date,uses\nu1,2026-03-02,3\n'],
  ])('%s: skipped with its reason, the header read as the header', (_, text) => {
    const s = summaryOf(importBytes(utf8(text), { kind: 'usage', today: '2026-12-06' }).result);
    expect([s.accepted, s.rejected, s.skipped, s.headers]).toEqual([1, 0, 2, ['user', 'date', 'uses']]);
    expect(s.warnings.map((w) => [w.code, w.count])).toContainEqual(['sep_line_skipped', 1]);
  });
});

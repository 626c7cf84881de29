/**
 * What a cell's number format says its number is. A workbook stores a date as a serial day count
 * and only the format marks it as a date, so the format decides — never the displayed text.
 */
import { attr, nextTag } from './xml';

export type NumberKind = 'number' | 'date' | 'time' | 'elapsed' | 'percent';

/**
 * Built-in format ids (ECMA-376 §18.8.30) that are not plain numbers; the rest of 0–49 are numbers or text. Ids 27–36
 * and 50–58 are East Asian dates and times whose meaning depends on the locale that wrote them: 34, 35, 52, 53, 55 and
 * 56 are dates in Japanese and Korean and times of day in Chinese, so they are read as 'time', which gives a date serial
 * its date and a fraction of a day its time. Ids 59–81 are Thai: numbers, percentages, dates (71–74, 77, 81, with the
 * Buddhist year), times (75, 76, 78, 80 with tenths of a second) and elapsed time (79).
 */
const BUILT_IN: ReadonlyMap<number, NumberKind> = new Map<number, NumberKind>([
  [9, 'percent'],
  [10, 'percent'],
  ...[14, 15, 16, 17, 22].map((id) => [id, 'date'] as [number, NumberKind]),
  ...[18, 19, 20, 21, 45, 47].map((id) => [id, 'time'] as [number, NumberKind]),
  [46, 'elapsed'],
  ...[27, 28, 29, 30, 31, 36, 50, 51, 54, 57, 58].map((id) => [id, 'date'] as [number, NumberKind]),
  ...[32, 33, 34, 35, 52, 53, 55, 56].map((id) => [id, 'time'] as [number, NumberKind]),
  [67, 'percent'],
  [68, 'percent'],
  ...[71, 72, 73, 74, 77, 81].map((id) => [id, 'date'] as [number, NumberKind]),
  ...[75, 76, 78, 80].map((id) => [id, 'time'] as [number, NumberKind]),
  [79, 'elapsed'],
]);

/** Thai format letters (day ว, month ด, year ป, hour ช, minute น, second ท) and the Buddhist year (bb, bbbb) as Latin ones. */
function latinLetters(code: string): string {
  return code.replace(/ว/g, 'd').replace(/ด/g, 'm').replace(/ป/g, 'y').replace(/ช/g, 'h').replace(/น/g, 'm').replace(/ท/g, 's').replace(/b{2,4}/gi, 'yy');
}

/** Classifies a format code such as `dd/mm/yyyy`, `[h]:mm:ss`, `0.0%` or `#,##0.00 "EUR"`. */
export function classifyFormatCode(code: string): NumberKind {
  // The first section is the one for positive numbers; quoted text and escaped characters are not tokens.
  const section = latinLetters(code.split(';')[0] ?? '');
  const bare = section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  const elapsed = /\[(h+|m+|s+)\]/i.test(bare);
  const tokens = bare.replace(/\[[^\]]*\]/g, '').toLowerCase();
  if (tokens === 'general' || tokens === '') return elapsed ? 'elapsed' : 'number';
  if (elapsed) return 'elapsed';
  const hasDate = /[yd]/.test(tokens) || /(^|[^h:])m{3,}/.test(tokens) || (/m/.test(tokens) && !/[hs]/.test(tokens) && !/[0#?]/.test(tokens));
  const hasTime = /[hs]/.test(tokens) || /am\/pm|a\/p/.test(tokens);
  if (hasDate) return 'date';
  if (hasTime) return 'time';
  if (tokens.includes('%')) return 'percent';
  return 'number';
}

/** Number kind per cell style index (`s` attribute), from `xl/styles.xml`; index 0 when absent. */
export function readCellStyles(stylesXml: string | null): NumberKind[] {
  if (stylesXml === null) return [];
  const custom = new Map<number, NumberKind>();
  const kinds: NumberKind[] = [];
  let inXfs = false;
  for (let tag = nextTag(stylesXml, 0); tag !== null; tag = nextTag(stylesXml, tag.end)) {
    if (tag.name === 'numFmt' && !tag.closing) {
      const id = Number(attr(tag.attrs, 'numFmtId'));
      const code = attr(tag.attrs, 'formatCode');
      if (Number.isInteger(id) && code !== null) custom.set(id, classifyFormatCode(code));
    } else if (tag.name === 'cellXfs') {
      inXfs = !tag.closing && !tag.selfClosing;
    } else if (inXfs && tag.name === 'xf' && !tag.closing) {
      const id = Number(attr(tag.attrs, 'numFmtId') ?? '0');
      kinds.push(custom.get(id) ?? BUILT_IN.get(id) ?? 'number');
    }
  }
  return kinds;
}

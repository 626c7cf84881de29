/**
 * Columns Excel hides (`<col min="3" max="4" hidden="1"/>`, before the sheet data). They are read like
 * the others — a hidden column is still data — and named, so a column the user does not see on screen
 * is not mapped and counted without their knowing.
 */
import { attr, nextTag } from './xml';

/** Column indexes (0 = A) hidden in the sheet, from its `<cols>` part; a range is capped at Excel's 16,384 columns. */
export function readHiddenColumns(xml: string): Set<number> {
  const hidden = new Set<number>();
  const end = xml.indexOf('sheetData');
  const head = end === -1 ? '' : xml.slice(0, end);
  if (head.indexOf('hidden=') === -1) return hidden;
  for (let tag = nextTag(head, 0); tag !== null; tag = nextTag(head, tag.end)) {
    if (tag.name !== 'col' || tag.closing) continue;
    const flag = attr(tag.attrs, 'hidden');
    if (flag !== '1' && flag !== 'true') continue;
    const min = Number(attr(tag.attrs, 'min'));
    const max = Math.min(Number(attr(tag.attrs, 'max')), 16_384);
    for (let c = min; Number.isInteger(c) && c >= 1 && c <= max; c++) hidden.add(c - 1);
  }
  return hidden;
}

/** Reads a worksheet part (`xl/worksheets/sheetN.xml`) into rows of cell texts, by sheet row and column number. */
import { numericCellText } from './cell-values';
import type { NumberKind } from './number-formats';
import { attr, decodeXml, nextTag, readText } from './xml';
import { NOT_CALCULATED } from '../csv/spreadsheet-errors';
import { columnIndex } from './cell-refs';
import { isTotalsFormula } from './totals-formula';
import { textDecimalMark } from './decimal-mark';
import { MixedDates, type MixedDateColumn } from './text-dates';

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly styles: readonly NumberKind[];
  readonly date1904: boolean;
  /** Saved formula values are not results (the workbook asks to be recalculated): every formula cell is `NOT_CALCULATED`. */
  readonly formulasStale?: boolean;
  /** Numeric cells are written with a decimal comma (`1,234`), to match numbers the sheet holds as text (`12,5`). */
  readonly decimalComma?: boolean;
}

/** A row with a value in at least one cell; `cells[c]` is column c (0 = A), holes are empty cells. */
export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  readonly row: number;
  readonly cells: (string | undefined)[];
  /** Hidden in Excel (by a filter or by hand); still part of the sheet. */
  readonly hidden: boolean;
  /** A cell adds up the rows above it in its own column (`=SUM(C2:C11)`): a totals row, not data. */
  readonly totals: boolean;
  /** Formula cells saved without their value (written as `NOT_CALCULATED`). */
  readonly notCalculated: number;
}

/** What reading a sheet found beside its rows. */
export interface SheetReadCounts {
  /** Text cells pointing past the end of the shared strings (a damaged file): their text is unknown. */
  readonly missingStrings: number;
  /** Text cells holding a number with a decimal comma (`12,5`), and with a decimal point (`12.5`). */
  readonly commaTexts: number;
  readonly pointTexts: number;
  /** Numeric cells written with a decimal point (`1.234`). */
  readonly pointNumbers: number;
  /** Columns holding date cells and text dates Excel could not read in its own order (`13/04/2025`). */
  readonly mixedDates: readonly MixedDateColumn[];
}

/** Text of one `<c>` element's value by its type attribute; null for a shared string the file does not have. */
function cellText(type: string | null, raw: string, style: NumberKind, context: SheetContext): string | null {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? null;
    case 'str':
    case 'e':
      return decodeXml(raw);
    case 'b':
      return raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE';
    case 'd':
      // An ISO 8601 date as text (strict files); the pipeline reads it as a date.
      return decodeXml(raw).replace(/Z$/, '');
    default: {
      const text = numericCellText(raw, style, context.date1904);
      return context.decimalComma === true ? text.replace('.', ',') : text;
    }
  }
}

/** True for a cell type whose value is text (shared, formula or inline string). */
const isText = (type: string | null): boolean => type === 's' || type === 'str' || type === 'inlineStr';

/**
 * Calls `onRow` for every row holding at least one non-empty cell, in sheet order. Rows and cells
 * without an `r` attribute follow the one before, as Excel itself reads them. Formula cells give
 * their cached value (what Excel showed when the file was saved). A formula saved without a value (by a
 * program that does not calculate) is not an empty cell: it becomes `NOT_CALCULATED`, which the import rejects with the reason.
 */
export function readSheetRows(xml: string, context: SheetContext, onRow: (row: SheetRow) => void): SheetReadCounts {
  let at = 0;
  let rowNumber = 0;
  let cells: (string | undefined)[] = [];
  let filled = false;
  let hidden = false;
  let totals = false;
  let notCalculated = 0;
  let missingStrings = 0;
  let commaTexts = 0;
  let pointTexts = 0;
  let pointNumbers = 0;
  const mixedDates = new MixedDates();
  let column = -1;
  // The cell being read.
  let type: string | null = null;
  let style: NumberKind = 'number';
  let value: string | null = null;
  let formula = false;
  let inCell = false;

  const finishCell = (): void => {
    inCell = false;
    if (formula && (value === null || context.formulasStale === true)) {
      value = NOT_CALCULATED;
      notCalculated++;
    }
    if (value === null || value === '') return;
    if (isText(type)) {
      const mark = textDecimalMark(value);
      if (mark === 'comma') commaTexts++;
      else if (mark === 'point') pointTexts++;
      const c = value.charCodeAt(0);
      if (c >= 48 && c <= 57) mixedDates.textCell(column, value);
    } else if (type === 'd' || (style === 'date' && value.charCodeAt(4) === 45)) mixedDates.dateCell(column);
    else if (type !== 'e' && value.indexOf('.') !== -1) pointNumbers++;
    cells[column] = value;
    filled = true;
  };

  for (;;) {
    const tag = nextTag(xml, at);
    if (tag === null) break;
    at = tag.end;
    const name = tag.name;
    if (name === 'c') {
      if (tag.closing) {
        finishCell();
        continue;
      }
      const ref = attr(tag.attrs, 'r');
      const col = ref === null ? -1 : columnIndex(ref);
      column = col >= 0 ? col : column + 1;
      type = attr(tag.attrs, 't');
      const s = attr(tag.attrs, 's');
      style = s === null ? (context.styles[0] ?? 'number') : (context.styles[Number(s)] ?? 'number');
      value = null;
      formula = false;
      inCell = !tag.selfClosing;
    } else if (name === 'v' && inCell && tag.selfClosing) {
      // An empty value written `<v/>`: a formula that gave empty text, saved.
      value = '';
    } else if (name === 'v' && inCell && !tag.closing) {
      const close = xml.indexOf('</', at);
      if (close === -1) break;
      value = cellText(type, xml.slice(at, close), style, context);
      if (value === null) missingStrings++;
      at = close;
    } else if (name === 'is' && inCell && !tag.closing && !tag.selfClosing) {
      const read = readText(xml, at, 'is');
      value = read.text;
      at = read.end;
    } else if (name === 'f' && !tag.closing) {
      formula = inCell;
      // The formula text itself is not data: skip to its end (a shared formula's later cells have an empty `<f/>`).
      const close = tag.selfClosing ? -1 : xml.indexOf('</', at);
      if (close !== -1) {
        if (inCell && !totals) totals = isTotalsFormula(decodeXml(xml.slice(at, close)), column, rowNumber);
        at = close;
      }
    } else if (name === 'row') {
      if (tag.closing) {
        if (filled) onRow({ row: rowNumber, cells, hidden, totals, notCalculated });
        continue;
      }
      const r = Number(attr(tag.attrs, 'r'));
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      cells = [];
      filled = false;
      const hiddenAttr = attr(tag.attrs, 'hidden');
      hidden = hiddenAttr === '1' || hiddenAttr === 'true';
      notCalculated = 0;
      totals = false;
      column = -1;
      if (tag.selfClosing) continue;
    } else if (name === 'sheetData' && tag.closing) {
      break;
    }
  }
  return { missingStrings, commaTexts, pointTexts, pointNumbers, mixedDates: mixedDates.columns() };
}

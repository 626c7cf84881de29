/**
 * Reading an .xlsx workbook (pure: runs in a Web Worker, the Electron renderer's worker and Node).
 * The zip is opened with fflate and only the parts needed are inflated; the XML is read by the small
 * scanner in xml.ts. A sheet comes out as CSV text whose line N is sheet row N, which the CSV
 * import pipeline then reads like any file: same detection, mapping, preview, validation and counts.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { containerKind, MAX_WORKBOOK_BYTES } from './container';
import { readCellStyles, type NumberKind } from './number-formats';
import { sheetToCsv, type SheetCsv } from './sheet-csv';
import { workbookFailure, type WorkbookFailure } from './workbook-failure';
import { describeNonZip, describeOtherZip } from './not-a-workbook';
import { packageFlavour, readSharedStrings, readWorkbookParts, workbookPath, type SheetEntry } from './workbook-parts';
import { formatBytes } from '../csv/limits';

export interface SheetSummary {
  readonly name: string;
  readonly hidden: boolean;
  /** Rows with at least one value. */
  readonly rows: number;
}

export interface OpenWorkbook {
  /** Worksheets in tab order (chart and macro sheets left out). */
  readonly sheets: readonly SheetSummary[];
  /**
   * The workbook counts days from 1904 (`<workbookPr date1904="1"/>`). Date-formatted cells are written as dates
   * already; a plain number in a date column is a serial the import must read in this system (`excelDateSystem`).
   */
  readonly date1904: boolean;
  /** The sheet's CSV text; fails for a sheet without values. */
  sheetCsv(name: string): WorkbookResult<SheetCsv>;
}

export type WorkbookResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: WorkbookFailure };

const failed = (error: WorkbookFailure): WorkbookResult<never> => ({ ok: false, error });

const decoder = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

/**
 * A part's text. Excel writes UTF-8, but XML may be UTF-16 (some .NET writers save it so): read as UTF-8,
 * such a sheet would have no tags at all and look empty. The byte order mark tells.
 */
function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16be.decode(bytes);
  return decoder.decode(bytes);
}

/** Characters of inflated sheet XML kept between listing the sheets and reading one (~128 MB of one-byte text). */
const KEEP_INFLATED_CHARS = 128 * 1024 * 1024;

/** Values and rows found by one pass over the tags that matter (a cheap count for the sheet list). */
const ROW_OR_VALUE = /<(?:[A-Za-z_][\w.-]*:)?(row|v|is|f)[\s>/]/g;

/** Rows that hold a value (`<v>`, an inline string or a formula, which has one even when not saved), without reading the cells. */
export function countDataRows(xml: string): number {
  let rows = 0;
  let counted = true;
  ROW_OR_VALUE.lastIndex = 0;
  for (let match = ROW_OR_VALUE.exec(xml); match !== null; match = ROW_OR_VALUE.exec(xml)) {
    if (match[1] === 'row') counted = false;
    else if (!counted) {
      counted = true;
      rows++;
    }
  }
  return rows;
}

function part(files: Unzipped, path: string): string | null {
  const bytes = files[path] ?? files[Object.keys(files).find((k) => k.toLowerCase() === path.toLowerCase()) ?? ''];
  return bytes ? decodePart(bytes) : null;
}

/** Opens a workbook's bytes: refuses what cannot be read with a message saying why and what to do. */
export function openWorkbook(bytes: Uint8Array, fileName: string): WorkbookResult<OpenWorkbook> {
  if (bytes.length > MAX_WORKBOOK_BYTES) return failed(workbookFailure('too_large', fileName, formatBytes(bytes.length)));
  const container = containerKind(bytes);
  if (container === 'encrypted') return failed(workbookFailure('encrypted', fileName));
  if (container === 'old_xls') return failed(workbookFailure('old_xls', fileName));
  if (container !== 'zip') {
    const what = describeNonZip(bytes);
    return failed(workbookFailure(what.reason, fileName, what.detail));
  }
  let names: string[] = [];
  let files: Unzipped;
  try {
    // Only the small parts now; each worksheet is inflated when it is listed or read.
    files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return !file.name.toLowerCase().startsWith('xl/worksheets/') && !file.name.toLowerCase().endsWith('.bin') && file.originalSize < 64 * 1024 * 1024;
      },
    });
  } catch (error) {
    return failed(workbookFailure('corrupt', fileName, `the zip package is damaged: ${error instanceof Error ? error.message : String(error)}`));
  }
  names = [...new Set(names)];
  const flavour = packageFlavour(part(files, '[Content_Types].xml'), names);
  if (flavour === 'xlsb') return failed(workbookFailure('binary_xlsb', fileName));
  if (flavour === 'xlsm') return failed(workbookFailure('macro_workbook', fileName));
  const mainPath = workbookPath(part(files, '_rels/.rels'));
  const workbookXml = part(files, mainPath);
  if (workbookXml === null) {
    const what = describeOtherZip(names, part(files, 'mimetype'));
    return failed(workbookFailure(what.reason, fileName, what.detail));
  }
  const relsPath = `${mainPath.slice(0, mainPath.lastIndexOf('/') + 1)}_rels/${mainPath.slice(mainPath.lastIndexOf('/') + 1)}.rels`;
  const parts = readWorkbookParts(workbookXml, part(files, relsPath), mainPath);
  const worksheets = parts.sheets.filter((s): s is SheetEntry & { path: string } => s.path !== null);
  if (worksheets.length === 0) return failed(workbookFailure('no_sheets', fileName));

  let shared: readonly string[] | null = null;
  let styles: readonly NumberKind[] | null = null;
  const sheetXml = (path: string): string | null => {
    try {
      const inflated = unzipSync(bytes, { filter: (file) => file.name.toLowerCase() === path.toLowerCase() });
      const found = Object.values(inflated)[0];
      return found ? decodePart(found) : null;
    } catch {
      return null;
    }
  };
  const summaries: SheetSummary[] = [];
  // Sheets inflated for the list are kept for reading (inflating is a fifth of the time), up to a limit.
  const inflated = new Map<string, string>();
  let kept = 0;
  for (const sheet of worksheets) {
    const xml = sheetXml(sheet.path);
    if (xml === null) return failed(workbookFailure('corrupt', fileName, `the sheet “${sheet.name}” is missing or damaged`));
    const rows = countDataRows(xml);
    summaries.push({ name: sheet.name, hidden: sheet.hidden, rows });
    if (rows > 0 && kept + xml.length <= KEEP_INFLATED_CHARS) {
      inflated.set(sheet.path, xml);
      kept += xml.length;
    }
  }

  return {
    ok: true,
    value: {
      sheets: summaries,
      date1904: parts.date1904,
      sheetCsv(name) {
        const sheet = worksheets.find((s) => s.name === name);
        const xml = sheet ? (inflated.get(sheet.path) ?? sheetXml(sheet.path)) : null;
        if (!sheet || xml === null) return failed(workbookFailure('corrupt', fileName, `the sheet “${name}” is missing or damaged`));
        // Some writers leave the shared strings out of the workbook's relationships; Excel's own place is tried then.
        shared ??= readSharedStrings(part(files, parts.sharedStringsPath ?? 'xl/sharedStrings.xml'));
        styles ??= readCellStyles(parts.stylesPath ? part(files, parts.stylesPath) : null);
        const csv = sheetToCsv(xml, { sharedStrings: shared, styles, date1904: parts.date1904, formulasStale: parts.formulasStale });
        if (csv.missingStrings > 0) {
          const cells = csv.missingStrings === 1 ? '1 text cell points' : `${csv.missingStrings} text cells point`;
          return failed(workbookFailure('corrupt', fileName, `in the sheet “${name}”, ${cells} to text the file does not hold`));
        }
        if (csv.rows === 0) return failed(workbookFailure('empty_sheet', name));
        return { ok: true, value: csv };
      },
    },
  };
}

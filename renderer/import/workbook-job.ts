/**
 * Opening an Excel workbook for the import wizard: the file's SHA-256 (its provenance fingerprint, of
 * the .xlsx bytes themselves), its worksheets, and — once a sheet is chosen, or when only one holds
 * values — that sheet as CSV bytes (line N = sheet row N), which the wizard then previews and imports
 * exactly like a CSV file. Pure apart from reading the Blob: the workbook worker is a thin shell around it.
 */
import { sha256Hex } from '../../shared/csv/sha256';
import { NO_SHEET_NOTES, openWorkbook, sheetNotes, workbookFailure, MAX_WORKBOOK_BYTES, type SheetNotes, type SheetSummary, type WorkbookFailure } from '../../shared/xlsx';
import { SAMPLE_BYTES, formatBytes } from '../../shared/csv/limits';
import { readHead } from './file-chunks';

export interface WorkbookRequest {
  readonly file: Blob;
  readonly fileName: string;
  /** The sheet to read; null picks the only sheet with values, or leaves the choice to the user. */
  readonly sheet: string | null;
}

export type WorkbookAnswer =
  | {
      readonly ok: true;
      readonly size: number;
      readonly sha256: string;
      readonly sheets: readonly SheetSummary[];
      /** The workbook counts days from 1904: serial numbers in the sheet's date column are read so. */
      readonly date1904: boolean;
      /** The sheet read into `csv`; null when the user must choose among several sheets with values. */
      readonly sheet: string | null;
      /**
       * The sheet as UTF-8 CSV text. A Blob, made here: posting it to the window passes a reference, where
       * building it there from bytes would copy megabytes on the UI thread.
       */
      readonly csv: Blob | null;
      /** The first `SAMPLE_BYTES` of `csv`, for detection and the preview. */
      readonly sample: Uint8Array | null;
      /** The decimal mark of `csv` (the reader's, never guessed from a sample); false until a sheet is read. */
      readonly decimalComma: boolean;
    } & SheetNotes
  | { readonly ok: false; readonly error: WorkbookFailure };

/** Totals rows (and hidden columns) named in the wizard's note; a sheet of subtotals needs no more to be recognised. */
const MAX_LISTED_ROWS = 20;

/** Reads a workbook as the request says. Never throws: a failure is an answer with the reason. */
export async function readWorkbookJob(request: WorkbookRequest): Promise<WorkbookAnswer> {
  const { file, fileName } = request;
  if (file.size > MAX_WORKBOOK_BYTES) return { ok: false, error: workbookFailure('too_large', fileName, formatBytes(file.size)) };
  try {
    // The whole file: a zip's directory is at its end, so a workbook cannot be read as a stream.
    const bytes = await readHead(file, file.size);
    const sha256 = sha256Hex(bytes);
    const opened = openWorkbook(bytes, fileName);
    if (!opened.ok) return opened;
    const workbook = opened.value;
    const withValues = workbook.sheets.filter((s) => s.rows > 0);
    if (withValues.length === 0) return { ok: false, error: workbookFailure('no_sheets', fileName) };
    const sheet = request.sheet ?? (withValues.length === 1 ? withValues[0]!.name : null);
    const base = { ok: true as const, size: bytes.length, sha256, sheets: workbook.sheets, date1904: workbook.date1904 };
    if (sheet === null) return { ...base, sheet: null, csv: null, sample: null, decimalComma: false, ...NO_SHEET_NOTES };
    const csv = workbook.sheetCsv(sheet);
    if (!csv.ok) return csv;
    const text = new TextEncoder().encode(csv.value.text);
    return {
      ...base,
      sheet,
      csv: new Blob([text], { type: 'text/csv' }),
      sample: text.slice(0, SAMPLE_BYTES),
      decimalComma: csv.value.decimalComma,
      ...sheetNotes(csv.value, MAX_LISTED_ROWS),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: workbookFailure('corrupt', fileName, `it could not be read: ${detail}`) };
  }
}

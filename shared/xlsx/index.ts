/** Excel workbooks (.xlsx) read into CSV text for the import pipeline. */
export { openWorkbook, countDataRows, type OpenWorkbook, type SheetSummary, type WorkbookResult } from './read-workbook';
export { containerKind, isWorkbookFile, MAX_WORKBOOK_BYTES, type ContainerKind } from './container';
export { workbookFailure, type WorkbookFailure, type WorkbookFailureReason } from './workbook-failure';
export { NO_SHEET_NOTES, sheetNotes, type SheetCsv, type SheetNotes } from './sheet-csv';

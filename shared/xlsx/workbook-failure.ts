/** Why a workbook file cannot be imported, in words a project lead can act on. */

export type WorkbookFailureReason =
  | 'encrypted'
  | 'old_xls'
  | 'binary_xlsb'
  | 'macro_workbook'
  | 'corrupt'
  | 'no_sheets'
  | 'empty_sheet'
  | 'too_large'
  | 'opendocument'
  | 'numbers'
  | 'text_file'
  | 'web_page'
  | 'xml_2003'
  /** The reading itself stopped (its worker failed or its answer was lost): nothing is known against the file. */
  | 'stopped';

export interface WorkbookFailure {
  readonly reason: WorkbookFailureReason;
  readonly message: string;
}

const saveAsXlsx = 'In Excel, choose File › Save As › “Excel Workbook (.xlsx)” and import that copy (or save the sheet as CSV).';

/** The plain-language message for each reason; `name` is the file or sheet name it is about. */
export function workbookFailure(reason: WorkbookFailureReason, name: string, detail = ''): WorkbookFailure {
  const messages: Record<WorkbookFailureReason, string> = {
    encrypted:
      `“${name}” is protected with a password, so its contents are encrypted and cannot be read. ` +
      'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save, and import it again.',
    old_xls: `“${name}” is an old-style Excel 97–2003 workbook (.xls), which the app does not read. ${saveAsXlsx}`,
    binary_xlsb: `“${name}” is an Excel binary workbook (.xlsb), which the app does not read. ${saveAsXlsx}`,
    macro_workbook:
      `“${name}” is a macro-enabled workbook (.xlsm). The app does not open files that carry macros. ${saveAsXlsx}`,
    corrupt: `“${name}” is not a readable Excel workbook${detail ? ` (${detail})` : ''}: it may be damaged or only named .xlsx. Open it in Excel and save it again, or save the sheet as CSV.`,
    no_sheets: `“${name}” has no worksheet with cells (only charts, macros or dialog sheets). Copy the data into a worksheet, save, and import it again.`,
    empty_sheet: `The sheet “${name}” has no cells with values. Choose another sheet.`,
    opendocument:
      `“${name}” is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), which the app does not read. ` +
      'In LibreOffice choose File › Save As › “Excel 2007-365 (.xlsx)” (or save the sheet as CSV) and import that copy.',
    numbers: `“${name}” is an Apple Numbers file, which the app does not read. In Numbers choose File › Export To › Excel (or CSV) and import that copy.`,
    text_file:
      `“${name}” is a text file (most likely CSV), not an Excel workbook, although its name says so. ` +
      'Rename it to end in .csv and import it again: the app reads CSV files directly.',
    web_page:
      `“${name}” is a web page (HTML table) with an Excel name, as many tools’ “Export to Excel” write it, not a real workbook. ` +
      'Open it in Excel, choose File › Save As › “Excel Workbook (.xlsx)” (or “CSV UTF-8”) and import that copy.',
    xml_2003: `“${name}” is an Excel 2003 XML spreadsheet, which the app does not read. ${saveAsXlsx}`,
    stopped: `“${name}” could not be read: the background task reading it ${detail || 'stopped'}. This says nothing against the file: try again, or save the sheet as CSV (File › Save As › “CSV UTF-8”) and import that.`,
    too_large: `“${name}” is ${detail}, more than the 100 MB workbook the app reads at once. Save the sheet as CSV (File › Save As › “CSV UTF-8”) and import that file; CSV files can be far larger.`,
  };
  return { reason, message: messages[reason] };
}

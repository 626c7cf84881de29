import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PaperSize, PrintRequest, SaveOutcome } from '../shared/api';
import { fail, ok, type Result } from '../shared/result';
import type { FileDialogs } from './files';
import { errorMessage } from './store-files';


/** The part of a BrowserWindow's webContents that printing uses; tests pass a fake. */
export interface PrintableContents {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  print(options: WebContentsPrintOptions, callback: (success: boolean, failureReason: string) => void): void;
}

export interface PrintableWindow {
  readonly webContents: PrintableContents;
}

export interface ReportPrinter {
  printReport(request: PrintRequest): Promise<Result<SaveOutcome>>;
}

/** Electron's failure reason when the user closes the system print dialog. */
const CANCELLED = 'Print job canceled';

const NO_WINDOW = 'There is no report window to print. Open the report and try again.';

/** Prints what the app window shows now (the renderer has already switched to the report and set its @page size). */
export function createReportPrinter(getWindow: () => PrintableWindow | null, files: Pick<FileDialogs, 'savePdfFile'>): ReportPrinter {
  async function toPdf(contents: PrintableContents, paper: PaperSize, suggestedName: string): Promise<Result<SaveOutcome>> {
    let pdf: Uint8Array;
    try {
      // The report's @page rule (set from the paper the user picked) decides the size, as in the browser build and
      // the e2e PDF check; pageSize is the fallback for a page without one.
      pdf = await contents.printToPDF({ pageSize: paper, printBackground: true, preferCSSPageSize: true });
    } catch (error) {
      return fail('io', `The PDF could not be made: ${errorMessage(error)}`);
    }
    return files.savePdfFile(suggestedName, pdf);
  }

  function toPrinter(contents: PrintableContents, paper: PaperSize, suggestedName: string): Promise<Result<SaveOutcome>> {
    return new Promise((resolve) => {
      try {
        contents.print({ silent: false, printBackground: true, pageSize: paper }, (success, failureReason) => {
          if (success) resolve(ok({ saved: true, fileName: suggestedName }));
          else if (failureReason === CANCELLED) resolve(ok({ saved: false, fileName: '' }));
          else resolve(fail('io', `The report could not be printed: ${failureReason || 'the printer reported an error'}.`));
        });
      } catch (error) {
        resolve(fail('io', `The report could not be printed: ${errorMessage(error)}`));
      }
    });
  }

  return {
    printReport({ paper, target, suggestedName }) {
      const window = getWindow();
      if (!window) return Promise.resolve(fail('not_found', NO_WINDOW));
      return target === 'pdf' ? toPdf(window.webContents, paper, suggestedName) : toPrinter(window.webContents, paper, suggestedName);
    },
  };
}

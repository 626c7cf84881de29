import type { OpenedFile, PrintRequest, SaveOutcome } from '../api';
import type { Result } from '../result';

/** What a text file holds: it decides the download's type. */
export type TextFileKind = 'plan' | 'csv' | 'json';

/**
 * How the service hands files to and from the user: save and open dialogs and the print
 * dialog in Electron; downloads, file inputs and the print dialog in the browser; or test doubles.
 */
export interface FilePlatform {
  saveTextFile(fileName: string, text: string, kind: TextFileKind): Promise<Result<SaveOutcome>>;
  openTextFile(kind: 'plan'): Promise<Result<OpenedFile | null>>;
  /** Prints the page as it is now; the renderer has already set the @page size for the paper. */
  printPage(request: PrintRequest): Promise<Result<SaveOutcome>>;
}

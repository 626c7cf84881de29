import type { OpenedFile, PrintRequest, SaveOutcome } from '../../shared/api';
import type { PlanFileEvidence } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import type { Result } from '../../shared/result';

/** What a text file holds: it decides the download's type. */
export type TextFileKind = 'plan' | 'csv' | 'json';


/** How the browser twin hands files to and from the user: downloads, file inputs and the print dialog, or test doubles. */
export interface FilePlatform {
  saveTextFile(fileName: string, text: string, kind: TextFileKind): Promise<Result<SaveOutcome>>;
  /**
   * Writes a plan's export file (`serialisePlanFile`'s bytes), refusing one above `maxBytes`. The
   * browser builds it in a worker from parts, never as one string; the evidence's buffers may be handed over.
   */
  savePlanFile(fileName: string, plan: Plan, now: Date, evidence: PlanFileEvidence, maxBytes: number): Promise<Result<SaveOutcome>>;
  openTextFile(accept: string): Promise<Result<OpenedFile | null>>;
  /** Prints the page as it is now; the renderer has already set the @page size for the paper. */
  printPage(request: PrintRequest): Promise<Result<SaveOutcome>>;
}

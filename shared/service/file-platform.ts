import type { PrintRequest, SaveOutcome } from '../api';
import { serialisePlanFile, type PlanFileEvidence } from '../model/plan-file';
import type { Plan } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { planExportTooLarge, utf8ByteLength } from './limits';
import type { PlanFileSource } from './opened-plan-files';

/** What a text file holds: it decides the download's type. */
export type TextFileKind = 'plan' | 'csv' | 'json';

/**
 * How the service hands files to and from the user: save and open dialogs and the print
 * dialog in Electron; downloads, file inputs and the print dialog in the browser; or test doubles.
 */
export interface FilePlatform {
  saveTextFile(fileName: string, text: string, kind: TextFileKind): Promise<Result<SaveOutcome>>;
  /**
   * Writes a plan's export file (`serialisePlanFile`'s bytes, or `planFileParts`), refusing one
   * above `maxBytes` UTF-8 bytes with `planExportTooLarge`. The browser builds it in a worker from
   * parts, Electron writes the parts to disk one after another: never one giant string. The
   * evidence's buffers may be handed over (transferred) and must not be used afterwards.
   */
  savePlanFile(fileName: string, plan: Plan, now: Date, evidence: PlanFileEvidence, maxBytes: number): Promise<Result<SaveOutcome>>;
  /** The open dialog (or file input): the chosen plan file, which the platform reads itself when imported; null if cancelled. */
  openPlanFile(): Promise<Result<PlanFileSource | null>>;
  /** Prints the page as it is now; the renderer has already set the @page size for the paper. */
  printPage(request: PrintRequest): Promise<Result<SaveOutcome>>;
}

/**
 * A plan's export file as one string, refused above `maxBytes` UTF-8 bytes: for platforms that
 * keep the file in memory anyway (component tests, test doubles), which the same rule then binds.
 */
export function planFileText(plan: Plan, now: Date, evidence: PlanFileEvidence, maxBytes: number): Result<string> {
  const text = serialisePlanFile(plan, now, evidence);
  return utf8ByteLength(text) > maxBytes ? fail('too_large', planExportTooLarge(maxBytes)) : ok(text);
}

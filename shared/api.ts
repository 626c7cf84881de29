import { z } from 'zod';
import type { ChainCheck } from './decisions/chain';
import { gateLogHintsSchema, type GateEvidence, type GateLogHints } from './decisions/gate-log';
import { decisionEntrySchema, evidenceSnapshotSchema, type DecisionEntry, type EvidenceSnapshot } from './decisions/schema';
import { planSchema, settingsSchema, type Plan, type PlanSummary, type Settings } from './model/schema';
import type { Result } from './result';

/**
 * A plan file the user chose (open dialog, drop, or the OS): the renderer holds only this
 * handle, never a path or the file's text; `importPlan` reads the file by its token.
 */
export interface OpenedFile {
  readonly name: string;
  /** In bytes. */
  readonly size: number;
  /** Single-use (released when its import finishes) and short-lived. */
  readonly token: string;
}

export interface SaveOutcome {
  /** False when the user cancelled the save dialog. */
  readonly saved: boolean;
  readonly fileName: string;
  /**
   * True when the file was handed to a browser as a download: the browser may save it, ask where,
   * or block it, and the page is never told which. So it is "download started", never "saved".
   */
  readonly downloaded?: boolean;
  /** What the saved file lacks that the user should know about (an exported plan's imports without rows). */
  readonly warnings?: readonly string[];
}

/** The parts stored beside a plan for one imported file: its rows (compact binary) and its rejected rows (CSV). */
export const importDataParts = ['rows', 'rejected'] as const;
export type ImportDataPart = (typeof importDataParts)[number];

export type PaperSize = 'A4' | 'Letter';

export interface PrintRequest {
  readonly paper: PaperSize;
  readonly target: 'pdf' | 'printer';
  readonly suggestedName: string;
}

export interface TextFileToSave {
  readonly suggestedName: string;
  readonly text: string;
  readonly kind: 'csv' | 'json';
}

export type ImportConflictChoice = 'ask' | 'copy' | 'replace';

export type ImportOutcome =
  | {
      readonly status: 'imported';
      readonly plan: PlanSummary;
      readonly replaced: boolean;
      /** Present when something needs the user's attention: imports without rows, decisions already in the log, a failed write. */
      readonly warnings?: readonly string[];
    }
  | { readonly status: 'conflict'; readonly existing: PlanSummary; readonly incoming: PlanSummary };

/**
 * A plan whose stored record could not be opened and was set aside (kept, byte for byte), for
 * which a previous good version is kept: the plan list offers to restore it, and nothing is
 * replaced until the user chooses.
 */
export interface DamagedPlan {
  /** The storage's name for the record; what `restorePreviousVersion` takes. */
  readonly key: string;
  readonly name: string;
  /** The previous version's revision and when it was saved. */
  readonly revision: number;
  readonly savedAt: string;
}

/** Something the app did on the user's behalf at start-up that they must hear about. */
export interface StartupNotice {
  readonly kind: 'recovered-corrupt-file' | 'migrated' | 'newer-version';
  readonly message: string;
}

/**
 * The one interface between the renderer and the main process. Implemented by the
 * preload bridge in Electron and by the browser twin (`renderer/api/browser-api.ts`).
 */
export interface RolloutApi {
  listPlans(): Promise<Result<PlanSummary[]>>;
  getPlan(id: string): Promise<Result<Plan>>;
  /** Creates or overwrites; the plan is validated against the schema first. */
  savePlan(plan: Plan): Promise<Result<PlanSummary>>;
  deletePlan(id: string): Promise<Result<void>>;
  /**
   * Writes the plan to a file the user picks (save dialog, or a download in the browser), with
   * its imports' rows and its decision log; `warnings` names imports whose rows are missing.
   */
  exportPlan(id: string): Promise<Result<SaveOutcome>>;
  /**
   * Imports the plan file chosen under `token` (`openTextFile`, a drop, or the OS); an id clash
   * asks unless told to copy or replace, and the token stays valid for the answer. The platform
   * reads the file itself (from disk in Electron, in a worker in the browser); the whole file is
   * checked before anything is written, once per import; then the plan, its imports' rows and
   * its decisions are stored under the (possibly new) plan id. An unknown or expired token is
   * refused with a message asking to choose the file again.
   */
  importPlan(token: string, onConflict: ImportConflictChoice): Promise<Result<ImportOutcome>>;
  /** Lets the user choose a plan file (open dialog, or a file input in the browser); returns its handle. */
  openTextFile(kind: 'plan'): Promise<Result<OpenedFile | null>>;
  getSettings(): Promise<Result<Settings>>;
  saveSettings(settings: Settings): Promise<Result<Settings>>;
  getStartupNotices(): Promise<Result<StartupNotice[]>>;
  /** Plans set aside as damaged that have a previous good version to offer. */
  listDamagedPlans(): Promise<Result<DamagedPlan[]>>;
  /** Restores the previous version of a plan set aside as damaged (the user chose to). */
  restorePreviousVersion(key: string): Promise<Result<PlanSummary>>;
  /**
   * The user accepts a plan changed outside the app as it is now: an automatic entry goes to its
   * decision log (with the evidence shown then), and the plan is sealed again as found.
   */
  acceptChangedPlan(planId: string, evidence: EvidenceSnapshot): Promise<Result<PlanSummary>>;

  /** Stores one part of an imported file's data beside the plan (never inside the plan file). */
  saveImportData(planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array): Promise<Result<void>>;
  /** Null when the part was never stored (e.g. an import with no rejected rows). */
  loadImportData(planId: string, importId: string, part: ImportDataPart): Promise<Result<Uint8Array | null>>;
  deleteImportData(planId: string, importId: string): Promise<Result<void>>;
  /** Saves text the user asked for (rejected rows, a CSV template): save dialog, or a download in the browser. */
  saveTextFile(file: TextFileToSave): Promise<Result<SaveOutcome>>;

  /** The plan's decision log, oldest first. There is deliberately no update or delete. */
  listDecisions(planId: string): Promise<Result<DecisionEntry[]>>;
  /** Appends one entry; an entry whose id is already in the log is refused. */
  appendDecision(entry: DecisionEntry): Promise<Result<DecisionEntry>>;
  /** Checks the log's hash chain: its length, head hash (printed in the report) and any change made outside the app. */
  checkDecisionLog(planId: string): Promise<Result<ChainCheck>>;
  /**
   * Logs the gate changes saved since the last call, as the service sees them between the
   * stored plans (automatic entries come only from here); `evidence` is what the screen showed,
   * per stage id ('' for the whole plan). Returns the entries appended (none when nothing changed).
   */
  logGateChanges(planId: string, evidence: GateEvidence, hints: GateLogHints): Promise<Result<DecisionEntry[]>>;

  /** Prints the page currently shown (the stakeholder summary): PDF via a save dialog, or the system print dialog. */
  printReport(request: PrintRequest): Promise<Result<SaveOutcome>>;
}

export type ApiMethod = keyof RolloutApi;

export { channels } from './channels';

/**
 * Exported-plan and imported files above this size are refused with a message. A plan file
 * carries its imports' rows (base64, 4 characters per 3 bytes): a year of per-output logs
 * (one million rows, ~20 MB stored) takes ~27 MB, so this leaves room for many such imports
 * while keeping the whole file well below what a JavaScript string can hold (~512 MB).
 */
export const MAX_PLAN_FILE_BYTES = 300 * 1024 * 1024;

/** Text files written for the user (rejected rows can be many): refused above this many characters. */
export const MAX_TEXT_FILE_CHARS = 512 * 1024 * 1024;

const planId = z.string().min(1).max(100);
/** What `OpenedFile.token` may be: short, whatever the file's size. */
export const openedFileToken = z.string().min(1).max(100);

/** Argument tuples per method: the main process validates every payload against these. */
export const argumentSchemas = {
  listPlans: z.tuple([]),
  getPlan: z.tuple([planId]),
  savePlan: z.tuple([planSchema]),
  deletePlan: z.tuple([planId]),
  exportPlan: z.tuple([planId]),
  // A token, never a file's text: nothing big crosses IPC on an import.
  importPlan: z.tuple([openedFileToken, z.enum(['ask', 'copy', 'replace'])]),
  openTextFile: z.tuple([z.literal('plan')]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([settingsSchema]),
  getStartupNotices: z.tuple([]),
  listDamagedPlans: z.tuple([]),
  restorePreviousVersion: z.tuple([z.string().min(1).max(200)]),
  acceptChangedPlan: z.tuple([planId, evidenceSnapshotSchema]),
  saveImportData: z.tuple([planId, planId, z.enum(importDataParts), z.instanceof(Uint8Array)]),
  loadImportData: z.tuple([planId, planId, z.enum(importDataParts)]),
  deleteImportData: z.tuple([planId, planId]),
  saveTextFile: z.tuple([
    z.object({
      suggestedName: z.string().min(1).max(200),
      text: z.string().max(MAX_TEXT_FILE_CHARS),
      kind: z.enum(['csv', 'json']),
    }),
  ]),
  listDecisions: z.tuple([planId]),
  appendDecision: z.tuple([decisionEntrySchema]),
  checkDecisionLog: z.tuple([planId]),
  logGateChanges: z.tuple([planId, z.record(z.string().max(100), evidenceSnapshotSchema), gateLogHintsSchema]),
  printReport: z.tuple([
    z.object({
      paper: z.enum(['A4', 'Letter']),
      target: z.enum(['pdf', 'printer']),
      suggestedName: z.string().min(1).max(200),
    }),
  ]),
} as const satisfies Record<ApiMethod, z.ZodType>;

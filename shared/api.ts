import { z } from 'zod';
import { planSchema, settingsSchema, type Plan, type PlanSummary, type Settings } from './model/schema';
import type { Result } from './result';

/** A text file the user chose; the renderer never sees a path. */
export interface OpenedFile {
  readonly name: string;
  readonly size: number;
  readonly text: string;
}

export interface SaveOutcome {
  /** False when the user cancelled the save dialog. */
  readonly saved: boolean;
  readonly fileName: string;
}

export type ImportConflictChoice = 'ask' | 'copy' | 'replace';

export type ImportOutcome =
  | { readonly status: 'imported'; readonly plan: PlanSummary; readonly replaced: boolean }
  | { readonly status: 'conflict'; readonly existing: PlanSummary; readonly incoming: PlanSummary };

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
  /** Writes the plan to a file the user picks (save dialog, or a download in the browser). */
  exportPlan(id: string): Promise<Result<SaveOutcome>>;
  /** Imports an exported plan file; an id clash asks unless told to copy or replace. */
  importPlan(text: string, onConflict: ImportConflictChoice): Promise<Result<ImportOutcome>>;
  /** Lets the user choose a text file (open dialog, or a file input in the browser). */
  openTextFile(kind: 'plan'): Promise<Result<OpenedFile | null>>;
  getSettings(): Promise<Result<Settings>>;
  saveSettings(settings: Settings): Promise<Result<Settings>>;
  getStartupNotices(): Promise<Result<StartupNotice[]>>;
}

export type ApiMethod = keyof RolloutApi;

export { channels } from './channels';

/** Exported-plan and imported files above this size are refused with a message. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

const planId = z.string().min(1).max(100);

/** Argument tuples per method: the main process validates every payload against these. */
export const argumentSchemas = {
  listPlans: z.tuple([]),
  getPlan: z.tuple([planId]),
  savePlan: z.tuple([planSchema]),
  deletePlan: z.tuple([planId]),
  exportPlan: z.tuple([planId]),
  importPlan: z.tuple([z.string().max(MAX_PLAN_FILE_BYTES), z.enum(['ask', 'copy', 'replace'])]),
  openTextFile: z.tuple([z.literal('plan')]),
  getSettings: z.tuple([]),
  saveSettings: z.tuple([settingsSchema]),
  getStartupNotices: z.tuple([]),
} as const satisfies Record<ApiMethod, z.ZodType>;

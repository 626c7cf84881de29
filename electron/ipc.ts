import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  MAX_PLAN_FILE_BYTES,
  argumentSchemas,
  channels,
  type ApiMethod,
  type ImportConflictChoice,
  type ImportOutcome,
  type RolloutApi,
} from '../shared/api';
import { createGateLog } from '../shared/decisions/gate-log';
import { replaceLogRefusal } from '../shared/decisions/replace-rule';
import { newId } from '../shared/model/ids';
import { describeIssues } from '../shared/model/migrate';
import { asImportedCopy, planFileName, readPlanFile } from '../shared/model/plan-file';
import { planFileParts, planFilePartsSize } from '../shared/model/plan-file-parts';
import {
  collectPlanEvidence,
  restorePlanEvidence,
  withExportWarnings,
  type EvidenceSource,
  type EvidenceTarget,
} from '../shared/model/plan-file-evidence';
import { toSummary } from '../shared/model/schema';
import { fail, ok, type Result } from '../shared/result';
import type { DecisionLog } from './decision-log';
import type { FileDialogs } from './files';
import type { ImportDataStore } from './import-data-store';
import type { ReportPrinter } from './report-printer';
import type { Storage } from './storage';
import { errorMessage } from './store-files';

export interface HandlerDeps {
  readonly storage: Storage;
  readonly files: FileDialogs;
  readonly importData: ImportDataStore;
  readonly decisions: DecisionLog;
  /** Prints the app window; injected so tests can pass a fake window. */
  readonly printer: ReportPrinter;
  readonly now?: () => Date;
}

/** The implementation of every API method in the main process, callable directly in tests. */
export function createHandlers({ storage, files, importData, decisions, printer, now = () => new Date() }: HandlerDeps): RolloutApi {
  /** The stores beside the plans, as the plan-file evidence helpers read and write them. */
  const evidenceStore: EvidenceSource & EvidenceTarget = {
    loadImportData: (planId, importId, part) => importData.load(planId, importId, part),
    saveImportData: (planId, importId, part, bytes) => importData.save(planId, importId, part, bytes),
    listDecisions: async (planId) => decisions.list(planId),
    appendImportedDecisions: async (planId, entries) => decisions.appendBatch(planId, entries),
  };

  const gateLog = createGateLog();

  async function importPlan(text: string, onConflict: ImportConflictChoice): Promise<Result<ImportOutcome>> {
    // The whole file, rows and decisions included, is checked before anything is written.
    const read = readPlanFile(text);
    if (!read.ok) return read;
    const { plan: incoming, evidence } = read.value;
    const existing = storage.findSummary(incoming.id);
    if (existing && onConflict === 'ask') {
      return ok({ status: 'conflict', existing, incoming: toSummary(incoming) });
    }
    // Never overwrite silently: without an explicit 'replace' a clash becomes a copy.
    const replaced = existing !== null && onConflict === 'replace';
    if (replaced) {
      const local = decisions.list(incoming.id);
      if (!local.ok) return local;
      const refusal = replaceLogRefusal(local.value, evidence.decisions);
      if (refusal !== null) return fail('conflict', refusal);
    }
    const plan = existing && !replaced ? asImportedCopy(incoming, now()) : incoming;
    const saved = storage.savePlan(plan);
    if (!saved.ok) return saved;
    const warnings = await restorePlanEvidence(plan, evidence, evidenceStore);
    return ok({ status: 'imported', plan: saved.value, replaced, ...(warnings.length > 0 ? { warnings } : {}) });
  }

  return {
    listPlans: async () => storage.listPlans(),
    getPlan: async (id) => storage.getPlan(id),
    async savePlan(plan) {
      const replaced = storage.findSummary(plan.id) === null ? null : storage.getPlan(plan.id);
      gateLog.noteSave(plan.id, replaced?.ok ? replaced.value : null);
      return storage.savePlan(plan);
    },
    deletePlan: async (id) => storage.deletePlan(id),
    async exportPlan(id) {
      const plan = storage.getPlan(id);
      if (!plan.ok) return plan;
      const collected = await collectPlanEvidence(plan.value, evidenceStore, MAX_PLAN_FILE_BYTES);
      if (!collected.ok) return collected;
      // Node's native SHA-256: the same digest as the TypeScript one, several times faster.
      const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
      const parts = await planFileParts(plan.value, now(), collected.value.evidence, sha256);
      if (planFilePartsSize(parts) > MAX_PLAN_FILE_BYTES) {
        return fail('too_large', 'This plan with its imported rows and decisions is too large to export.');
      }
      return withExportWarnings(await files.savePlanFile(planFileName(plan.value), parts), collected.value.warnings);
    },
    importPlan,
    openTextFile: async (kind) => files.openTextFile(kind),
    getSettings: async () => storage.getSettings(),
    saveSettings: async (settings) => storage.saveSettings(settings),
    getStartupNotices: async () => ok([...storage.notices(), ...decisions.notices()]),
    saveImportData: (planId, importId, part, bytes) => importData.save(planId, importId, part, bytes),
    loadImportData: (planId, importId, part) => importData.load(planId, importId, part),
    deleteImportData: (planId, importId) => importData.delete(planId, importId),
    saveTextFile: ({ suggestedName, text, kind }) => files.saveTextFile(suggestedName, text, kind),
    listDecisions: async (planId) => decisions.list(planId),
    appendDecision: async (entry) => decisions.append(entry),
    checkDecisionLog: async (planId) => decisions.check(planId),
    async logGateChanges(planId, evidence, hints) {
      const plan = storage.getPlan(planId);
      if (!plan.ok) return plan;
      const settings = storage.getSettings();
      const author = settings.ok ? settings.value.authorName : '';
      const entries = gateLog.take(plan.value, { ...hints, evidence, author, now: now(), newId });
      return entries.length === 0 ? ok([]) : decisions.appendBatch(planId, entries);
    },
    printReport: (request) => printer.printReport(request),
  };
}

/** The part of Electron's IpcMainInvokeEvent the guard looks at. */
export interface SenderEvent {
  readonly senderFrame?: { readonly url: string } | null;
}

export type IpcListener = (event: SenderEvent, ...args: unknown[]) => Promise<Result<unknown>>;

/** The frame's URL, or null when the frame is gone (navigated away or destroyed). */
function senderUrl(event: SenderEvent): string | null {
  try {
    const url = event.senderFrame?.url;
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

export type AnyHandler = (...args: unknown[]) => Promise<Result<unknown>>;

/**
 * One handler behind the three checks of the Electron IPC guide: the sender frame is the app,
 * the payload matches the method's tuple schema, and nothing throws across IPC (a thrown error
 * arrives in the renderer as a bare message, so it becomes an `io` result instead).
 */
export function guardedListener(
  handler: AnyHandler,
  schema: z.ZodType,
  isTrustedSender: (url: string) => boolean,
): IpcListener {
  return async (event, ...args) => {
    const url = senderUrl(event);
    if (url === null || !isTrustedSender(url)) {
      return fail('forbidden', 'This request did not come from the Rollout Readiness window and was refused.');
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      return fail('invalid', 'The request was refused because its data is not valid.', describeIssues(parsed.error));
    }
    try {
      // Safe: the payload was parsed by this method's own tuple schema just above.
      return await handler(...(parsed.data as unknown[]));
    } catch (error) {
      return fail('io', `Something went wrong: ${errorMessage(error)}`);
    }
  };
}

/** Every channel of the shared table, each behind `guardedListener`. */
export function createIpcListeners(api: RolloutApi, isTrustedSender: (url: string) => boolean): Map<string, IpcListener> {
  const listeners = new Map<string, IpcListener>();
  for (const method of Object.keys(channels) as ApiMethod[]) {
    listeners.set(channels[method], guardedListener(api[method] as AnyHandler, argumentSchemas[method], isTrustedSender));
  }
  return listeners;
}

export interface IpcMainLike {
  handle(channel: string, listener: IpcListener): void;
}

/** Registers every channel of the shared table. */
export function registerIpc(ipcMain: IpcMainLike, listeners: Map<string, IpcListener>): void {
  for (const [channel, listener] of listeners) ipcMain.handle(channel, listener);
}

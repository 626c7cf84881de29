import type { ChainAnchor } from '../../shared/decisions/chain';
import type { OpenedFile, PrintRequest, RolloutApi } from '../../shared/api';
import { serialisePlanFile } from '../../shared/model/plan-file';
import type { Plan, Settings } from '../../shared/model/schema';
import { fail, ok } from '../../shared/result';
import type { FilePlatform, TextFileKind } from './file-platform';
import type { QuarantinedRecord, RecordStorage } from './record-storage';
import { createStoredApi } from './stored-api';

export interface MemoryApiSeed {
  /** Plans (or deliberately broken records) stored before the app starts, by id. */
  readonly plans?: readonly Plan[];
  readonly rawPlans?: Readonly<Record<string, unknown>>;
  readonly settings?: Settings;
  readonly now?: () => Date;
}

/** The in-memory API plus the handles a test uses to play the user's part with files and faults. */
export interface MemoryApi extends RolloutApi {
  /** What the raw storage holds now, by plan id. */
  readonly storedPlans: Map<string, unknown>;
  readonly quarantined: QuarantinedRecord[];
  /** Files "downloaded" by exportPlan and saveTextFile. */
  readonly savedFiles: Array<{ fileName: string; text: string; kind: TextFileKind }>;
  /** Every printReport call, in order. */
  readonly printed: PrintRequest[];
  /** Import data by `${planId}/${importId}/${part}`. */
  readonly storedImportData: Map<string, Uint8Array>;
  /** The raw decision records per plan, oldest first: a test may damage one to see it reported. */
  readonly storedDecisions: Map<string, unknown[]>;
  /** The answer the next openTextFile gives: a file, or null for "cancelled". */
  queueOpenFile(file: OpenedFile | null): void;
  /** Makes every write fail with this message until called with null. */
  setWriteFailure(message: string | null): void;
}

/**
 * The same RolloutApi logic as the browser twin over a Map: for component tests (jsdom has no
 * IndexedDB). Tests use this, never a hand-rolled fake.
 */
export function createMemoryApi(seed: MemoryApiSeed = {}): MemoryApi {
  const plans = new Map<string, unknown>();
  for (const plan of seed.plans ?? []) plans.set(plan.id, structuredClone(plan));
  for (const [key, value] of Object.entries(seed.rawPlans ?? {})) plans.set(key, structuredClone(value));
  let settings: unknown = seed.settings ? structuredClone(seed.settings) : undefined;
  const quarantined: QuarantinedRecord[] = [];
  const savedFiles: Array<{ fileName: string; text: string; kind: TextFileKind }> = [];
  const printed: PrintRequest[] = [];
  const importData = new Map<string, Uint8Array>();
  const decisions = new Map<string, unknown[]>();
  const anchors = new Map<string, ChainAnchor>();
  const importKey = (planId: string, importId: string, part: string) => `${planId}/${importId}/${part}`;
  const openQueue: Array<OpenedFile | null> = [];
  let writeFailure: string | null = null;

  const checkWrite = (): void => {
    if (writeFailure !== null) throw new Error(writeFailure);
  };

  // Stored values are cloned both ways, as IndexedDB and IPC do, so no test can share references.
  const storage: RecordStorage = {
    readPlans: async () => [...plans].map(([key, value]) => ({ key, value: structuredClone(value) })),
    readPlan: async (id) => structuredClone(plans.get(id)),
    writePlan: async (plan) => {
      checkWrite();
      plans.set(plan.id, structuredClone(plan));
    },
    deletePlan: async (id) => {
      checkWrite();
      plans.delete(id);
    },
    readSettings: async () => structuredClone(settings),
    writeSettings: async (value) => {
      checkWrite();
      settings = structuredClone(value);
    },
    quarantine: async (record) => {
      quarantined.push(record);
      if (record.kind === 'plan') plans.delete(record.key);
      else settings = undefined;
    },
    readQuarantine: async () => [...quarantined],
    readImportData: async (planId, importId, part) => importData.get(importKey(planId, importId, part))?.slice(),
    writeImportData: async (planId, importId, part, bytes) => {
      checkWrite();
      importData.set(importKey(planId, importId, part), bytes.slice());
    },
    deleteImportData: async (planId, importId) => {
      checkWrite();
      importData.delete(importKey(planId, importId, 'rows'));
      importData.delete(importKey(planId, importId, 'rejected'));
    },
    readDecisions: async (planId) => structuredClone(decisions.get(planId) ?? []),
    // Like IndexedDB's add: an id already in the plan's log is refused, and nothing is replaced.
    addDecision: async (entry, anchor) => {
      checkWrite();
      const log = decisions.get(entry.planId) ?? [];
      if (log.some((record) => typeof record === 'object' && record !== null && 'id' in record && record.id === entry.id)) {
        return 'duplicate';
      }
      log.push(structuredClone(entry));
      decisions.set(entry.planId, log);
      anchors.set(entry.planId, { ...anchor });
      return 'added';
    },
    readDecisionAnchor: async (planId) => anchors.get(planId) ?? null,
    writeDecisionAnchor: async (planId, anchor) => {
      checkWrite();
      anchors.set(planId, { ...anchor });
    },
  };

  const files: FilePlatform = {
    saveTextFile: async (fileName, text, kind) => {
      savedFiles.push({ fileName, text, kind });
      return ok({ saved: true, fileName });
    },
    savePlanFile: async (fileName, plan, now, evidence, maxBytes) => {
      const text = serialisePlanFile(plan, now, evidence);
      if (new TextEncoder().encode(text).byteLength > maxBytes) return fail('too_large', 'This plan with its imported rows and decisions is too large to export.');
      savedFiles.push({ fileName, text, kind: 'plan' });
      return ok({ saved: true, fileName });
    },
    printPage: async (request) => {
      printed.push({ ...request });
      return ok({ saved: true, fileName: request.suggestedName });
    },
    openTextFile: async () => {
      // Nothing queued behaves like the user cancelling the dialog.
      return ok(openQueue.shift() ?? null);
    },
  };

  const api = createStoredApi(storage, files, seed.now ? { now: seed.now } : {});
  return {
    ...api,
    storedPlans: plans,
    quarantined,
    savedFiles,
    printed,
    storedImportData: importData,
    storedDecisions: decisions,
    queueOpenFile: (file) => openQueue.push(file),
    setWriteFailure: (message) => {
      writeFailure = message;
    },
  };
}

import type { ChainAnchor } from '../../shared/decisions/chain';
import type { OpenedFile, PrintRequest } from '../../shared/api';
import type { Plan, Settings } from '../../shared/model/schema';
import { ok } from '../../shared/result';
import { planFileText, type FilePlatform, type TextFileKind } from '../../shared/service/file-platform';
import type { RecordStore } from '../../shared/service/record-store';
import { createOpenedPlanFiles, textPlanFile, type OpenedPlanFiles, type PlanFileSource } from '../../shared/service/opened-plan-files';
import { createRolloutService, type RolloutService } from '../../shared/service/rollout-service';
import type { QuarantinedRecord } from './idb-storage';

export interface MemoryApiSeed {
  /** Plans (or deliberately broken records) stored before the app starts, by id. */
  readonly plans?: readonly Plan[];
  readonly rawPlans?: Readonly<Record<string, unknown>>;
  /** Previous versions kept by earlier saves, by plan id. */
  readonly previousPlans?: Readonly<Record<string, unknown>>;
  readonly settings?: Settings;
  readonly now?: () => Date;
  /** The plan-file size limit in UTF-8 bytes (tests pass a small one). */
  readonly maxPlanFileBytes?: number;
  /** Wraps the storage, e.g. to count its reads. */
  readonly wrap?: (store: RecordStore) => RecordStore;
  /** The chosen files by token (a test passes one on its own clock). */
  readonly openedFiles?: OpenedPlanFiles;
  /** Saved files are reported as downloads handed to a browser (the browser build) rather than written (the desktop app). */
  readonly downloads?: boolean;
}

/** A file the test "chooses" in the open dialog. */
export interface QueuedFile {
  readonly name: string;
  readonly text: string;
}

/** The in-memory API plus the handles a test uses to play the user's part with files and faults. */
export interface MemoryApi extends RolloutService {
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
  /** The answer the next openTextFile gives: a file's name and text, or null for "cancelled". */
  queueOpenFile(file: QueuedFile | null): void;
  /** Hands the service a file as a drop or the OS would (`OpenedPlanFiles.add`); `textPlanFile` makes one from text. */
  offerPlanFile(source: PlanFileSource): OpenedFile;
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
  let previousSettings: unknown = undefined;
  let sealedIds: unknown = undefined;
  const previous = new Map<string, unknown>(Object.entries(seed.previousPlans ?? {}).map(([key, value]) => [key, structuredClone(value)]));
  const quarantined: QuarantinedRecord[] = [];
  const savedFiles: Array<{ fileName: string; text: string; kind: TextFileKind }> = [];
  const printed: PrintRequest[] = [];
  const importData = new Map<string, Uint8Array>();
  const decisions = new Map<string, unknown[]>();
  const anchors = new Map<string, ChainAnchor>();
  const importKey = (planId: string, importId: string, part: string) => `${planId}/${importId}/${part}`;
  const openQueue: Array<QueuedFile | null> = [];
  const openedFiles = seed.openedFiles ?? createOpenedPlanFiles();
  let writeFailure: string | null = null;
  const delivery = seed.downloads ? { downloaded: true } : {};

  const checkWrite = (): void => {
    if (writeFailure !== null) throw new Error(writeFailure);
  };

  // Stored values are cloned both ways, as IndexedDB and IPC do, so no test can share references.
  const storage: RecordStore = {
    readPlans: async () => [...plans].map(([key, value]) => ({ key, value: structuredClone(value) })),
    readPlan: async (id) => (plans.has(id) ? { key: id, value: structuredClone(plans.get(id)) } : undefined),
    hasPlan: async (id) => plans.has(id),
    writePlan: async (plan) => {
      checkWrite();
      if (plans.has(plan.id)) previous.set(plan.id, plans.get(plan.id));
      plans.set(plan.id, structuredClone(plan));
    },
    deletePlan: async (id) => {
      checkWrite();
      plans.delete(id);
      previous.delete(id);
    },
    readPreviousPlan: async (key) => (previous.has(key) ? { value: structuredClone(previous.get(key)) } : undefined),
    readOrphanedPrevious: async () =>
      [...previous].filter(([key]) => !plans.has(key)).map(([key, value]) => ({ key, value: structuredClone(value) })),
    readSettings: async () => structuredClone(settings),
    writeSettings: async (value) => {
      checkWrite();
      if (settings !== undefined) previousSettings = settings;
      settings = structuredClone(value);
    },
    readPreviousSettings: async () => structuredClone(previousSettings),
    readSealedIds: async () => structuredClone(sealedIds),
    writeSealedIds: async (record) => {
      checkWrite();
      sealedIds = structuredClone(record);
    },
    setAside: async (kind, key, reason) => {
      const value = kind === 'plan' ? plans.get(key) : settings;
      quarantined.push({ kind, key, value, reason, quarantinedAt: new Date(0).toISOString() });
      if (kind === 'plan') plans.delete(key);
      else settings = undefined;
      return 'a record in this browser’s store of set-aside data (quarantine)';
    },
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
    readDecisions: async (planId) => ({ values: structuredClone(decisions.get(planId) ?? []), tornTailKeptAs: null }),
    // Like IndexedDB's add: an id already in the plan's log refuses the whole batch, and nothing is replaced.
    addDecisions: async (planId, entries, anchor) => {
      checkWrite();
      const log = decisions.get(planId) ?? [];
      const taken = new Set(log.map((record) => (typeof record === 'object' && record !== null && 'id' in record ? record.id : null)));
      if (entries.some((entry) => taken.has(entry.id))) return 'duplicate';
      log.push(...structuredClone(entries));
      decisions.set(planId, log);
      anchors.set(planId, { ...anchor });
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
      return ok({ saved: true, fileName, ...delivery });
    },
    savePlanFile: async (fileName, plan, now, evidence, maxBytes) => {
      const text = planFileText(plan, now, evidence, maxBytes);
      if (!text.ok) return text;
      savedFiles.push({ fileName, text: text.value, kind: 'plan' });
      return ok({ saved: true, fileName, ...delivery });
    },
    printPage: async (request) => {
      printed.push({ ...request });
      return ok({ saved: true, fileName: request.suggestedName });
    },
    openPlanFile: async () => {
      // Nothing queued behaves like the user cancelling the dialog.
      const file = openQueue.shift() ?? null;
      return ok(file === null ? null : textPlanFile(file.name, file.text));
    },
  };

  const api = createRolloutService(seed.wrap ? seed.wrap(storage) : storage, files, {
    ...(seed.now ? { now: seed.now } : {}),
    ...(seed.maxPlanFileBytes ? { maxPlanFileBytes: seed.maxPlanFileBytes } : {}),
    openedFiles,
  });
  return {
    ...api,
    storedPlans: plans,
    quarantined,
    savedFiles,
    printed,
    storedImportData: importData,
    storedDecisions: decisions,
    queueOpenFile: (file) => openQueue.push(file),
    offerPlanFile: (source) => openedFiles.add(source),
    setWriteFailure: (message) => {
      writeFailure = message;
    },
  };
}

import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFileStore } from '../../../electron/file-store';
import 'fake-indexeddb/auto';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { scanStoredPlans } from '../../../renderer/api/plan-scan';
import { planFileText, type FilePlatform } from '../../../shared/service/file-platform';
import type { RecordStore } from '../../../shared/service/record-store';
import { createOpenedPlanFiles, type OpenedPlanFiles, type PlanFileSource } from '../../../shared/service/opened-plan-files';
import { createRolloutService } from '../../../shared/service/rollout-service';
import type { OpenedFile, RolloutApi } from '../../../shared/api';
import type { Plan, Settings } from '../../../shared/model/schema';
import { makeTempDir } from '../../electron/fixtures';

/** The clock both services run on in these tests. */
export const CLOCK = new Date('2026-11-25T10:00:00.000Z');

const cleanups: (() => void)[] = [];
let databases = 0;

/** The contract is about storage rules; no test here hands files to the user (a plan export is still built and measured). */
const noFiles: FilePlatform = {
  saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  async savePlanFile(fileName, plan, now, evidence, maxBytes) {
    const text = planFileText(plan, now, evidence, maxBytes);
    return text.ok ? { ok: true, value: { saved: false, fileName } } : text;
  },
  openPlanFile: async () => ({ ok: true, value: null }),
  printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
};

/** Removes the temp folders of the adapters opened by the last test. */
export function closeAdapters(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/** What a test puts in storage before the app starts, and how it builds the service. */
export interface Seed {
  /** Records stored as they are, by plan id (damaged, old or newer-version plans). */
  readonly raw?: Readonly<Record<string, unknown>>;
  /** The plan-file size limit in UTF-8 bytes. */
  readonly maxPlanFileBytes?: number;
  /** Wraps the storage adapter, e.g. to count its reads. */
  readonly wrap?: (store: RecordStore) => RecordStore;
  /** The chosen files by token (a test passes one on its own clock). */
  readonly openedFiles?: OpenedPlanFiles;
  /** Settings saved before the plans (the plan last open, to be reopened at start-up). */
  readonly settings?: Settings;
}

/** The service, and a way to damage what it stores behind its back (as a crash or another program would). */
export type ContractApi = RolloutApi & {
  /** Hands the service a chosen file, as a drop or the OS would; returns its handle. */
  offerPlanFile(source: PlanFileSource): OpenedFile;
  putRaw(id: string, value: unknown): Promise<void>;
  /** Adds a record after the plan's decision log entries, without the service's rules or chain. */
  putRawDecision(planId: string, value: { readonly id: string; readonly [field: string]: unknown }): Promise<void>;
};

export type OpenApi = (plans: Plan[], seed?: Seed) => Promise<ContractApi>;

/** Puts raw values into the plans store of an IndexedDB database the adapter has created. */
function putRaw(dbName: string, raw: Readonly<Record<string, unknown>>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('plans', 'readwrite');
      for (const [key, value] of Object.entries(raw)) tx.objectStore('plans').put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** Adds a raw record at the end of a plan's decision log in IndexedDB, as the adapter stores entries. */
function putRawDecisionIdb(dbName: string, planId: string, value: { readonly id: string; readonly [field: string]: unknown }): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('decisions', 'readwrite');
      const store = tx.objectStore('decisions');
      const counted = store.index('byPlan').count(IDBKeyRange.bound([planId, -Infinity], [planId, Infinity]));
      counted.onsuccess = () => store.add({ planId, seq: counted.result, entry: value }, `${encodeURIComponent(planId)}/${encodeURIComponent(value.id)}`);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('add failed'));
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/**
 * The same service over the desktop's files, over Maps and over IndexedDB: one set of rules must
 * hold in all. Test files that use this must mock `electron` (electron-store imports it).
 */
export const adapters: [string, OpenApi][] = [
  [
    'files (Electron)',
    async (plans, seed = {}) => {
      const { dir, cleanup } = makeTempDir();
      cleanups.push(cleanup);
      const store = seed.wrap ?? ((inner: RecordStore) => inner);
      const opened = seed.openedFiles ?? createOpenedPlanFiles();
      const api = createRolloutService(store(createFileStore(dir, { now: () => CLOCK })), noFiles, options(seed, opened));
      const putRaw = async (id: string, value: unknown) =>
        writeFileSync(join(dir, 'plans', `plan-${id}.json`), typeof value === 'string' ? value : JSON.stringify(value));
      for (const [id, value] of Object.entries(seed.raw ?? {})) await putRaw(id, value);
      if (seed.settings) await api.saveSettings(seed.settings);
      for (const plan of plans) await api.savePlan(plan);
      const putRawDecision = async (planId: string, value: object) =>
        appendFileSync(join(dir, 'decisions', `${planId}.jsonl`), `${JSON.stringify(value)}\n`);
      return { ...api, offerPlanFile: (source) => opened.add(source), putRaw, putRawDecision };
    },
  ],
  [
    'records (browser, in memory)',
    async (plans, seed = {}) => {
      const api = createMemoryApi({ rawPlans: seed.raw ?? {}, now: () => CLOCK, ...(seed.settings ? { settings: seed.settings } : {}), ...(seed.maxPlanFileBytes ? { maxPlanFileBytes: seed.maxPlanFileBytes } : {}), ...(seed.wrap ? { wrap: seed.wrap } : {}), ...(seed.openedFiles ? { openedFiles: seed.openedFiles } : {}) });
      for (const plan of plans) await api.savePlan(plan);
      return {
        ...api,
        putRaw: async (id, value) => void api.storedPlans.set(id, value),
        putRawDecision: async (planId, value) => void api.storedDecisions.set(planId, [...(api.storedDecisions.get(planId) ?? []), value]),
      };
    },
  ],
  [
    'IndexedDB (browser, fake-indexeddb)',
    async (plans, seed = {}) => {
      databases += 1;
      const name = `contract-${databases}`;
      const idb = createIdbStorage(name);
      await idb.hasPlan('-'); // opens (and creates) the database
      if (seed.raw) await putRaw(name, seed.raw);
      const store = seed.wrap ?? ((inner: RecordStore) => inner);
      const opened = seed.openedFiles ?? createOpenedPlanFiles();
      const api = createRolloutService(store(idb), noFiles, options(seed, opened));
      if (seed.settings) await api.saveSettings(seed.settings);
      for (const plan of plans) await api.savePlan(plan);
      return { ...api, offerPlanFile: (source) => opened.add(source), putRaw: (id, value) => putRaw(name, { [id]: value }), putRawDecision: (planId, value) => putRawDecisionIdb(name, planId, value) };
    },
  ],
  [
    // The browser build's start-up: the plans read and checked by the scan worker's code before the
    // service exists (here in-process over the same database), then the service takes that scan.
    'IndexedDB with the start-up scan (browser, fake-indexeddb)',
    async (plans, seed = {}) => {
      databases += 1;
      const name = `contract-${databases}`;
      const idb = createIdbStorage(name);
      await idb.hasPlan('-');
      if (seed.raw) await putRaw(name, seed.raw);
      // What an earlier session saved, through the same service rules.
      const earlier = createRolloutService(idb, noFiles, { now: () => CLOCK });
      if (seed.settings) await earlier.saveSettings(seed.settings);
      for (const plan of plans) await earlier.savePlan(plan);
      const scan = await scanStoredPlans({ dbName: name });
      if (!scan.ok) throw new Error(scan.error);
      const store = seed.wrap ?? ((inner: RecordStore) => inner);
      const opened = seed.openedFiles ?? createOpenedPlanFiles();
      // Cloned as postMessage would hand it over.
      const api = createRolloutService(store(createIdbStorage(name)), noFiles, { ...options(seed, opened), startupScan: Promise.resolve(structuredClone(scan.records)) });
      return { ...api, offerPlanFile: (source) => opened.add(source), putRaw: (id, value) => putRaw(name, { [id]: value }), putRawDecision: (planId, value) => putRawDecisionIdb(name, planId, value) };
    },
  ],
];

function options(seed: Seed, openedFiles: OpenedPlanFiles) {
  return { now: () => CLOCK, openedFiles, ...(seed.maxPlanFileBytes ? { maxPlanFileBytes: seed.maxPlanFileBytes } : {}) };
}

export { importText, offerText } from './import-text';

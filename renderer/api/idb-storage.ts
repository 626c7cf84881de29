import type { Plan, Settings } from '../../shared/model/schema';
import type { RecordStore, StoredPlanRecord } from '../../shared/service/record-store';
import { captured, openDatabase, step, transact } from './idb';
import { addDecisions, ensureDecisionStore, readDecisionAnchor, readDecisionLogs, readDecisions, writeDecisionAnchor } from './idb-decisions';
import { PLANS, readPlanRecords, SETTINGS, SETTINGS_KEY } from './idb-plans';
import { deleteImportData, ensureImportDataStore, IMPORT_DATA, importDataKey, readImportData, writeImportData } from './idb-import-data';
import type { BytesStore } from './idb-bytes-client';
import { DB_NAME } from './db-name';
import { hashTextInBrowser, nativeDigest } from './hash-text';

export { DB_NAME };

/** 2 added the import data and the decision logs, 3 the previous version of each plan; an upgrade only adds what is missing. */
const DB_VERSION = 3;
const PREVIOUS = 'previousPlans';
const QUARANTINE = 'quarantine';
const PREVIOUS_SETTINGS_KEY = 'previous';
const SEALED_IDS_KEY = 'sealed-plans';

/** A record set aside: kept whole, with why, never deleted. */
export interface QuarantinedRecord {
  readonly kind: 'plan' | 'settings';
  readonly key: string;
  readonly value: unknown;
  readonly reason: string;
  readonly quarantinedAt: string;
}

/** One object store per kind; keys are out-of-line so even a record without an id can be kept. */
function upgrade(db: IDBDatabase): void {
  for (const name of [PLANS, SETTINGS, PREVIOUS]) {
    if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  }
  if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
  ensureImportDataStore(db);
  ensureDecisionStore(db);
}

/** The IndexedDB adapter: stores and returns raw records; every rule is the service's (shared/service). */
export interface IdbStore extends RecordStore {
  readQuarantine(): Promise<QuarantinedRecord[]>;
}

/** RecordStore over IndexedDB, opened lazily on first use. */
export function createIdbStorage(dbName: string = DB_NAME, now: () => Date = () => new Date(), bytes?: BytesStore): IdbStore {
  let opened: Promise<IDBDatabase> | null = null;
  // An open that failed (blocked by another tab) or a connection closed for another tab's upgrade
  // is opened again at the next use: kept, every later save would fail, though "retried", until a reload.
  const db = (): Promise<IDBDatabase> => {
    if (opened) return opened;
    const opening = openDatabase(dbName, DB_VERSION, upgrade, () => {
      if (opened === opening) opened = null;
    });
    opened = opening;
    opening.catch(() => {
      if (opened === opening) opened = null;
    });
    return opening;
  };
  const read = async <T>(store: string, key: string) =>
    transact(await db(), [store], 'readonly', (tx) => captured<T>(tx.objectStore(store).get(key) as IDBRequest<T>));

  /** Moves `key` of `from` into `to` and puts `value` there instead, in one transaction: both happen or neither. */
  async function replaceKeeping(from: string, to: string, key: string, toKey: string, value: unknown): Promise<void> {
    await transact(await db(), [from, to], 'readwrite', (tx) => {
      const store = tx.objectStore(from);
      const current = store.get(key);
      current.onsuccess = step(tx, () => {
        if (current.result !== undefined) tx.objectStore(to).put(current.result, toKey);
        store.put(value, key);
      });
      return () => undefined;
    });
  }

  // Web Crypto's digest for the seals where the page has it (served securely, as the app and localhost are).
  const digest = nativeDigest();
  const digestOption = digest === null ? {} : { digestText: digest };
  return {
    checksRows: bytes !== undefined,
    hashText: hashTextInBrowser,
    ...digestOption,
    readPlans: async () => readPlanRecords(await db()),
    async readPlan(id) {
      const value = await read<unknown>(PLANS, id);
      return value === undefined ? undefined : { key: id, value };
    },
    async hasPlan(id) {
      const count = await transact(await db(), [PLANS], 'readonly', (tx) => captured(tx.objectStore(PLANS).count(id)));
      return (count ?? 0) > 0;
    },
    writePlan: (plan: Plan) => replaceKeeping(PLANS, PREVIOUS, plan.id, plan.id, plan),
    async deletePlan(id) {
      await transact(await db(), [PLANS, PREVIOUS], 'readwrite', (tx) => {
        tx.objectStore(PREVIOUS).delete(id);
        return captured(tx.objectStore(PLANS).delete(id));
      });
    },
    async readPreviousPlan(key) {
      const value = await read<unknown>(PREVIOUS, key);
      return value === undefined ? undefined : { value };
    },
    async readOrphanedPrevious() {
      // Keys first, then only the orphans' values: every saved plan has a previous version, and
      // reading them all at start-up would read every plan twice to find the few set aside.
      return transact(await db(), [PLANS, PREVIOUS], 'readonly', (tx) => {
        const orphans: StoredPlanRecord[] = [];
        const current = tx.objectStore(PLANS).getAllKeys();
        const keys = tx.objectStore(PREVIOUS).getAllKeys();
        // Requests of one transaction complete in the order they were made: `current` is done here.
        keys.onsuccess = () => {
          const present = new Set(current.result.map(String));
          for (const key of keys.result) {
            if (present.has(String(key))) continue;
            const value = tx.objectStore(PREVIOUS).get(key);
            value.onsuccess = () => orphans.push({ key: String(key), value: value.result });
          }
        };
        return () => orphans;
      });
    },
    readSettings: () => read<unknown>(SETTINGS, SETTINGS_KEY),
    writeSettings: (settings: Settings) => replaceKeeping(SETTINGS, SETTINGS, SETTINGS_KEY, PREVIOUS_SETTINGS_KEY, settings),
    readPreviousSettings: () => read<unknown>(SETTINGS, PREVIOUS_SETTINGS_KEY),
    // Which plans this store sealed (shared/service/sealed-ids.ts): a key beside the settings, no new object store.
    readSealedIds: () => read<unknown>(SETTINGS, SEALED_IDS_KEY),
    async writeSealedIds(record) {
      await transact(await db(), [SETTINGS], 'readwrite', (tx) => captured(tx.objectStore(SETTINGS).put(record, SEALED_IDS_KEY)));
    },
    async setAside(kind, key, reason) {
      const from = kind === 'plan' ? PLANS : SETTINGS;
      const storedKey = kind === 'plan' ? key : SETTINGS_KEY;
      await transact(await db(), [QUARANTINE, from], 'readwrite', (tx) => {
        const current = tx.objectStore(from).get(storedKey);
        current.onsuccess = step(tx, () => {
          const record: QuarantinedRecord = { kind, key, value: current.result, reason, quarantinedAt: now().toISOString() };
          tx.objectStore(QUARANTINE).add(record);
          tx.objectStore(from).delete(storedKey);
        });
        return () => undefined;
      });
      return 'a record in this browser’s store of set-aside data (quarantine)';
    },
    async readQuarantine() {
      return transact(await db(), [QUARANTINE], 'readonly', (tx) => {
        const all = captured(tx.objectStore(QUARANTINE).getAll());
        return () => (all() ?? []) as QuarantinedRecord[];
      });
    },
    // `bytes` (the browser's worker) keeps the (de)serialising of tens of MB off the UI thread; tests use the page's connection.
    readImportData: async (planId, importId, part) => {
      const opened = await db();
      return bytes ? bytes.read(dbName, IMPORT_DATA, importDataKey(planId, importId, part), part === 'rows') : readImportData(opened, planId, importId, part);
    },
    writeImportData: async (planId, importId, part, data) => {
      const opened = await db();
      if (bytes) await bytes.write(dbName, IMPORT_DATA, importDataKey(planId, importId, part), data);
      else await writeImportData(opened, planId, importId, part, data);
    },
    deleteImportData: async (planId, importId) => deleteImportData(await db(), planId, importId),
    readDecisions: async (planId) => ({ values: await readDecisions(await db(), planId), tornTailKeptAs: null }),
    addDecisions: async (planId, entries, anchor) => addDecisions(await db(), planId, entries, anchor),
    readDecisionAnchor: async (planId) => readDecisionAnchor(await db(), planId),
    writeDecisionAnchor: async (planId, anchor) => writeDecisionAnchor(await db(), planId, anchor),
    async readDecisionLogs(planIds) {
      const read = await readDecisionLogs(await db(), planIds);
      return new Map([...read].map(([planId, { values, anchor }]) => [planId, { log: { values, tornTailKeptAs: null }, anchor }]));
    },
  };
}

import type { Plan, Settings } from '../../shared/model/schema';
import { captured, openDatabase, transact } from './idb';
import { addDecision, ensureDecisionStore, readDecisionAnchor, readDecisions, writeDecisionAnchor } from './idb-decisions';
import { deleteImportData, ensureImportDataStore, readImportData, writeImportData } from './idb-import-data';
import type { QuarantinedRecord, RecordStorage, StoredRecord } from './record-storage';

const DB_NAME = 'rollout-readiness';
/** 2 added the import data and the decision logs; every upgrade only adds what is missing. */
const DB_VERSION = 2;
const PLANS = 'plans';
const SETTINGS = 'settings';
const QUARANTINE = 'quarantine';
const SETTINGS_KEY = 'settings';

/** One object store per kind; keys are out-of-line so even a record without an id can be kept. */
function upgrade(db: IDBDatabase): void {
  for (const name of [PLANS, SETTINGS]) {
    if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
  }
  if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
  ensureImportDataStore(db);
  ensureDecisionStore(db);
}

/** RecordStorage over IndexedDB, opened lazily on first use. */
export function createIdbStorage(dbName: string = DB_NAME): RecordStorage {
  let opened: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => (opened ??= openDatabase(dbName, DB_VERSION, upgrade));

  return {
    async readPlans(): Promise<StoredRecord[]> {
      return transact(await db(), [PLANS], 'readonly', (tx) => {
        const store = tx.objectStore(PLANS);
        const keys = captured(store.getAllKeys());
        const values = captured(store.getAll());
        return () => (keys() ?? []).map((key, index) => ({ key: String(key), value: values()?.[index] }));
      });
    },
    async readPlan(id) {
      return transact(await db(), [PLANS], 'readonly', (tx) => captured<unknown>(tx.objectStore(PLANS).get(id)));
    },
    async writePlan(plan: Plan) {
      await transact(await db(), [PLANS], 'readwrite', (tx) => captured(tx.objectStore(PLANS).put(plan, plan.id)));
    },
    async deletePlan(id) {
      await transact(await db(), [PLANS], 'readwrite', (tx) => captured(tx.objectStore(PLANS).delete(id)));
    },
    async readSettings() {
      return transact(await db(), [SETTINGS], 'readonly', (tx) => captured<unknown>(tx.objectStore(SETTINGS).get(SETTINGS_KEY)));
    },
    async writeSettings(settings: Settings) {
      await transact(await db(), [SETTINGS], 'readwrite', (tx) =>
        captured(tx.objectStore(SETTINGS).put(settings, SETTINGS_KEY)),
      );
    },
    async quarantine(record: QuarantinedRecord) {
      const from = record.kind === 'plan' ? PLANS : SETTINGS;
      await transact(await db(), [QUARANTINE, from], 'readwrite', (tx) => {
        tx.objectStore(QUARANTINE).add(record);
        return captured(tx.objectStore(from).delete(record.kind === 'plan' ? record.key : SETTINGS_KEY));
      });
    },
    async readQuarantine() {
      return transact(await db(), [QUARANTINE], 'readonly', (tx) => {
        const all = captured(tx.objectStore(QUARANTINE).getAll());
        return () => (all() ?? []) as QuarantinedRecord[];
      });
    },
    readImportData: async (planId, importId, part) => readImportData(await db(), planId, importId, part),
    writeImportData: async (planId, importId, part, bytes) => writeImportData(await db(), planId, importId, part, bytes),
    deleteImportData: async (planId, importId) => deleteImportData(await db(), planId, importId),
    readDecisions: async (planId) => readDecisions(await db(), planId),
    addDecision: async (entry, anchor) => addDecision(await db(), entry, anchor),
    readDecisionAnchor: async (planId) => readDecisionAnchor(await db(), planId),
    writeDecisionAnchor: async (planId, anchor) => writeDecisionAnchor(await db(), planId, anchor),
  };
}

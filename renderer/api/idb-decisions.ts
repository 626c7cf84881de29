import type { ChainAnchor } from '../../shared/decisions/chain';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { captured, transact } from './idb';

/** The decision logs of every plan, one record per entry, added and never put over. */
export const DECISIONS = 'decisions';
/** [planId, seq]: a plan's entries in the order they were added. */
const BY_PLAN = 'byPlan';

/** What is stored: the entry as appended, with its plan and position beside it for the index. */
interface DecisionRecord {
  readonly planId: string;
  readonly seq: number;
  readonly entry: DecisionEntry;
}

/** `${planId}/${id}`, each part URI-encoded so a "/" inside an id cannot make two keys meet. */
function decisionKey(planId: string, id: string): string {
  return `${encodeURIComponent(planId)}/${encodeURIComponent(id)}`;
}

const planRange = (planId: string) => IDBKeyRange.bound([planId, -Infinity], [planId, Infinity]);

export function ensureDecisionStore(db: IDBDatabase): void {
  if (db.objectStoreNames.contains(DECISIONS)) return;
  db.createObjectStore(DECISIONS).createIndex(BY_PLAN, ['planId', 'seq']);
}

// A record without its wrapper is handed on as it is, so validation reports it rather than losing it.
const entriesOf = (records: unknown[] | undefined): unknown[] =>
  (records ?? []).map((record) => (typeof record === 'object' && record !== null && 'entry' in record ? record.entry : record));

export async function readDecisions(db: IDBDatabase, planId: string): Promise<unknown[]> {
  return transact(db, [DECISIONS], 'readonly', (tx) => {
    const records = captured<unknown[]>(tx.objectStore(DECISIONS).index(BY_PLAN).getAll(planRange(planId)));
    return () => entriesOf(records());
  });
}

/** `${planId}/`: no decision id is empty, so this key never meets an entry's; it has no place in the plan index. */
const anchorKey = (planId: string) => `${encodeURIComponent(planId)}/`;

function toAnchor(value: unknown): ChainAnchor | null {
  if (typeof value !== 'object' || value === null || !('anchor' in value)) return null;
  const anchor = value.anchor as { length?: unknown; head?: unknown } | null;
  if (!anchor || typeof anchor.length !== 'number' || !(typeof anchor.head === 'string' || anchor.head === null)) return null;
  return { length: anchor.length, head: anchor.head };
}

export async function readDecisionAnchor(db: IDBDatabase, planId: string): Promise<ChainAnchor | null> {
  return transact(db, [DECISIONS], 'readonly', (tx) => {
    const found = captured<unknown>(tx.objectStore(DECISIONS).get(anchorKey(planId)));
    return () => toAnchor(found());
  });
}

export async function writeDecisionAnchor(db: IDBDatabase, planId: string, anchor: ChainAnchor): Promise<void> {
  return transact(db, [DECISIONS], 'readwrite', (tx) => {
    tx.objectStore(DECISIONS).put({ anchor }, anchorKey(planId));
    return () => undefined;
  });
}

/**
 * Adds the entries after the plan's others and moves the anchor, all in one read-write
 * transaction: a batch of 10,000 imported decisions is one commit, and the entries and their
 * anchor land together or not at all. `add`, never `put`: IndexedDB itself refuses a key that
 * exists, and that refusal aborts the whole batch.
 */
export async function addDecisions(db: IDBDatabase, planId: string, entries: readonly DecisionEntry[], anchor: ChainAnchor): Promise<'added' | 'duplicate'> {
  let duplicate = false;
  try {
    return await transact(db, [DECISIONS], 'readwrite', (tx) => {
      const store = tx.objectStore(DECISIONS);
      // Counted inside the same read-write transaction, so two appends can never get one position.
      const counted = store.index(BY_PLAN).count(planRange(planId));
      counted.onsuccess = () => {
        entries.forEach((entry, index) => {
          const record: DecisionRecord = { planId, seq: counted.result + index, entry };
          const added = store.add(record, decisionKey(planId, entry.id));
          added.onerror = () => {
            if (added.error?.name === 'ConstraintError') duplicate = true;
          };
        });
        store.put({ anchor }, anchorKey(planId));
      };
      return () => 'added' as const;
    });
  } catch (error) {
    if (duplicate) return 'duplicate';
    throw error;
  }
}

/**
 * Many plans' entries and anchors in one read-only transaction (the start-up check of every plan).
 * The entries come from one request over the whole plan index, grouped by plan: the same records,
 * in the same order, as one range per plan, without a round trip to the storage per plan.
 */
export async function readDecisionLogs(db: IDBDatabase, planIds: readonly string[]): Promise<Map<string, { values: unknown[]; anchor: ChainAnchor | null }>> {
  return transact(db, [DECISIONS], 'readonly', (tx) => {
    const store = tx.objectStore(DECISIONS);
    const all = captured<unknown[]>(store.index(BY_PLAN).getAll());
    const anchors = planIds.map((planId) => ({ planId, anchor: captured<unknown>(store.get(anchorKey(planId))) }));
    return () => {
      const byPlan = new Map<string, unknown[]>(planIds.map((planId) => [planId, []]));
      // Every record in the index has a planId (it is the index's key); sorted by [planId, seq].
      for (const record of all() ?? []) byPlan.get((record as { planId: string }).planId)?.push(record);
      return new Map(anchors.map(({ planId, anchor }) => [planId, { values: entriesOf(byPlan.get(planId)), anchor: toAnchor(anchor()) }]));
    };
  });
}

import { readAnchor, type ChainAnchor } from '../../shared/decisions/chain';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { captured, step, transact } from './idb';

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
  return readAnchor(value.anchor);
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
export async function addDecisions(db: IDBDatabase, planId: string, entries: readonly DecisionEntry[], anchor: ChainAnchor): Promise<'added' | 'duplicate' | 'moved'> {
  let duplicate = false;
  let moved = false;
  try {
    return await transact(db, [DECISIONS], 'readwrite', (tx) => {
      const store = tx.objectStore(DECISIONS);
      // Counted inside the same read-write transaction, so two appends can never get one position.
      const counted = store.index(BY_PLAN).count(planRange(planId));
      counted.onsuccess = step(tx, () => {
        // Another tab appended since these entries were chained: written here they would read as "inserted".
        const after = entries[0]?.seq;
        if (typeof after === 'number' && counted.result !== after - 1) {
          moved = true;
          tx.abort();
          return;
        }
        entries.forEach((entry, index) => {
          const record: DecisionRecord = { planId, seq: counted.result + index, entry };
          const added = store.add(record, decisionKey(planId, entry.id));
          added.onerror = () => {
            if (added.error?.name === 'ConstraintError') duplicate = true;
          };
        });
        store.put({ anchor }, anchorKey(planId));
      });
      return () => 'added' as const;
    });
  } catch (error) {
    if (moved) return 'moved';
    if (duplicate) return 'duplicate';
    throw error;
  }
}

/** What the plan index holds of a record: its plan and position, when they are a plan id and a number. */
function indexedAt(value: unknown): { planId: string; seq: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { planId, seq } = value as { planId?: unknown; seq?: unknown };
  return typeof planId === 'string' && typeof seq === 'number' && !Number.isNaN(seq) ? { planId, seq } : null;
}

/**
 * Many plans' entries and anchors in one read-only transaction of two requests (the start-up check
 * of every plan), instead of two requests per plan: each request is a round trip to the browser's
 * storage process. The entries of a plan are exactly what `readDecisions`' range over the plan
 * index returns - records whose planId is the plan's and whose seq is a number - in the index's
 * order (seq, then key); the anchors are read by their keys.
 */
export async function readDecisionLogs(db: IDBDatabase, planIds: readonly string[]): Promise<Map<string, { values: unknown[]; anchor: ChainAnchor | null }>> {
  return transact(db, [DECISIONS], 'readonly', (tx) => {
    const store = tx.objectStore(DECISIONS);
    const keys = captured(store.getAllKeys());
    const values = captured<unknown[]>(store.getAll());
    return () => {
      const entries = new Map<string, { key: string; seq: number; record: unknown }[]>(planIds.map((planId) => [planId, []]));
      const anchorOf = new Map(planIds.map((planId) => [anchorKey(planId), planId]));
      const anchors = new Map<string, unknown>();
      (keys() ?? []).forEach((rawKey, index) => {
        const key = String(rawKey);
        const record = values()?.[index];
        const planOfAnchor = anchorOf.get(key);
        if (planOfAnchor !== undefined) anchors.set(planOfAnchor, record);
        const at = indexedAt(record);
        if (at) entries.get(at.planId)?.push({ key, seq: at.seq, record });
      });
      return new Map(
        planIds.map((planId) => {
          const sorted = (entries.get(planId) ?? []).sort((a, b) => a.seq - b.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
          return [planId, { values: entriesOf(sorted.map((e) => e.record)), anchor: toAnchor(anchors.get(planId)) }];
        }),
      );
    };
  });
}

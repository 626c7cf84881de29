import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDecisionAnchor, readDecisionLogs, readDecisions } from '../../../renderer/api/idb-decisions';
import { openDatabase } from '../../../renderer/api/idb';
import { ensureDecisionStore } from '../../../renderer/api/idb-decisions';

let databases = 0;

/** Records put straight into the decisions store, as the app, a crash or a hand edit could leave them. */
const records: [string, string, unknown][] = [
  ['plan a', 'plan%20a/e2', { planId: 'plan a', seq: 1, entry: { id: 'e2' } }],
  ['plan a', 'plan%20a/e1', { planId: 'plan a', seq: 0, entry: { id: 'e1' } }],
  ['plan a', 'plan%20a/e0', { planId: 'plan a', seq: 1, entry: { id: 'tie, sorted by key' } }],
  ['plan a', 'plan%20a/', { anchor: { length: 2, head: 'abc' } }],
  ['plan a', 'plan%20a/bad-seq', { planId: 'plan a', seq: '3', entry: { id: 'seq is text: not in the index' } }],
  ['plan a', 'plan%20a/nan', { planId: 'plan a', seq: Number.NaN, entry: { id: 'NaN: not a key' } }],
  ['plan a', 'plan%20a/bare', { id: 'no wrapper: not in the index' }],
  ['plan/b', 'plan%2Fb/x', { planId: 'plan/b', seq: 5, entry: 'not an entry object' }],
  ['plan/b', 'plan%2Fb/', { anchor: { length: 'one', head: null } }],
  ['other', 'other/y', { planId: 'other', seq: 0, entry: { id: 'a plan not asked for' } }],
];

describe('readDecisionLogs', () => {
  it.each([
    ['plans with entries, ties, odd records and anchors', ['plan a', 'plan/b']],
    ['a plan with nothing stored', ['empty']],
    ['no plans', []],
  ])('gives for %s exactly what the per-plan reads give', async (_name, planIds) => {
    const db = await openDatabase(`decision-logs-${++databases}`, 1, ensureDecisionStore);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['decisions'], 'readwrite');
      for (const [, key, value] of records) tx.objectStore('decisions').put(value, key);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    });
    const batch = await readDecisionLogs(db, planIds);
    expect([...batch.keys()]).toEqual(planIds);
    for (const planId of planIds) {
      expect(batch.get(planId)).toEqual({ values: await readDecisions(db, planId), anchor: await readDecisionAnchor(db, planId) });
    }
    if (planIds.includes('plan a')) {
      expect(batch.get('plan a')?.values).toEqual([{ id: 'e1' }, { id: 'tie, sorted by key' }, { id: 'e2' }]);
      expect(batch.get('plan a')?.anchor).toEqual({ length: 2, head: 'abc' });
    }
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalJson, utf8Bytes } from '../../../shared/canonical-json';
import { advance, chainEntry, chainSummary, checkChain, readAnchor, withFoundEarlier, type ChainAnchor, type StoredRecord } from '../../../shared/decisions/chain';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { makeDecision } from '../decision-fixture';

const PLAN = 'plan-1';

/** A log of `n` entries as the service appends them, and the anchor it keeps. */
function chainedLog(n: number, before: readonly DecisionEntry[] = []): { entries: DecisionEntry[]; anchor: ChainAnchor } {
  let anchor: ChainAnchor = { length: 0, head: null };
  const entries: DecisionEntry[] = [];
  for (const legacy of before) {
    entries.push(legacy);
    anchor = checkChain(entries.map((entry) => ({ entry })), null);
  }
  for (let i = 0; i < n; i += 1) {
    const entry = chainEntry(makeDecision(PLAN, { rationale: `Entry number ${entries.length + 1}` }), anchor);
    entries.push(entry);
    anchor = advance(anchor, entry);
  }
  return { entries, anchor };
}

const records = (entries: readonly DecisionEntry[]): StoredRecord[] => entries.map((entry) => ({ entry }));
const at = <T>(list: readonly T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
};

describe('canonical JSON', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: undefined, y: { d: 2, c: 1 } }, '{"y":{"c":1,"d":2}}'],
    ['é\n', '"é\\n"'],
    [1.5e-7, '1.5e-7'],
  ])('writes %j as %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('refuses numbers JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/not finite/);
  });

  it.each(['plain', 'é', '€', '😀', '\ud800'])('encodes %s as UTF-8 the way TextEncoder does', (text) => {
    expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
  });
});

describe('the hash chain', () => {
  it('finds nothing wrong with a log as appended, and gives its length and head', () => {
    const { entries, anchor } = chainedLog(5);
    const check = checkChain(records(entries), anchor);
    expect(check).toMatchObject({ length: 5, head: anchor.head, beforeChaining: 0, breaks: [] });
    expect(check.head).toMatch(/^[0-9a-f]{64}$/);
    expect(chainSummary(check)).toBe('The decision log is intact: 5 entries.');
  });

  type Tamper = (entries: DecisionEntry[]) => DecisionEntry[];
  const edit = (index: number, change: Partial<DecisionEntry>): Tamper => (entries) => entries.map((e, i) => (i === index ? { ...e, ...change } : e));

  it.each<[string, Tamper, string, number, RegExp]>([
    ['a hold edited into a proceed', edit(1, { rationale: 'Changed later' }), 'edited', 2, /Entry 2 was edited/],
    ['the last entry edited', edit(4, { author: 'Someone else' }), 'edited', 5, /Entry 5 was edited/],
    ['an entry deleted', (e) => e.filter((_, i) => i !== 2), 'removed', 3, /1 entry was removed before entry 3/],
    ['two entries deleted from the start', (e) => e.slice(2), 'removed', 1, /2 entries were removed before entry 1/],
    ['two entries swapped', (e) => [at(e, 0), at(e, 2), at(e, 1), at(e, 3), at(e, 4)], 'reordered', 2, /Entry 2 was moved: it was recorded as entry 3/],
    ['an entry copied in again', (e) => [...e.slice(0, 3), at(e, 1), ...e.slice(3)], 'inserted', 4, /another entry already holds place 2/],
    ['a forged entry without a place in the chain', (e) => [...e.slice(0, 3), makeDecision(PLAN), ...e.slice(3)], 'inserted', 4, /no place in the chain/],
    ['the last two entries cut off', (e) => e.slice(0, 3), 'truncated', 4, /the last 2 entries are missing/],
    ['the file emptied', () => [], 'emptied', 1, /emptied: it held 5 entries/],
  ])('%s is found and named', (_name, tamper, kind, position, message) => {
    const { entries, anchor } = chainedLog(5);
    const check = checkChain(records(tamper(entries)), anchor);
    expect(check.breaks[0]).toMatchObject({ kind, position });
    expect(check.breaks[0]?.message).toMatch(message);
    expect(chainSummary(check)).toMatch(/^The decision log was changed outside the app\./);
  });

  /** The entries re-chained from the first, as someone hiding a change would. */
  const rechain = (entries: readonly DecisionEntry[]): DecisionEntry[] => {
    let anchor: ChainAnchor = { length: 0, head: null };
    return entries.map(({ seq: _seq, prev: _prev, ...entry }) => {
      const next = chainEntry(entry, anchor);
      anchor = advance(anchor, next);
      return next;
    });
  };
  const added = (n: number) => Array.from({ length: n }, (_, i) => makeDecision(PLAN, { rationale: `Added ${i + 1}` }));

  it.each<[string, Tamper, string[]]>([
    ['one entry added past the anchor by hand, chained', (e) => rechain([...e, ...added(1)]), ['added@6']],
    ['three entries added past the anchor by hand, chained', (e) => rechain([...e, ...added(3)]), ['added@6']],
    ['entry 2 edited and the rest re-chained', (e) => rechain(edit(1, { rationale: 'Forged' })(e)), ['edited@5']],
    ['entry 2 edited, the rest re-chained and one added', (e) => rechain([...edit(1, { rationale: 'Forged' })(e), ...added(1)]), ['edited@5']],
    ['entry 2 edited, the rest re-chained and three added', (e) => rechain([...edit(1, { rationale: 'Forged' })(e), ...added(3)]), ['edited@5']],
    ['entry 2 removed, the rest re-chained and two added', (e) => rechain([...e.filter((_, i) => i !== 1), ...added(2)]), ['edited@5']],
    ['one added past the anchor without a place in the chain', (e) => [...e, makeDecision(PLAN)], ['inserted@6']],
  ])('checks the whole chain against the anchor when the log is as long or longer: %s', (_name, tamper, found) => {
    const { entries, anchor } = chainedLog(5);
    const check = checkChain(records(tamper(entries)), anchor);
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(found);
    if (found[0] === 'edited@5') expect(check.breaks[0]?.message).toMatch(/^Entry 5 was edited after it was recorded, or an entry before it was and the entries after that were re-chained to hide it/);
  });

  it('names entries added past the anchor by hand, with how many the app recorded', () => {
    const { entries, anchor } = chainedLog(5);
    const check = checkChain(records(rechain([...entries, ...added(2)])), anchor);
    expect(check.breaks[0]?.message).toBe('2 entries were added after entry 5 outside the app: the app recorded 5 entries.');
  });

  it.each<[string, (anchor: ChainAnchor, after: ChainAnchor) => ChainAnchor['pending'], string[]]>([
    ['the append the anchor records as under way (a crash before the anchor caught up)', (a, after) => ({ from: a.length, length: after.length, head: after.head }), []],
    ['an append under way from another place', (a, after) => ({ from: a.length + 1, length: after.length, head: after.head }), ['added@6']],
    ['an append under way to another end', (a, after) => ({ from: a.length, length: after.length, head: 'f'.repeat(64) }), ['added@6']],
  ])('entries past the anchor that are %s', (_name, pending, found) => {
    const { entries, anchor } = chainedLog(5);
    const longer = rechain([...entries, ...added(2)]);
    const after = checkChain(records(longer), null);
    const check = checkChain(records(longer), { ...anchor, pending: pending(anchor, { length: after.length, head: after.head }) });
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(found);
  });

  it('keeps the breaks found before the last append: a log cut short stays reported after the next entry', () => {
    const { entries, anchor } = chainedLog(5);
    const cut = checkChain(records(entries.slice(0, 3)), anchor);
    expect(cut.breaks.map((b) => b.kind)).toEqual(['truncated']);
    const next = chainEntry(makeDecision(PLAN), { length: 3, head: cut.head });
    const moved = { ...advance({ length: 3, head: cut.head }, next), found: cut.breaks };
    const later = withFoundEarlier(checkChain(records([...entries.slice(0, 3), next]), moved), moved);
    expect(later.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['truncated@4']);
    expect(readAnchor(JSON.parse(JSON.stringify(moved)))).toEqual(moved);
  });

  it('reports one edit once, not as a break of everything after it', () => {
    const { entries, anchor } = chainedLog(6);
    const check = checkChain(records(edit(1, { rationale: 'x' })(entries)), anchor);
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['edited@2']);
  });

  it('marks a damaged line as unreadable and checks the rest', () => {
    const { entries, anchor } = chainedLog(4);
    const stored: StoredRecord[] = [{ entry: at(entries, 0) }, { unreadable: 'it is not valid JSON' }, { entry: at(entries, 2) }, { entry: at(entries, 3) }];
    expect(checkChain(stored, anchor).breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['unreadable@2']);
  });

  describe('a log recorded before chaining', () => {
    const legacy = [1, 2, 3].map((n) => makeDecision(PLAN, { rationale: `Legacy ${n}` }));

    it('is counted as recorded before chaining, and new entries chain from it', () => {
      const { entries, anchor } = chainedLog(2, legacy);
      const check = checkChain(records(entries), anchor);
      expect(check).toMatchObject({ length: 5, beforeChaining: 3, breaks: [] });
      expect(chainSummary(check)).toBe('The decision log is intact: 5 entries (3 entries were recorded before chaining).');
    });

    it('is vouched for from the first chained entry on: an edit after that is found', () => {
      const { entries, anchor } = chainedLog(2, legacy);
      const check = checkChain(records(edit(0, { rationale: 'Rewritten' })(entries)), anchor);
      expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['edited@3']);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { advance, chainEntry, type ChainAnchor } from '../../../shared/decisions/chain';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { migratePlan } from '../../../shared/model/migrate';
import { createPlan } from '../../../shared/model/plan-factory';
import { readPlanFile, serialisePlanFile } from '../../../shared/model/plan-file';
import type { Plan } from '../../../shared/model/schema';
import { FIXED_NOW } from '../plan-fixture';
import { makeDecision } from '../decision-fixture';
import { importRecord } from '../decisions/fixtures';
import { storedRows } from '../rows-fixture';

const base = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });

describe('names that are object prototype names', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf'])('an import with the id “%s” is exported and read back with its rows', (id) => {
    const plan = { ...base, imports: [importRecord({ id, fileName: 'usage.csv' }), importRecord({ id: 'without-rows', fileName: 'b.csv' })] };
    const rows = storedRows('usage', 20);
    const text = serialisePlanFile(plan, FIXED_NOW, { importData: { [id]: { rows, rejected: null } }, decisions: [] });
    const read = readPlanFile(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.evidence.importData[id]).toEqual({ rows, rejected: null });
    expect(Object.hasOwn(read.value.evidence.importData, 'without-rows')).toBe(false);
  });

  it('an import whose id is a prototype name but that has no stored rows exports without them', () => {
    const plan = { ...base, imports: [importRecord({ id: 'constructor', fileName: 'usage.csv' })] };
    const text = serialisePlanFile(plan, FIXED_NOW, { importData: {}, decisions: [] });
    expect((JSON.parse(text) as { importData: object }).importData).toEqual({});
  });
});

function chained(planId: string, entries: DecisionEntry[]): DecisionEntry[] {
  let anchor: ChainAnchor = { length: 0, head: null };
  return entries.map((entry) => {
    const next = chainEntry(entry, anchor);
    anchor = advance(anchor, next);
    return next;
  });
}

describe('a plan file is verified before anything is written', () => {
  const withStages = (change: (plan: Plan) => Plan) => serialisePlanFile(change(base), FIXED_NOW, { importData: {}, decisions: [] });
  const [firstArea] = base.checklist.areas;
  const [firstItem] = base.checklist.items;
  const [firstStage] = base.stages;

  it.each<[string, string, RegExp]>([
    ['two stages with one id', withStages((p) => ({ ...p, stages: [...p.stages, { ...firstStage!, name: 'Copy' }] })), /Two stages share the id/],
    ['two checklist items with one id', withStages((p) => ({ ...p, checklist: { ...p.checklist, items: [...p.checklist.items, firstItem!] } })), /Two checklist items share the id/],
    ['two areas with one id', withStages((p) => ({ ...p, checklist: { ...p.checklist, areas: [...p.checklist.areas, firstArea!] } })), /Two checklist areas share the id/],
    [
      'an item in an area that does not exist',
      withStages((p) => ({ ...p, checklist: { ...p.checklist, items: [{ ...firstItem!, id: 'orphan', areaId: 'nowhere' }, ...p.checklist.items] } })),
      /belongs to an area \(“nowhere”\) that the plan does not have/,
    ],
  ])('refuses %s, saying which', (_name, text, detail) => {
    const read = readPlanFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.message).toMatch(/does not hold together/);
      expect(read.error.details?.join(' ')).toMatch(detail);
    }
  });

  it.each<[string, (entries: DecisionEntry[]) => DecisionEntry[], RegExp]>([
    ['a decision edited after it was recorded', (e) => e.map((x, i) => (i === 0 ? { ...x, rationale: 'Forged' } : x)), /Entry 1 was edited/],
    ['a decision removed', (e) => e.slice(1), /removed before entry 1/],
    ['decisions reordered', (e) => [e[1]!, e[0]!, e[2]!], /was moved/],
  ])('refuses a decision log with %s, naming the break', (_name, tamper, message) => {
    const decisions = tamper(chained(base.id, [1, 2, 3].map((n) => makeDecision(base.id, { rationale: `Decision ${n}` }))));
    const read = readPlanFile(serialisePlanFile(base, FIXED_NOW, { importData: {}, decisions }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(message);
  });

  /** Re-chains entries from the first on, as someone hiding an edit would (the file's recorded anchor is left as it was). */
  const rechained = (entries: DecisionEntry[]) => chained(base.id, entries.map(({ seq: _seq, prev: _prev, ...entry }) => entry));
  const more = (n: number) => Array.from({ length: n }, (_, i) => makeDecision(base.id, { rationale: `Added later ${i + 1}` }));

  it.each<[string, (entries: DecisionEntry[]) => DecisionEntry[], RegExp]>([
    ['one decision appended after the file was made, chained', (e) => rechained([...e, ...more(1)]), /holds 1 entry more than the file records \(from decision 4 on\)/],
    ['three decisions appended, chained', (e) => rechained([...e, ...more(3)]), /holds 3 entries more than the file records \(from decision 4 on\)/],
    [
      'a decision edited, every later one re-chained and two appended',
      (e) => rechained([...e.map((x, i) => (i === 1 ? { ...x, rationale: 'Forged' } : x)), ...more(2)]),
      /Entry 3 was edited after it was recorded, or an entry before it was and the entries after that were re-chained to hide it \(2 entries were added after it since\)/,
    ],
    [
      'a decision edited and every later one re-chained, nothing appended',
      (e) => rechained(e.map((x, i) => (i === 0 ? { ...x, rationale: 'Forged' } : x))),
      /Entry 3 was edited after it was recorded, or an entry before it was/,
    ],
  ])('refuses a file whose log was changed after the file was made: %s', (_name, tamper, message) => {
    const decisions = chained(base.id, [1, 2, 3].map((n) => makeDecision(base.id, { rationale: `Decision ${n}` })));
    const file = JSON.parse(serialisePlanFile(base, FIXED_NOW, { importData: {}, decisions })) as { decisions: DecisionEntry[] };
    const read = readPlanFile(JSON.stringify({ ...file, decisions: tamper(file.decisions) }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(message);
  });

  it('migrates plans only when their schema version is a known whole number', () => {
    const { schemaVersion: _omitted, ...unversioned } = base;
    expect(migratePlan(unversioned).ok).toBe(true);
    expect(migratePlan({ ...base, schemaVersion: 'banana' }).ok).toBe(false);
  });
});

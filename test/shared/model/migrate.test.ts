import { describe, expect, it } from 'vitest';
import { migratePlan } from '../../../shared/model/migrate';
import { createPlan } from '../../../shared/model/plan-factory';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model/schema';
import { FIXED_NOW } from '../plan-fixture';

/** A plan as the first preview builds wrote it: no schema version and fewer fields. */
function versionZeroPlan(): Record<string, unknown> {
  const { schemaVersion: _v, revision: _r, archived: _a, scoreHistory: _s, editingShareLimit: _e, ...rest } = createPlan({
    name: 'Old plan',
    templateId: 'team-workflow-pilot',
    now: FIXED_NOW,
  });
  return rest;
}

describe('migratePlan', () => {
  it('upgrades an unversioned plan, filling what it lacked', () => {
    const result = migratePlan(versionZeroPlan());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.plan).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      name: 'Old plan',
      revision: 1,
      archived: false,
      scoreHistory: [],
      editingShareLimit: 15,
    });
    expect(result.plan.stages).toHaveLength(3);
  });

  it('upgrades a schema-1 plan to the current schema: its criteria keep comparing with fixed numbers', () => {
    const plan = createPlan({ name: 'Before baselines', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const stored = { ...structuredClone(plan), schemaVersion: 1 };
    const result = migratePlan(stored);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan.stages.flatMap((s) => s.criteria).every((c) => (c.baseline ?? null) === null)).toBe(true);
    expect(result.plan.stages).toEqual(plan.stages);
  });

  it('upgrades a schema-2 plan to schema 3: minutes by hand unknown, baselines kept as they were', () => {
    const plan = createPlan({ name: 'With baselines', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const { manualMinutesPerTask: _m, ...withoutMinutes } = structuredClone(plan);
    const first = withoutMinutes.stages[0]?.criteria[0];
    if (first === undefined) throw new Error('template without criteria');
    first.baseline = { kind: 'control_group', group: 'Control' };
    const stored = { ...withoutMinutes, schemaVersion: 2 };
    const result = migratePlan(stored);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.plan.schemaVersion).toBe(3);
    expect(result.plan.manualMinutesPerTask).toBeNull();
    expect(result.plan.stages[0]?.criteria[0]?.baseline).toEqual({ kind: 'control_group', group: 'Control' });
    expect(result.plan.stages.slice(1)).toEqual(plan.stages.slice(1));
  });

  it('loads a baseline period in a current plan and keeps it through the schema-2 step', () => {
    const plan = createPlan({ name: 'Forged', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const stored = structuredClone(plan);
    const first = stored.stages[0]?.criteria[0];
    if (first === undefined) throw new Error('template without criteria');
    first.baseline = { kind: 'period', from: '2026-01-05', to: '2026-02-01' };
    expect(migratePlan(stored).ok).toBe(true);
    // The step from schema 2 rewrites nothing it does not add.
    const result = migratePlan({ ...stored, schemaVersion: 2 });
    expect(result.ok && result.plan.stages[0]?.criteria[0]?.baseline).toEqual({ kind: 'period', from: '2026-01-05', to: '2026-02-01' });
  });

  it.each([
    ['a control group without a name', { kind: 'control_group', group: '  ' }],
    ['an unknown baseline kind', { kind: 'last_year' }],
    ['a period that ends before it starts', { kind: 'period', from: '2026-02-01', to: '2026-01-05' }],
    ['a period without an end', { kind: 'period', from: '2026-02-01' }],
    ['a period with a date that is not one', { kind: 'period', from: '2026-02-30', to: '2026-03-05' }],
  ])('refuses a criterion with %s', (_label, baseline) => {
    const plan = createPlan({ name: 'Bad baseline', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const stored = structuredClone(plan) as unknown as { stages: { criteria: Record<string, unknown>[] }[] };
    const first = stored.stages[0]?.criteria[0];
    if (first === undefined) throw new Error('template without criteria');
    first['baseline'] = baseline;
    expect(migratePlan(stored).ok).toBe(false);
  });

  it('passes a current plan through unchanged', () => {
    const plan = createPlan({ name: 'Now', templateId: null, now: FIXED_NOW });
    const result = migratePlan(structuredClone(plan));
    expect(result).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it('loads a version-1 plan saved before stages had an enrolment source or group enrolment', () => {
    const plan = createPlan({ name: 'Saved last month', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const stored = structuredClone(plan) as unknown as { stages: Record<string, unknown>[] };
    for (const stage of stored.stages) {
      delete stage['enrolmentSource'];
      delete stage['enrolledByGroup'];
    }
    expect(stored.stages[0]).not.toHaveProperty('enrolmentSource');

    const result = migratePlan(stored);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Still schema 1, not a migration: the fields are filled by their defaults.
    expect(result.migratedFrom).toBeNull();
    expect(result.plan.stages.map((s) => [s.enrolmentSource, s.enrolledByGroup])).toEqual([
      ['', {}],
      ['', {}],
      ['', {}],
    ]);
    expect(result.plan).toEqual(plan);
  });

  it('keeps a stage’s enrolment source and group enrolment', () => {
    const plan = createPlan({ name: 'Roster', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const [first, ...rest] = plan.stages;
    if (!first) throw new Error('template has no stages');
    const withRoster = {
      ...plan,
      stages: [{ ...first, enrolledUsers: 3, enrolmentSource: 'roster.csv — 3 users in 2 groups, loaded 2026-11-22', enrolledByGroup: { A: 2, B: 1 } }, ...rest],
    };
    const result = migratePlan(structuredClone(withRoster));
    expect(result).toEqual({ ok: true, plan: withRoster, migratedFrom: null });
  });

  it.each([
    ['a negative group enrolment', { enrolledByGroup: { A: -1 } }],
    ['an empty group name', { enrolledByGroup: { '': 2 } }],
    ['a source longer than 500 characters', { enrolmentSource: 'x'.repeat(501) }],
  ])('refuses a stage with %s', (_name, patch) => {
    const plan = createPlan({ name: 'Bad roster', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const stages = plan.stages.map((s, i) => (i === 0 ? { ...s, ...patch } : s));
    expect(migratePlan({ ...plan, stages }).ok).toBe(false);
  });

  it('fills the new stage fields in an unversioned plan too', () => {
    const old = versionZeroPlan() as { stages: Record<string, unknown>[] };
    for (const stage of old.stages) delete stage['enrolmentSource'];
    const result = migratePlan(old);
    expect(result.ok && result.plan.stages.every((s) => s.enrolmentSource === '')).toBe(true);
  });

  it.each([
    ['a newer version', { schemaVersion: PLAN_SCHEMA_VERSION + 1 }, 'newer_version', /newer version/],
    ['not an object', [1, 2], 'invalid', /does not contain a plan/],
    ['a negative version', { schemaVersion: -1 }, 'invalid', /schema version \(-1\) is not one this app knows/],
    ['a version that is a word', { schemaVersion: 'banana' }, 'invalid', /schema version \("banana"\) is not one this app knows: it must be a whole number/],
    ['a version written as text', { schemaVersion: '2' }, 'invalid', /schema version \("2"\) is not one/],
    ['a version that is null', { schemaVersion: null }, 'invalid', /schema version \(null\) is not one/],
    ['a fractional version', { schemaVersion: 0.5 }, 'invalid', /schema version \(0.5\) is not one/],
  ] as const)('refuses %s', (_name, input, reason, message) => {
    const result = migratePlan(input);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('explains schema problems with their path', () => {
    const plan = createPlan({ name: 'Bad', templateId: null, now: FIXED_NOW });
    const item = plan.checklist.items[0];
    if (!item) throw new Error('catalogue is empty');
    const broken = { ...plan, checklist: { ...plan.checklist, items: [{ ...item, status: 'not_applicable' }] } };
    const result = migratePlan(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.details.join('\n')).toMatch(/checklist\.items\.0\.statusReason: .*without a written reason/);
  });
});

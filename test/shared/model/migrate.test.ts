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

  it('passes a current plan through unchanged', () => {
    const plan = createPlan({ name: 'Now', templateId: null, now: FIXED_NOW });
    const result = migratePlan(structuredClone(plan));
    expect(result).toEqual({ ok: true, plan, migratedFrom: null });
  });

  it.each([
    ['a newer version', { schemaVersion: PLAN_SCHEMA_VERSION + 1 }, 'newer_version', /newer version/],
    ['not an object', [1, 2], 'invalid', /does not contain a plan/],
    ['a negative version', { schemaVersion: -1 }, 'invalid', /Unknown plan schema version/],
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

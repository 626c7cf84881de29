import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlan } from '../../../shared/model/plan-factory';
import { asImportedCopy, parsePlanFile, planFileName, serialisePlanFile } from '../../../shared/model/plan-file';
import { FIXED_NOW } from '../plan-fixture';

describe('plan files', () => {
  const plan = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });

  it('round-trips a plan through export and import', () => {
    expect(parsePlanFile(serialisePlanFile(plan, FIXED_NOW))).toEqual({ ok: true, value: plan });
  });

  it('round-trips any plan name and evidence text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && s.length <= 200), fc.string(), (name, evidence) => {
        const items = plan.checklist.items.map((i, n) => (n === 0 ? { ...i, evidence } : i));
        const edited = { ...plan, name: name.trim(), checklist: { ...plan.checklist, items } };
        const parsed = parsePlanFile(serialisePlanFile(edited, FIXED_NOW));
        expect(parsed).toEqual({ ok: true, value: edited });
      }),
      { numRuns: 50 },
    );
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parsePlanFile(`\uFEFF${serialisePlanFile(plan, FIXED_NOW)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['JSON of another app', '{"name":"x"}', /format/],
    ['a plan that fails its schema', JSON.stringify({ format: 'rollout-readiness-plan', exportedAt: '', plan: { schemaVersion: 1 } }), /expected format/],
  ])('refuses %s with a plain message', (_name, text, message) => {
    const result = parsePlanFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('makes an imported copy with a new id and a marked name', () => {
    const copy = asImportedCopy(plan, new Date('2026-12-01T00:00:00Z'));
    expect(copy.id).not.toBe(plan.id);
    expect(copy.name).toBe('Claims assistant (imported copy)');
  });

  it.each([
    ['Claims assistant', 'Claims-assistant.rollout.json'],
    ['../../etc/passwd', 'etcpasswd.rollout.json'],
    ['   ', 'plan.rollout.json'],
  ])('names the export file safely: %s', (name, expected) => {
    expect(planFileName({ ...plan, name })).toBe(expected);
  });
});

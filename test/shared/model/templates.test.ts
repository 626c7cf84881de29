import { describe, expect, it } from 'vitest';
import { createPlan, duplicatePlan } from '../../../shared/model/plan-factory';
import { planSchema } from '../../../shared/model/schema';
import { planTemplates, templateIds } from '../../../shared/model/templates';
import { neverAppliesText } from '../../../shared/gates/reachability';
import { FIXED_NOW } from '../plan-fixture';

describe('plan templates', () => {
  it.each(planTemplates.map((t) => [t.id, t] as const))('%s builds a valid plan', (id) => {
    const plan = createPlan({ name: '', templateId: id, now: FIXED_NOW });
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.templateId).toBe(id);
  });

  it('team workflow pilot: three stages, adoption ≥ 50% at week 4 and 80% under the editing limit', () => {
    const plan = createPlan({ name: 'Pilot', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    expect(plan.stages.map((s) => s.name)).toEqual(['Internal pilot', 'Expanded pilot', 'Full rollout']);
    const [first] = plan.stages;
    expect(first?.criteria.map((c) => [c.metric, c.comparator, c.threshold, c.judgedAt])).toEqual([
      ['adoption_rate', '>=', 50, { kind: 'week', week: 4 }],
      ['editing_under_limit_share', '>=', 80, { kind: 'stage_end' }],
    ]);
    expect(first?.triggers.map((t) => [t.metric, t.comparator, t.threshold, t.persistence])).toEqual([
      ['editing_under_limit_share', '<', 80, { kind: 'more_than_weeks', weeks: 2 }],
    ]);
    // "After 90 days" only where 90 days can pass: the open-ended full rollout.
    expect(plan.stages[2]?.triggers.map((t) => [t.metric, t.persistence])).toEqual([
      ['editing_under_limit_share', { kind: 'more_than_weeks', weeks: 2 }],
      ['adoption_rate', { kind: 'after_days', days: 90 }],
    ]);
    expect(plan.editingShareLimit).toBe(15);
  });

  it('percentage rollout: 5 → 20 → 50 → 100% of traffic, one week each', () => {
    const plan = createPlan({ name: 'Traffic', templateId: 'percentage-traffic', now: FIXED_NOW });
    expect(plan.stages.map((s) => (s.audience.kind === 'traffic' ? s.audience.percent : null))).toEqual([5, 20, 50, 100]);
    expect(plan.stages.every((s) => s.durationWeeks === 1)).toBe(true);
    expect(plan.stages[0]?.criteria.find((c) => c.metric === 'error_rate')).toMatchObject({ comparator: '<', threshold: 2 });
  });

  it('shadow then human review: approval above 95% before review is removed', () => {
    const plan = createPlan({ name: 'Shadow', templateId: 'shadow-then-hitl', now: FIXED_NOW });
    expect(plan.stages.map((s) => s.pattern)).toEqual(['shadow', 'human_in_the_loop', 'percentage']);
    // Shadow mode is judged on the shadow comparison itself: AI outputs against the person's on the same cases.
    expect(plan.stages[0]?.criteria[0]).toMatchObject({ metric: 'agreement_rate', comparator: '>=', threshold: 90, minSample: 200 });
    expect(plan.stages[1]?.criteria[0]).toMatchObject({ metric: 'approval_rate', comparator: '>', threshold: 95 });
  });

  it('an empty plan has the checklist and default thresholds but no stages', () => {
    const plan = createPlan({ name: '  My plan ', templateId: null, now: FIXED_NOW });
    expect(plan.name).toBe('My plan');
    expect(plan.stages).toEqual([]);
    expect(plan.thresholds).toHaveLength(6);
    expect(plan.checklist.items.length).toBeGreaterThan(30);
  });

  it('duplicating gives a new id and name and leaves the original untouched', () => {
    const plan = createPlan({ name: 'Original', templateId: 'team-workflow-pilot', now: FIXED_NOW });
    const copy = duplicatePlan({ ...plan, archived: true, revision: 7 }, new Date('2026-12-01T00:00:00Z'));
    expect(copy.id).not.toBe(plan.id);
    expect(copy).toMatchObject({ name: 'Original (copy)', archived: false, revision: 1 });
    expect(copy.stages).toEqual(plan.stages);
    expect(copy.stages).not.toBe(plan.stages);
  });

  it.each(templateIds)('%s: every criterion and trigger can apply within its stage', (templateId) => {
    const plan = createPlan({ name: 'T', templateId, now: FIXED_NOW });
    const never = plan.stages.flatMap((stage) => [
      ...stage.criteria.map((c) => neverAppliesText(c, stage, 'criterion')),
      ...stage.triggers.map((t) => neverAppliesText(t, stage, 'trigger')),
    ]);
    expect(never.filter((text) => text !== null)).toEqual([]);
  });
});

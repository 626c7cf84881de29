import { describe, expect, it } from 'vitest';
import { buildSamplePlan } from '../../../shared/model/sample-plan';
import { planSchema } from '../../../shared/model/schema';
import { FIXED_NOW } from '../plan-fixture';

describe('the sample plan', () => {
  const plan = buildSamplePlan(FIXED_NOW);

  it('is a valid plan with a confirmed tier and a described system', () => {
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.riskTier).toBe('medium');
    expect(plan.system.owner).not.toBe('');
  });

  it('has the stage dates and enrolment the bundled files were written for (samples/README.md)', () => {
    expect(plan.stages.map((s) => [s.name, s.plannedStart, s.enrolledUsers])).toEqual([
      ['Internal pilot', '2026-09-07', 5],
      ['Expanded pilot', '2026-10-05', 15],
      ['Full rollout', '2026-11-02', null],
    ]);
  });

  it('shows progress: some checklist items done, each with an owner and evidence', () => {
    const done = plan.checklist.items.filter((i) => i.status === 'done');
    expect(done).toHaveLength(9);
    expect(done.every((i) => i.owner !== '' && i.evidence !== '')).toBe(true);
  });
});

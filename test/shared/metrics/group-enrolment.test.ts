import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { stage, usage } from './fixtures';

const limit15 = { editingShareLimit: 15 };
// Week 1 of the stage is 2026-09-07..13.
const rows = usage([
  { date: '2026-09-08', user: 'u1', group: 'Support' },
  { date: '2026-09-09', user: 'u2', group: 'Support' },
  { date: '2026-09-08', user: 'u3', group: 'Legal' },
  { date: '2026-09-08', user: 'u4', group: 'constructor' },
]);

function groupsWith(enrolledByGroup: Record<string, number> | undefined) {
  const input = { ...stage('Internal pilot', '2026-09-07', 4, 10), ...(enrolledByGroup ? { enrolledByGroup } : {}) };
  const metrics = computeMetrics({ u: rows }, [input], limit15);
  const only = metrics.stages[0];
  if (!only) throw new Error('no stage');
  return { metrics, groups: new Map(only.groups.map((g) => [g.group, g])), stageId: input.id };
}

describe('adoption per group with a roster enrolment', () => {
  it('divides each group’s active users by the users the roster enrols in it', () => {
    const { groups } = groupsWith({ Support: 4, Legal: 2 });
    expect(groups.get('Support')?.total.adoption).toEqual({
      rows: 2,
      covered: true,
      activeUsers: 2,
      enrolledUsers: 4,
      rate: { successes: 2, trials: 4, percent: 50 },
      gap: null,
    });
    expect(groups.get('Legal')?.weeks[0]?.adoption?.rate).toEqual({ successes: 1, trials: 2, percent: 50 });
  });

  it.each([
    ['no roster groups at all', undefined],
    ['a roster without this group', { Support: 4 }],
  ])('leaves a group without a denominator with %s, and says why', (_name, byGroup) => {
    const { groups, metrics, stageId } = groupsWith(byGroup);
    expect(groups.get('Legal')?.total.adoption).toMatchObject({ activeUsers: 1, enrolledUsers: null, rate: null, gap: 'group enrolment unknown' });
    const observed = observationLookup(metrics)(stageId, 'adoption_rate');
    if (observed.status !== 'available') throw new Error('adoption should be available');
    expect(observed.groups.get('Legal')?.whole?.whyNoValue).toMatch(/roster file with a group column/);
  });

  it('finds no enrolment for a group named like an Object property', () => {
    const { groups } = groupsWith({ Support: 4 });
    expect(groups.get('constructor')?.total.adoption?.gap).toBe('group enrolment unknown');
  });

  it('warns when a group has more active users than the roster enrols in it', () => {
    const { metrics } = groupsWith({ Support: 1, Legal: 2 });
    expect(metrics.warnings.map((w) => w.message)).toContain(
      'More users were active in the group “Support” of “Internal pilot” (2) than the roster enrols in it (1); check the roster or the user ids.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { baselinePlan } from '../../../shared/gates/baseline-planning';
import type { Baseline } from '../../../shared/model/schema';
import { criterion } from './fixtures';

const previous: Baseline = { kind: 'previous_stage' };

describe('baselinePlan: users (outputs, ratings) per side a margin needs', () => {
  // Reference: the smallest n found by counting up in Python, independently of this code —
  // shares: Newcombe's half-width at equal rates, 100·√((p − l)² + (u − p)²) with Wilson ends and
  // scipy's norm.ppf(0.975); means: scipy's t.ppf(0.975, 2n − 2) · sd · √(2/n).
  it.each([
    ['error rate 2%, within +0.5 points', 'error_rate', '<=', 0.5, 2, 6109],
    ['approval 50%, not 5 points below', 'approval_rate', '>=', -5, 50, 765],
    ['adoption 80%, not 10 points below', 'adoption_rate', '>=', -10, 80, 124],
    ['satisfaction, spread 1, not 0.2 below', 'mean_satisfaction', '>=', -0.2, 1, 194],
    ['satisfaction, spread 1, not 0.5 below', 'mean_satisfaction', '>=', -0.5, 1, 32],
    ['editing share, spread 15, not 5 points above', 'mean_editing_share', '<=', 5, 15, 71],
  ] as const)('%s → %d per side', (_label, metric, comparator, threshold, assumed, perSide) => {
    const plan = baselinePlan(criterion({ metric, comparator, threshold, baseline: previous }), assumed);
    expect(plan?.perSide).toBe(perSide);
  });

  it('says it in words, naming both sides and the assumption', () => {
    const plan = baselinePlan(criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: previous }));
    expect(plan?.sentence).toBe(
      'For the difference from the previous stage to be conclusively at least \u22120.2, plan at least 194 ratings in this stage and 194 in the baseline (both sides equal, with a spread (standard deviation) of 1).',
    );
  });

  it('names the period on the baseline side: its rows are the ones dated in it', () => {
    const period: Baseline = { kind: 'period', from: '2026-01-05', to: '2026-02-01' };
    const plan = baselinePlan(criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: -0.2, baseline: period }));
    expect(plan?.perSide).toBe(194);
    expect(plan?.sentence).toMatch(/^For the difference from the period .+ to be conclusively at least \u22120\.2, plan at least 194 ratings in this stage and 194 dated in the period \(/);
  });

  it('says no sample helps when an equal result could never pass', () => {
    const plan = baselinePlan(criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 5, baseline: previous }));
    expect(plan?.perSide).toBeNull();
    expect(plan?.sentence).toMatch(/an equal result can never show that/);
  });

  it.each([
    ['no baseline', criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 })],
    ['a count', criterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0, baseline: previous })],
    ['a median', criterion({ metric: 'median_editing_share', comparator: '<=', threshold: 5, baseline: previous })],
  ])('has nothing to plan for %s', (_label, c) => {
    expect(baselinePlan(c)).toBeNull();
  });
});

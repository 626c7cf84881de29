import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { metricsMatchPlan, metricsOptionsOf } from '../../../shared/metrics/metrics-match';
import { baselinePeriodsOf } from '../../../shared/metrics/period-metrics';
import { createPlan } from '../../../shared/model/plan-factory';
import type { Baseline, Criterion, Plan } from '../../../shared/model/schema';
import { FIXED_NOW } from '../plan-fixture';
import { criterion, stage as gateStage } from '../gates/fixtures';
import { satisfaction } from './fixtures';

/*
 * The weeks before the AI: 2026-02-02 … 2026-02-27. The pilot runs 2026-03-02 for 2 weeks.
 *   period rows: 4 (02-03), 4 (02-10, its stage column says "Pilot": a period is dates, whatever
 *   the stage), 5 (02-17), 3 (02-24) — n 4, Σ 16, Σx² 66, mean 4, s² = (66 − 64)/3 = 2/3.
 *   left out: 1 on 01-30 (before), 1 on 02-28 (after), 1 with a week number only (undated).
 *   pilot rows: 4, 5, 4, 5 — n 4, Σ 18, Σx² 82, mean 4.5, s² = (82 − 81)/3 = 1/3.
 *   Welch: difference +0.5, se = √(1/12 + 2/12) = 0.5,
 *          ν = 0.25² / ((1/12)²/3 + (2/12)²/3) = 5.4, t(0.975, 5.4) = 2.514352 (scipy.stats.t.ppf)
 *          → +0.5 ± 1.257176 = −0.757176 … +1.757176.
 */
const columns = {
  s: satisfaction([
    { date: '2026-01-30', user: 'u1', rating: 1 },
    { date: '2026-02-03', user: 'u1', rating: 4 },
    { date: '2026-02-10', user: 'u2', rating: 4, stage: 'Pilot' },
    { date: '2026-02-17', user: 'u1', rating: 5 },
    { date: '2026-02-24', user: 'u2', rating: 3 },
    { date: '2026-02-28', user: 'u1', rating: 1 },
    { week: 1, user: 'u3', rating: 1 },
    { date: '2026-03-03', user: 'u1', rating: 4 },
    { date: '2026-03-04', user: 'u2', rating: 5 },
    { date: '2026-03-10', user: 'u1', rating: 4 },
    { date: '2026-03-11', user: 'u2', rating: 5 },
  ]),
};

const AFTER = '2026-03-20';

function planWith(c: Criterion): Plan {
  const base = createPlan({ name: 'Period baseline', templateId: null, now: FIXED_NOW });
  return { ...base, stages: [gateStage({ id: 'pilot', name: 'Pilot', plannedStart: '2026-03-02', durationWeeks: 2, criteria: [c] })] };
}

function judged(threshold: number, baseline: Baseline, cols: Record<string, ReturnType<typeof satisfaction>> = columns) {
  const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold, baseline });
  const plan = planWith(c);
  const metrics = computeMetrics(cols, plan.stages, metricsOptionsOf(plan));
  const [evaluation] = evaluatePlan(plan, observationLookup(metrics), AFTER);
  const result = evaluation?.criteria[0];
  if (!result) throw new Error('no result');
  return { result, metrics, plan };
}

const weeksBefore: Baseline = { kind: 'period', from: '2026-02-02', to: '2026-02-27' };

describe('a baseline period: the rows dated in it, whatever their stage', () => {
  it('pools exactly the rows dated in the period', () => {
    const { result } = judged(-0.2, weeksBefore);
    expect(result.evidence?.baseline).toMatchObject({ value: 4, sample: 4 });
    expect(result.evidence).toMatchObject({ value: 4.5, sample: 4 });
    expect(result.evidence?.baseline?.difference?.value).toBeCloseTo(0.5, 10);
    expect(result.evidence?.baseline?.difference?.low).toBeCloseTo(-0.757176, 5);
    expect(result.evidence?.baseline?.difference?.high).toBeCloseTo(1.757176, 5);
  });

  it.each<[number, string]>([
    [-0.2, 'not_enough_data'],
    [-1, 'pass'],
    [2, 'fail'],
  ])('difference ≥ %d → %s', (threshold, status) => {
    expect(judged(threshold, weeksBefore).result.status).toBe(status);
  });

  it('names both sides in the verdict sentence, the period with its dates', () => {
    const reason = judged(-1, weeksBefore).result.reason;
    console.log(reason, '\n', judged(-0.2, { kind: 'period', from: '2025-06-02', to: '2025-06-29' }).result.reason);
    expect(reason).toMatch(/^Mean satisfaction over the stage is 4\.5\/5 \(4 ratings\) against a baseline of 4\/5 \(4 ratings\), the period .*2026/);
    expect(reason).toContain('difference +0.5 (95% interval \u22120.76 to +1.76); the gate allows at least \u22121');
  });

  it('says "cannot measure: no data between …" when the period has no rows', () => {
    const { result } = judged(-0.2, { kind: 'period', from: '2025-06-02', to: '2025-06-29' });
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toMatch(/^No data between .*2025: the baseline period has no rows of this metric\./);
  });

  it.each<[string, string]>([
    ['2026-02-02', '2026-03-02'],
    ['2026-03-10', '2026-03-20'],
  ])('refuses a period %s … %s that shares days with the stage: the same rows would be on both sides', (from, to) => {
    const { result } = judged(-0.2, { kind: 'period', from, to });
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toMatch(/^The baseline period \(.+\) overlaps this stage, which starts on .*2026: the same rows would be on both sides\./);
  });

  it('needs the period figures of the plan as it is: a new period makes the metrics stale', () => {
    const { metrics, plan } = judged(-0.2, weeksBefore);
    expect(metricsMatchPlan(metrics, plan)).toBe(true);
    const moved = planWith(criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 0, baseline: { kind: 'period', from: '2026-02-09', to: '2026-02-27' } }));
    expect(metricsMatchPlan(metrics, moved)).toBe(false);
  });

  it('lists each distinct period once', () => {
    const c = (b: Baseline) => criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 0, baseline: b });
    const plan = planWith(c(weeksBefore));
    const stages = [{ ...plan.stages[0]!, criteria: [c(weeksBefore), c(weeksBefore), c({ kind: 'previous_stage' })] }];
    expect(baselinePeriodsOf({ stages })).toEqual([{ from: '2026-02-02', to: '2026-02-27' }]);
  });
});

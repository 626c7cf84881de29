import { describe, expect, it } from 'vitest';
import { evaluateStage } from '../../../../shared/gates/stage-verdict';
import { computeMetrics } from '../../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../../shared/metrics/gate-observations';
import { compare, compareRatio } from '../../../../shared/thresholds/compare';
import { thresholdStatus } from '../../../../shared/thresholds/threshold-status';
import type { Comparator } from '../../../../shared/model/enums';
import { satisfaction, usage } from '../../metrics/fixtures';
import { criterion, stage } from '../fixtures';

/**
 * Every whole-number threshold 1–99 against s of n exactly on the boundary (100·s = t·n), through
 * the whole pipeline: at a tie, ≥ and ≤ hold and > and < do not — whatever floating point makes
 * of s ÷ n × 100 (29 ÷ 50 × 100 = 57.99999999999999).
 */
const COMPARATORS: readonly Comparator[] = ['>=', '<=', '>', '<'];
const AT_TIE: Record<Comparator, 'pass' | 'fail'> = { '>=': 'pass', '<=': 'pass', '>': 'fail', '<': 'fail' };

function boundaries(maxN: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let t = 1; t <= 99; t++) for (let n = 1; n <= maxN; n++) if ((t * n) % 100 === 0) out.push([t, (t * n) / 100, n]);
  return out;
}

describe('tie sweep: thresholds 1–99 exactly on s of n', () => {
  it('adoption (s of n enrolled users active in week 1), n ≤ 200, gates and triggers', () => {
    const wrong: string[] = [];
    const cases = boundaries(200);
    for (const [t, s, n] of cases) {
      const rows = Array.from({ length: s }, (_, i) => ({ date: '2026-09-08', user: `u${i}` }));
      const rules = COMPARATORS.map((comparator) => criterion({ metric: 'adoption_rate', comparator, threshold: t, judgedAt: { kind: 'week', week: 1 } }));
      const st = stage({ enrolledUsers: n, criteria: rules, triggers: rules });
      const metrics = computeMetrics({ u: usage(rows) }, [st], { editingShareLimit: 15 });
      const result = evaluateStage({ statisticalConfidence: false }, st, observationLookup(metrics), '2026-09-14');
      COMPARATORS.forEach((c, k) => {
        if (result.criteria[k]?.status !== AT_TIE[c]) wrong.push(`${s}/${n} ${c} ${t}: criterion ${result.criteria[k]?.status}`);
        const fired = result.triggers[k]?.status === 'fired';
        if (fired !== (AT_TIE[c] === 'pass')) wrong.push(`${s}/${n} ${c} ${t}: trigger ${result.triggers[k]?.status}`);
      });
    }
    expect(cases.length).toBe(840);
    expect(wrong).toEqual([]);
  }, 120_000);

  it('ratings of 4–5 (s of n ratings over the stage), n ≤ 100', () => {
    const wrong: string[] = [];
    for (const [t, s, n] of boundaries(100)) {
      const rows = Array.from({ length: n }, (_, i) => ({ date: '2026-09-08', user: `u${i}`, rating: i < s ? 5 : 1 }));
      const rules = COMPARATORS.map((comparator) => criterion({ metric: 'satisfaction_top2_share', comparator, threshold: t }));
      const st = stage({ criteria: rules });
      const metrics = computeMetrics({ s: satisfaction(rows) }, [st], { editingShareLimit: 15 });
      const result = evaluateStage({ statisticalConfidence: false }, st, observationLookup(metrics), '2026-10-05');
      COMPARATORS.forEach((c, k) => {
        if (result.criteria[k]?.status !== AT_TIE[c]) wrong.push(`${s}/${n} ${c} ${t}: ${result.criteria[k]?.status}`);
      });
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('ratios and plain values compare alike for every boundary, n ≤ 1000', () => {
    const wrong: string[] = [];
    for (const [t, s, n] of boundaries(1000)) {
      for (const c of COMPARATORS) {
        const expected = AT_TIE[c] === 'pass';
        if (compareRatio(100 * s, n, c, t) !== expected) wrong.push(`ratio ${s}/${n} ${c} ${t}`);
        if (compare((s / n) * 100, c, t) !== expected) wrong.push(`value ${s}/${n} ${c} ${t}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    [(29 / 50) * 100, '>=', 58, 'met'],
    [(29 / 50) * 100, '<', 58, 'not_met'],
    [(11 / 20) * 100, '<=', 55, 'met'],
    [57.99, '>=', 58, 'not_met'],
  ] as const)('a measured threshold value %d %s %d is %s (SPEC §3)', (value, comparator, target, status) => {
    const threshold = { id: 't', metric: 'Adoption', comparator, target, unit: '%', reason: 'r', measured: { value, date: '2026-10-01', source: 's' } };
    expect(thresholdStatus(threshold)).toBe(status);
  });
});

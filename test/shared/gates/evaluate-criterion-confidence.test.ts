import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/model/schema';
import { available, criterion, num, propWeeks, series, wk } from './fixtures';
import { adoptionWeek4, evaluate } from './evaluate-criterion-helpers';

describe('statistical confidence', () => {
  const at = (metric: Criterion['metric'], comparator: Criterion['comparator'], threshold: number) =>
    criterion({ metric, comparator, threshold, judgedAt: { kind: 'week', week: 1 } });

  // Intervals (95% Wilson): 2/5 12–77%, 3/5 23–88%, 5/5 57–100%, 0/10 0–28%, 0/400 0–0.95%,
  // 4/200 0.78–5.03%, 20/400 3.26–7.60%, 100/100 96.3–100%, 0/100 0–3.70%, 2/100 0.55–7.00%, 20/100 13.3–28.9%.
  it.each([
    ['adoption_rate', '>=', 50, 2, 5, 'fail', 'not_enough_data'],
    ['adoption_rate', '>=', 50, 3, 5, 'pass', 'not_enough_data'],
    ['adoption_rate', '>=', 50, 5, 5, 'pass', 'pass'],
    ['adoption_rate', '>=', 50, 0, 10, 'fail', 'fail'],
    ['error_rate', '<', 2, 0, 400, 'pass', 'pass'],
    ['error_rate', '<', 2, 4, 200, 'fail', 'not_enough_data'],
    ['error_rate', '<', 2, 20, 400, 'fail', 'fail'],
    ['approval_rate', '>', 95, 100, 100, 'pass', 'pass'],
    ['approval_rate', '>', 95, 96, 100, 'pass', 'not_enough_data'],
    ['error_rate', '<=', 5, 0, 100, 'pass', 'pass'],
    ['error_rate', '<=', 5, 2, 100, 'pass', 'not_enough_data'],
    ['error_rate', '<=', 5, 20, 100, 'fail', 'fail'],
  ] as const)('%s %s %d with %d of %d: %s without, %s with confidence', (metric, comparator, threshold, k, n, plain, confident) => {
    const c = at(metric, comparator, threshold);
    const obs = available(series(propWeeks([[k, n]])));
    expect(evaluate(c, obs, '2026-09-14').status).toBe(plain);
    expect(evaluate(c, obs, '2026-09-14', { statisticalConfidence: true }).status).toBe(confident);
  });

  it('says the sample is too small to conclude, with the interval', () => {
    const result = evaluate(adoptionWeek4, available(series(propWeeks([[4, 5], [3, 5], [2, 5], [2, 5]]))), '2026-10-05', {
      statisticalConfidence: true,
    });
    expect(result.reason).toBe(
      'Adoption rate at week 4 is 2 of 5 users (40%, 95% interval 12–77%) — too few users to conclude against 50%.',
    );
  });

  it('shows the interval that cleared the threshold on a pass', () => {
    const result = evaluate(at('adoption_rate', '>=', 50), available(series(propWeeks([[5, 5]]))), '2026-09-14', {
      statisticalConfidence: true,
    });
    expect(result.reason).toBe('Adoption rate at week 1 is 5 of 5 users (100%, 95% interval 57–100%); the gate needs at least 50%.');
  });

  it('leaves means alone: they have no Wilson interval', () => {
    const c = criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 3.5, minSample: 20, judgedAt: { kind: 'week', week: 1 } });
    const obs = available(series([wk(1, num(3.6, 24))]));
    const result = evaluate(c, obs, '2026-09-14', { statisticalConfidence: true });
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('Mean satisfaction at week 1 is 3.6/5 (24 ratings); the gate needs at least 3.5/5.');
    expect(result.evidence?.interval).toBeNull();
  });
});

/** Confidence off: a verdict on a proportion carries a caveat when its 95% interval contains the threshold; the verdict and its reason stay as judged. */
describe('statistical confidence off, a sample that could be either side', () => {
  const at = (metric: Criterion['metric'], comparator: Criterion['comparator'], threshold: number, more: Partial<Criterion> = {}) =>
    criterion({ metric, comparator, threshold, judgedAt: { kind: 'week', week: 1 }, ...more });

  it.each([
    ['18 of 20 against at least 85% passes', 'approval_rate', '>=', 85, 18, 20, 'pass', 'The true rate could be either side of 85% (95% range 70–97%).'],
    ['4 of 200 against below 2% fails', 'error_rate', '<', 2, 4, 200, 'fail', 'The true rate could be either side of 2% (95% range 1–5%).'],
    ['5 of 5 against at least 50% passes clearly', 'adoption_rate', '>=', 50, 5, 5, 'pass', null],
    ['20 of 400 against below 2% fails clearly', 'error_rate', '<', 2, 20, 400, 'fail', null],
  ] as const)('%s', (_, metric, comparator, threshold, k, n, status, caveat) => {
    const result = evaluate(at(metric, comparator, threshold), available(series(propWeeks([[k, n]]))), '2026-09-14');
    expect(result.status).toBe(status);
    expect(result.caveat).toBe(caveat);
    expect(result.reason).not.toContain('either side');
  });

  it('is null with confidence on: the verdict is then "not enough data", with the interval', () => {
    const result = evaluate(at('approval_rate', '>=', 85), available(series(propWeeks([[18, 20]]))), '2026-09-14', { statisticalConfidence: true });
    expect(result.status).toBe('not_enough_data');
    expect(result.caveat).toBeNull();
  });

  it('is null for a mean', () => {
    const result = evaluate(at('mean_satisfaction', '>=', 3.5), available(series([wk(1, num(3.6, 3))])), '2026-09-14');
    expect(result.status).toBe('pass');
    expect(result.caveat).toBeNull();
  });

  it('in every group: a group checked counts, a group skipped for too little data does not', () => {
    const c = at('approval_rate', '>=', 85, { everyGroup: true, minSample: 10 });
    const overall = series(propWeeks([[190, 200]]));
    const checked = evaluate(c, available(overall, { Support: series(propWeeks([[18, 20]])) }), '2026-09-14');
    expect(checked.status).toBe('pass');
    expect(checked.caveat).toBe('The true rate could be either side of 85% (95% range 70–97% in group "Support").');
    // Judged on every week: "Support" meets in week 1 on a doubtful sample but is skipped (week 2 too small), so it decides nothing.
    const every = at('approval_rate', '>=', 85, { everyGroup: true, minSample: 10, judgedAt: { kind: 'continuous' } });
    const twoWeeks = series(propWeeks([[190, 200], [190, 200]]));
    const skipped = evaluate(every, available(twoWeeks, { Support: series(propWeeks([[18, 20], [2, 2]])) }), '2026-09-21');
    expect(skipped.status).toBe('pass');
    expect(skipped.groups[0]?.skipped).toBe(true);
    expect(skipped.used.some((u) => u.group === 'Support' && u.outcome === 'meets')).toBe(true);
    expect(skipped.caveat).toBeNull();
  });
});

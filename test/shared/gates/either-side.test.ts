import { describe, expect, it } from 'vitest';
import { eitherSideCaveat, eitherSideSummary } from '../../../shared/gates/either-side';
import { judgeObservation, type ObservationRule } from '../../../shared/gates/judge-observation';
import type { CriterionStatus, JudgedObservation, ObservationScope } from '../../../shared/gates/results';
import type { StageVerdict } from '../../../shared/gates/stage-verdict';
import type { Comparator } from '../../../shared/model/enums';
import type { MetricId } from '../../../shared/model/metrics';
import { num, prop } from './fixtures';

const week = (n: number): ObservationScope => ({ kind: 'week', week: n, from: '2026-09-07', to: '2026-09-13' });
const stageScope: ObservationScope = { kind: 'stage', from: '2026-09-07', to: '2026-10-04' };

/** One observation judged by the real rule (confidence off), with its real Wilson interval. */
function judged(k: number, n: number, comparator: Comparator, threshold: number, scope = week(1), group: string | null = null): JudgedObservation {
  const rule: ObservationRule = { comparator, threshold, minSample: 0, kind: 'proportion', confidence: false };
  return judgeObservation(prop(k, n), rule, scope, group);
}

describe('eitherSideCaveat: one observation', () => {
  // Wilson 95%: 18/20 69.9–97.2%, 3/5 23.1–88.2%, 4/200 0.78–5.04%, 5/5 56.6–100%, 0/10 0–27.8%, 20/400 3.26–7.60%,
  // 17/20 64.0–94.8%, 96/100 90.2–98.4%, 9/10 59.6–98.2%, 1/10 1.8–40.4%.
  it.each<[string, MetricId, Comparator, number, number, number, CriterionStatus, string | null]>([
    ['18 of 20 passing at least 85%', 'approval_rate', '>=', 85, 18, 20, 'pass', 'The true rate could be either side of 85% (95% range 70–97%).'],
    ['3 of 5 passing at least 50%', 'adoption_rate', '>=', 50, 3, 5, 'pass', 'The true rate could be either side of 50% (95% range 23–88%).'],
    ['4 of 200 failing below 2%', 'error_rate', '<', 2, 4, 200, 'fail', 'The true rate could be either side of 2% (95% range 1–5%).'],
    ['17 of 20 exactly on at least 85%', 'approval_rate', '>=', 85, 17, 20, 'pass', 'The true rate could be either side of 85% (95% range 64–95%).'],
    ['a threshold as typed: 3 of 5 against at least 45.55%', 'adoption_rate', '>=', 45.55, 3, 5, 'pass', 'The true rate could be either side of 45.55% (95% range 23–88%).'],
    ['one sampled unit: 9 of 10 ratings at least 60%', 'satisfaction_top2_share', '>=', 60, 9, 10, 'pass', 'The true rate could be either side of 60% (95% range 59.6–98%).'],
    ['1 of 10 failing at most 2.5%', 'error_rate', '<=', 2.5, 1, 10, 'fail', 'The true rate could be either side of 2.5% (95% range 2–40%).'],
    ['5 of 5 against at least 50%: the range clears it', 'adoption_rate', '>=', 50, 5, 5, 'pass', null],
    ['0 of 10 against at least 50%: the range misses it', 'adoption_rate', '>=', 50, 0, 10, 'fail', null],
    ['20 of 400 against below 2%: the range misses it', 'error_rate', '<', 2, 20, 400, 'fail', null],
    ['96 of 100 against at least 90%: the range clears it', 'approval_rate', '>=', 90, 96, 100, 'pass', null],
  ])('%s', (_, metric, comparator, threshold, k, n, status, caveat) => {
    const obs = judged(k, n, comparator, threshold);
    expect(obs.outcome).toBe(status === 'pass' ? 'meets' : 'misses');
    expect(eitherSideCaveat(status, [obs], metric, comparator, threshold)).toBe(caveat);
  });

  it.each<[string, CriterionStatus]>([
    ['not enough data', 'not_enough_data'],
    ['pending', 'pending'],
    ['cannot measure', 'cannot_measure'],
  ])('says nothing of a result that is %s', (_, status) => {
    expect(eitherSideCaveat(status, [judged(18, 20, '>=', 85)], 'approval_rate', '>=', 85)).toBeNull();
  });

  it('says nothing of a mean, even with an interval', () => {
    const rule: ObservationRule = { comparator: '>=', threshold: 3.5, minSample: 0, kind: 'mean', confidence: false };
    const obs = { ...judgeObservation(num(3.6, 3), rule, week(1), null), interval: { low: 2, high: 5 } };
    expect(eitherSideCaveat('pass', [obs], 'mean_satisfaction', '>=', 3.5)).toBeNull();
  });

  it('says nothing without an interval (a sampled log has none)', () => {
    const obs = { ...judged(18, 20, '>=', 85), interval: null };
    expect(eitherSideCaveat('pass', [obs], 'approval_rate', '>=', 85)).toBeNull();
  });

  it('says nothing with statistical confidence on: a pass or fail then has its whole range on one side', () => {
    const rule: ObservationRule = { comparator: '>=', threshold: 85, minSample: 0, kind: 'proportion', confidence: true };
    const obs = judgeObservation(prop(18, 20), rule, week(1), null);
    expect(obs.outcome).toBe('inconclusive');
    expect(eitherSideCaveat('not_enough_data', [obs], 'approval_rate', '>=', 85)).toBeNull();
  });
});

describe('eitherSideCaveat: several weeks or groups', () => {
  it('a pass names the week that could be either side, not the clear ones', () => {
    const used = [judged(96, 100, '>=', 85, week(1)), judged(18, 20, '>=', 85, week(2))];
    expect(eitherSideCaveat('pass', used, 'approval_rate', '>=', 85)).toBe(
      'The true rate could be either side of 85% (95% range 70–97% at week 2).',
    );
  });

  it('a pass lists each doubtful week, up to three, and counts the rest', () => {
    const used = [1, 2, 3, 4, 5].map((w) => judged(18, 20, '>=', 85, week(w)));
    expect(eitherSideCaveat('pass', used, 'approval_rate', '>=', 85)).toBe(
      'The true rate could be either side of 85% (95% range 70–97% at week 1, 70–97% at week 2, 70–97% at week 3, and 2 more).',
    );
  });

  it('a fail in two groups names each, and the week or stage only when they differ', () => {
    // Each group is judged with its own scope object, equal in value (as evaluateCriterion makes them).
    const used = [judged(95, 100, '>=', 85, stageScope), judged(16, 20, '>=', 85, { ...stageScope }, 'Claims'), judged(8, 10, '>=', 85, { ...stageScope }, 'Legal')];
    expect(eitherSideCaveat('fail', used, 'approval_rate', '>=', 85)).toBe(
      'The true rate could be either side of 85% (95% range 58–92% in group "Claims", 49–94% in group "Legal").',
    );
  });

  it('a fail with one clear miss is sure: nothing is said', () => {
    const used = [judged(16, 20, '>=', 85, week(1)), judged(30, 100, '>=', 85, week(2))];
    expect(used.map((u) => u.outcome)).toEqual(['misses', 'misses']);
    expect(eitherSideCaveat('fail', used, 'approval_rate', '>=', 85)).toBeNull();
  });

  it('a fail whose every miss could be either side says so, naming the group', () => {
    const used = [judged(95, 100, '>=', 85, stageScope), judged(16, 20, '>=', 85, stageScope, 'Support')];
    expect(eitherSideCaveat('fail', used, 'approval_rate', '>=', 85)).toBe(
      'The true rate could be either side of 85% (95% range 58–92% in group "Support").',
    );
  });
});

describe('eitherSideSummary: the bottom line, once per stage, where the samples could turn the recommendation', () => {
  type Result = { required: boolean; status: CriterionStatus; caveat: string | null };
  const pass = (caveat: string | null, required = true): Result => ({ required, status: 'pass', caveat });
  const fail = (caveat: string | null, required = true): Result => ({ required, status: 'fail', caveat });
  const waiting: Result = { required: true, status: 'not_enough_data', caveat: null };
  it.each<[string, StageVerdict, Result[], string | null]>([
    ['a proceed on clear samples', 'proceed', [pass(null), pass(null)], null],
    ['a proceed, only an advisory one in doubt', 'proceed', [pass(null), pass('x', false)], null],
    ['a proceed on the only required one', 'proceed', [pass('x')], 'The required result could go either way.'],
    ['a proceed, 1 of 3', 'proceed', [pass('x'), pass(null), pass(null)], '1 of 3 required results could go either way.'],
    ['a proceed, 2 of 3', 'proceed', [pass('x'), pass('y'), pass(null), pass('z', false)], '2 of 3 required results could go either way.'],
    ['a proceed, both', 'proceed', [pass('x'), pass('y')], 'Both required results could go either way.'],
    ['a proceed, all 3', 'proceed', [pass('x'), pass('y'), pass('z')], 'All 3 required results could go either way.'],
    ['a hold on a doubtful fail', 'hold', [fail('x'), pass(null)], '1 of 2 required results could go either way.'],
    ['a hold on a doubtful fail and a doubtful pass', 'hold', [fail('x'), pass('y')], 'Both required results could go either way.'],
    ['a hold on a clear fail, beside a doubtful pass', 'hold', [fail(null), pass('y')], null],
    ['a hold on a doubtful fail and a criterion without data', 'hold', [fail('x'), waiting], null],
    ['a roll back: a trigger decides', 'roll_back', [pass('x')], null],
  ])('%s', (_, verdict, criteria, text) => {
    expect(eitherSideSummary(verdict, criteria)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { quality, stage, testResults, usage } from './fixtures';

const pilot = stage('Internal pilot', '2026-09-07', 4, 5);
const columns = {
  u: usage([
    { date: '2026-09-08', user: 'u1', group: 'Support' },
    { date: '2026-09-29', user: 'u1', group: 'Support' },
    { date: '2026-09-30', user: 'u2', group: 'Claims' },
  ]),
  q: quality([
    { date: '2026-09-08', share: 10, group: 'Support' },
    { date: '2026-09-08', share: 20, group: 'Support' },
    { date: '2026-09-29', share: 5, group: 'Claims' },
  ]),
};

describe('observationLookup: what the gates see of the pilot metrics', () => {
  const lookup = observationLookup(computeMetrics(columns, [pilot], { editingShareLimit: 15 }));

  const ratio = (successes: number, trials: number) => ({ successes, trials, ratio: { num: 100 * successes, den: trials } });

  it('adoption by week in percent, with its counts and exact ratio; silent weeks inside the log are 0 active users', () => {
    const obs = lookup(pilot.id, 'adoption_rate');
    expect(obs.status).toBe('available');
    if (obs.status !== 'available') return;
    expect(obs.overall.weeks).toEqual([
      { week: 1, value: 20, ...ratio(1, 5), sample: 5 },
      { week: 2, value: 0, ...ratio(0, 5), sample: 5 },
      { week: 3, value: 0, ...ratio(0, 5), sample: 5 },
      { week: 4, value: 40, ...ratio(2, 5), sample: 5 },
    ]);
    expect(obs.overall.whole).toEqual({ value: 40, ...ratio(2, 5), sample: 5 });
  });

  it('adoption per group has no value, and says why', () => {
    const obs = lookup(pilot.id, 'adoption_rate');
    if (obs.status !== 'available') throw new Error(obs.status);
    expect(obs.groups.get('Claims')?.whole).toMatchObject({ value: null, sample: 1, whyNoValue: expect.stringMatching(/per stage, not per group/) });
  });

  it.each([
    ['editing_under_limit_share', 1, { value: 50, successes: 1, trials: 2, sample: 2, ratio: { num: 100, den: 2 } }],
    // The moments (10 + 20, 10² + 20²) are what a baseline comparison's Welch interval needs.
    ['mean_editing_share', 1, { value: 15, successes: null, trials: null, sample: 2, moments: { n: 2, sum: 30, sumOfSquares: 500 } }],
    ['median_editing_share', 4, { value: 5, successes: null, trials: null, sample: 1 }],
  ] as const)('%s in week %d', (metric, week, expected) => {
    const obs = lookup(pilot.id, metric);
    if (obs.status !== 'available') throw new Error(obs.status);
    expect(obs.overall.weeks.find((w) => w.week === week)).toEqual({ ...expected, week });
  });

  it.each([
    ['mean_satisfaction', /No satisfaction file/],
    ['accuracy', /No test-results file/],
    ['error_rate', /record its measured value by hand/],
  ] as const)('%s cannot be measured: %s', (metric, message) => {
    expect(lookup(pilot.id, metric)).toEqual({ status: 'unmeasurable', why: { kind: 'no_file', message: expect.stringMatching(message) } });
  });

  it('an unknown enrolment makes adoption unmeasurable in value, not a fail', () => {
    const open = stage('Internal pilot', '2026-09-07', 4, null);
    const obs = observationLookup(computeMetrics(columns, [open], { editingShareLimit: 15 }))(open.id, 'adoption_rate');
    if (obs.status !== 'available') throw new Error(obs.status);
    expect(obs.overall.whole).toEqual({
      value: null,
      successes: null,
      trials: null,
      sample: 2,
      whyNoValue: "The stage's enrolled users are not set, so adoption has no denominator.",
    });
  });

  it('test results are one whole-file figure in every stage, per group too', () => {
    const tests = testResults([
      { correct: true, group: 'A' },
      { correct: false, group: 'A' },
      { correct: null, group: 'B' },
    ]);
    const obs = observationLookup(computeMetrics({ t: tests }, [pilot], { editingShareLimit: 15 }))(pilot.id, 'accuracy');
    if (obs.status !== 'available') throw new Error(obs.status);
    // The case whose correctness is unknown is named with the figure, as the Thresholds tab names it.
    expect(obs.overall).toEqual({ weeks: [], whole: { value: 50, ...ratio(1, 2), sample: 2, leftOut: '1 more case whose correctness is unknown is left out' } });
    expect(obs.groups.get('B')?.whole).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateStage, LAST_STAGE_NOT_STARTED, NO_REQUIRED_CRITERIA, RUNNING_LAST_STAGE } from '../../../shared/gates/stage-verdict';
import { computeMetrics, type ColumnsByImport } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import type { RiskTier } from '../../../shared/model/enums';
import type { Criterion, Stage } from '../../../shared/model/schema';
import { quality, satisfaction, testResults, usage } from '../metrics/fixtures';
import { criterion, stage, START } from './fixtures';

/**
 * Issue 14, end to end from rows: the stored columns → the metrics → what the gates see → the
 * verdict and the sentence the lead reads. Week 4 of a stage starting 2026-09-07 is complete
 * on 2026-10-05.
 */
const AFTER_WEEK_4 = '2026-10-05';

function verdict(columns: ColumnsByImport, s: Stage, today = AFTER_WEEK_4, opts: { isLast?: boolean; confidence?: boolean; riskTier?: RiskTier | null } = {}) {
  const metrics = computeMetrics(columns, [s], { editingShareLimit: 15 });
  const plan = { statisticalConfidence: opts.confidence ?? false, riskTier: opts.riskTier === undefined ? 'low' : opts.riskTier };
  return evaluateStage(plan, s, observationLookup(metrics), today, { isLast: opts.isLast ?? false });
}

/** `active` distinct users on a day of week `week` (1-based) of the stage, each in `group`. */
function activeIn(week: number, active: number, group: string | null = null, prefix = 'u') {
  const day = new Date(Date.UTC(2026, 8, 7 + 7 * (week - 1) + 1)).toISOString().slice(0, 10);
  return Array.from({ length: active }, (_, i) => ({ date: day, user: `${prefix}${i + 1}`, group }));
}

const adoptionAt = (week: number, comparator: Criterion['comparator'], threshold: number, extra: Partial<Criterion> = {}) =>
  criterion({ metric: 'adoption_rate', comparator, threshold, judgedAt: { kind: 'week', week }, ...extra });

describe('exact ties are decided exactly, never by floating-point noise', () => {
  it.each([
    // [active, enrolled, comparator, threshold, status, sentence]
    [29, 50, '>=', 58, 'pass', 'Adoption rate at week 4 is 29 of 50 users (58%); the gate needs at least 58%.'],
    [29, 50, '>', 58, 'fail', 'Adoption rate at week 4 is 29 of 50 users (58%); the gate needs above 58%.'],
    [14, 50, '>=', 28, 'pass', 'Adoption rate at week 4 is 14 of 50 users (28%); the gate needs at least 28%.'],
    [7, 100, '>=', 7, 'pass', 'Adoption rate at week 4 is 7 of 100 users (7%); the gate needs at least 7%.'],
    [333, 1000, '>=', 33.3, 'pass', 'Adoption rate at week 4 is 333 of 1,000 users (33.3%); the gate needs at least 33.3%.'],
    [579, 1000, '>=', 58, 'fail', 'Adoption rate at week 4 is 579 of 1,000 users (57.9%); the gate needs at least 58%.'],
    // Rounded to one decimal, 57.99% would read "58%" beside "needs at least 58%": the digits that tell them apart are kept.
    [5799, 10000, '>=', 58, 'fail', 'Adoption rate at week 4 is 5,799 of 10,000 users (57.99%); the gate needs at least 58%.'],
    [5801, 10000, '<=', 58, 'fail', 'Adoption rate at week 4 is 5,801 of 10,000 users (58.01%); the gate needs at most 58%.'],
  ] as const)('%d of %d users against %s %d%%: %s', (active, enrolled, comparator, threshold, status, sentence) => {
    const s = stage({ enrolledUsers: enrolled, criteria: [adoptionAt(4, comparator, threshold)] });
    const result = verdict({ u: usage(activeIn(4, active)) }, s).criteria[0];
    expect(result?.status).toBe(status);
    expect(result?.reason).toBe(sentence);
  });

  it('11 of 20 ratings of 4–5 meets "at most 55%"', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ date: '2026-09-29', user: `u${i}`, rating: i < 11 ? 5 : 2 }));
    const s = stage({ criteria: [criterion({ metric: 'satisfaction_top2_share', comparator: '<=', threshold: 55 })] });
    const result = verdict({ s: satisfaction(rows) }, s).criteria[0];
    expect(result?.status).toBe('pass');
    expect(result?.reason).toBe('Ratings of 4–5 over the stage is 11 of 20 ratings (55%); the gate needs at most 55%.');
  });

  it('a mean rating exactly on a decimal threshold passes (4.1 from 41 ÷ 10)', () => {
    const ratings = [5, 5, 5, 4, 4, 4, 4, 4, 3, 3];
    const rows = ratings.map((rating, i) => ({ date: '2026-09-29', user: `u${i}`, rating }));
    const s = stage({ criteria: [criterion({ metric: 'mean_satisfaction', comparator: '>=', threshold: 4.1 })] });
    expect(verdict({ s: satisfaction(rows) }, s).criteria[0]?.status).toBe('pass');
  });

  it('a trigger "adoption below 58%" does not fire on 29 of 50, and the stage is not rolled back', () => {
    const s = stage({
      enrolledUsers: 50,
      criteria: [adoptionAt(4, '>=', 50)],
      triggers: [adoptionAt(4, '<', 58)],
    });
    const result = verdict({ u: usage(activeIn(4, 29)) }, s);
    expect(result.triggers[0]?.status).toBe('not_fired');
    expect(result.verdict).toBe('proceed');
  });
});

describe('a figure that cannot be true is "cannot measure", never pass or fail', () => {
  it.each([
    // The period is named: "2 users were active" beside another count for the whole stage read as a wrong count.
    ['a week: 2 active with 1 enrolled', 1, adoptionAt(4, '>=', 50), activeIn(4, 2), 'In week 4, 2 users were active'],
    ['the stage end: 5 active with 3 enrolled', 3, criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 }), activeIn(2, 5), 'Over the stage, 5 different users were active'],
  ])('%s', (_, enrolled, rule, rows, when) => {
    const s = stage({ enrolledUsers: enrolled, criteria: [rule] });
    const result = verdict({ u: usage(rows) }, s);
    expect(result.criteria[0]?.status).toBe('cannot_measure');
    expect(result.criteria[0]?.reason).toBe(
      `${when} but only ${enrolled} ${enrolled === 1 ? 'is' : 'are'} enrolled: a figure that cannot be true. Check the enrolment (or roster) and the user ids.`,
    );
    expect(result.verdict).toBe('hold');
  });

  it.each([
    // [what, enrolled, the week judged, rows]
    ['5 different users over the stage, 4 enrolled, 3 active in week 4', 4, 4, [...activeIn(1, 5), ...activeIn(4, 3)]],
    ['2 users in week 1 and 2 others in week 2, 3 enrolled, week 2 judged', 3, 2, [...activeIn(1, 2, null, 'a'), ...activeIn(2, 2, null, 'b')]],
  ] as const)('a week whose share looks possible, when the stage proves the enrolment wrong: %s', (_, enrolled, week, rows) => {
    const s = stage({ enrolledUsers: enrolled, criteria: [adoptionAt(week, '>=', 50)], triggers: [adoptionAt(week, '<', 10)] });
    const result = verdict({ u: usage([...rows]) }, s);
    const stageActive = new Set(rows.map((r) => r.user)).size;
    const weekActive = rows.filter((r) => r.date === activeIn(week, 1)[0]!.date).length;
    expect(result.criteria[0]?.status).toBe('cannot_measure');
    expect(result.criteria[0]?.reason).toBe(
      `${stageActive} different users were active in this stage but only ${enrolled} are enrolled, so the enrolment is wrong and so is every week's share of it (this week: ${weekActive} of ${enrolled}). Check the enrolment (or roster) and the user ids.`,
    );
    expect(result.triggers[0]?.status).toBe('cannot_measure');
    expect(result.verdict).toBe('hold');
  });

  it('the same weeks pass once the enrolment covers every user who was active', () => {
    const s = stage({ enrolledUsers: 5, criteria: [adoptionAt(4, '>=', 50)] });
    expect(verdict({ u: usage([...activeIn(1, 5), ...activeIn(4, 3)]) }, s).criteria[0]?.status).toBe('pass');
  });

  it('a trigger on an impossible figure cannot be checked either (it neither fires nor clears)', () => {
    const s = stage({ enrolledUsers: 1, criteria: [adoptionAt(4, '>=', 50)], triggers: [adoptionAt(4, '>', 150)] });
    expect(verdict({ u: usage(activeIn(4, 2)) }, s).triggers[0]?.status).toBe('cannot_measure');
  });

  it('per group, when the roster enrols fewer users in a group than were active in it', () => {
    const rows = [...activeIn(4, 3, 'Claims', 'c'), ...activeIn(4, 2, 'Support', 's')];
    const s = stage({
      enrolledUsers: 10,
      enrolledByGroup: { Claims: 2, Support: 4 },
      criteria: [adoptionAt(4, '>=', 40, { everyGroup: true })],
    });
    const result = verdict({ u: usage(rows) }, s).criteria[0];
    expect(result?.groups.find((g) => g.group === 'Claims')).toMatchObject({ status: 'cannot_measure', skipped: true });
    expect(result?.groups.find((g) => g.group === 'Claims')?.reason).toMatch(/^In week 4, 3 users were active but only 2 are enrolled/);
  });
});

describe('unusable data is "cannot measure", not "not enough data"', () => {
  const adoption = adoptionAt(4, '>=', 50);
  it.each([
    ['every row of the usage file was rejected', { u: usage([]) }, adoption, 'The usage file has no accepted rows (every row was rejected), so nothing can be measured from it.'],
    [
      'no usage row belongs to any stage',
      { u: usage([{ week: 4, user: 'a' }]) },
      adoption,
      'The usage file has rows, but none belongs to a stage (see the warnings on the Pilot data tab), so nothing can be measured from it.',
    ],
    [
      'the test-results file has no latency column',
      { t: testResults([{ correct: true }, { correct: false }]) },
      criterion({ metric: 'mean_latency', comparator: '<', threshold: 3 }),
      'No test case has a latency value: the column is not mapped or is empty in the test-results files.',
    ],
    [
      'every test case was rejected',
      { t: testResults([]) },
      criterion({ metric: 'accuracy', comparator: '>', threshold: 90 }),
      'The test-results file has no accepted rows (every row was rejected), so nothing can be measured from it.',
    ],
  ] as const)('%s', (_, columns, rule, reason) => {
    const result = verdict(columns, stage({ criteria: [rule] })).criteria[0];
    expect(result?.status).toBe('cannot_measure');
    expect(result?.reason).toBe(reason);
  });
});

describe('a figure without weeks judged by week', () => {
  it('accuracy judged at week 4 is "cannot measure" with the reason, not "no data for week 4"', () => {
    const rule = criterion({ metric: 'accuracy', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 } });
    const result = verdict({ t: testResults([{ correct: true }, { correct: true }]) }, stage({ criteria: [rule] })).criteria[0];
    expect(result?.status).toBe('cannot_measure');
    expect(result?.reason).toMatch(/^Accuracy is one figure for the whole test-results file, without weeks/);
  });
});

describe('a figure from test results names the test cases it leaves out, as the Thresholds tab does', () => {
  /** `n` cases: the first `correct` right, then wrong ones up to `known`, then cases whose correctness is unknown. */
  const cases = (n: number, known: number, correct: number, latencies = 0) =>
    Array.from({ length: n }, (_, i) => ({ correct: i < correct ? true : i < known ? false : null, hallucination: i < known ? false : null, latency: i < latencies ? 1.5 : null }));

  it.each([
    [
      'accuracy with 6 cases of unknown correctness',
      cases(200, 194, 180),
      criterion({ metric: 'accuracy', comparator: '>=', threshold: 90 }),
      'pass',
      'Accuracy over the stage is 180 of 194 cases (92.8%; 6 more cases whose correctness is unknown are left out); the gate needs at least 90%.',
    ],
    [
      'accuracy with 1 case of unknown correctness, missing the gate',
      cases(51, 50, 40),
      criterion({ metric: 'accuracy', comparator: '>=', threshold: 90 }),
      'fail',
      'Accuracy over the stage is 40 of 50 cases (80%; 1 more case whose correctness is unknown is left out); the gate needs at least 90%.',
    ],
    [
      'accuracy over every case: nothing to name',
      cases(50, 50, 48),
      criterion({ metric: 'accuracy', comparator: '>=', threshold: 90 }),
      'pass',
      'Accuracy over the stage is 48 of 50 cases (96%); the gate needs at least 90%.',
    ],
    [
      'response time with 3 cases without one',
      cases(60, 60, 60, 57),
      criterion({ metric: 'mean_latency', comparator: '<', threshold: 3 }),
      'pass',
      'Mean response time over the stage is 1.5 s (57 cases; 3 more cases with no response time are left out); the gate needs below 3 s.',
    ],
  ] as const)('%s', (_name, rows, rule, status, sentence) => {
    const result = verdict({ t: testResults(rows) }, stage({ criteria: [rule] })).criteria[0];
    expect(result?.status).toBe(status);
    expect(result?.reason).toBe(sentence);
  });

  it('a sample too small says so, and names the cases left out', () => {
    const rule = criterion({ metric: 'accuracy', comparator: '>=', threshold: 90, minSample: 60 });
    const result = verdict({ t: testResults(cases(70, 55, 54)) }, stage({ criteria: [rule] })).criteria[0];
    expect(result?.status).toBe('not_enough_data');
    expect(result?.reason).toBe('Only 55 cases so far (15 more cases whose correctness is unknown are left out); the gate needs at least 60.');
  });

  // Before: 180 of 194 known cases passed "accuracy at least 90%" for a medium-tier plan that asks for 200 labelled cases.
  it.each([
    ['medium', 'Only 194 cases so far (6 more cases whose correctness is unknown are left out); the medium risk tier asks for at least 200 test cases.'],
    [null, 'Only 194 cases so far (6 more cases whose correctness is unknown are left out); the risk tier is not confirmed, so the strictest (high) applies: at least 500 test cases.'],
  ] as const)('fewer cases than the %s tier asks for is not enough data, whatever the gate’s own minimum', (riskTier, sentence) => {
    const rule = criterion({ metric: 'accuracy', comparator: '>=', threshold: 90, minSample: 30 });
    const result = verdict({ t: testResults(cases(200, 194, 180)) }, stage({ criteria: [rule] }), AFTER_WEEK_4, { riskTier }).criteria[0];
    expect(result?.status).toBe('not_enough_data');
    expect(result?.reason).toBe(sentence);
  });
});

describe('an abandoned pilot: silent weeks inside the usage log are 0% adoption', () => {
  // Stage 1 runs 4 weeks from START; the log has activity in week 1 and again after the stage (week 6 by date).
  const log = () => usage([...activeIn(1, 4), { date: '2026-10-13', user: 'u1' }]);
  const s = (triggers: Criterion[]) => stage({ durationWeeks: null, enrolledUsers: 5, criteria: [adoptionAt(4, '>=', 50)], triggers });

  it('weeks 2–4 read 0 of 5 users, so the week-4 gate fails rather than waiting for data', () => {
    const result = verdict({ u: log() }, s([]), '2026-10-20');
    expect(result.criteria[0]?.status).toBe('fail');
    expect(result.criteria[0]?.reason).toBe('Adoption rate at week 4 is 0 of 5 users (0%); the gate needs at least 50%.');
  });

  it('"adoption below 30% for more than 2 consecutive weeks" fires and the stage rolls back', () => {
    const trigger = criterion({
      metric: 'adoption_rate',
      comparator: '<',
      threshold: 30,
      judgedAt: { kind: 'continuous' },
      persistence: { kind: 'more_than_weeks', weeks: 2 },
    });
    const result = verdict({ u: log() }, s([trigger]), '2026-10-20');
    expect(result.triggers[0]).toMatchObject({ status: 'fired', runWeeks: [2, 3, 4, 5, 6], firesOn: '2026-10-05' });
    expect(result.verdict).toBe('roll_back');
  });

  it('after the latest row, nothing is assumed: the weeks are "not enough data"', () => {
    const result = verdict({ u: usage(activeIn(1, 4)) }, s([]), '2026-10-20');
    expect(result.criteria[0]).toMatchObject({ status: 'not_enough_data', reason: 'No data for week 4.' });
  });

  it('rows naming the stage cover the weeks between them', () => {
    const rows = [...activeIn(1, 3), ...activeIn(4, 1)].map((r) => ({ ...r, date: r.date, stage: 'Internal pilot' }));
    const metrics = computeMetrics({ u: usage(rows) }, [s([])], { editingShareLimit: 15 });
    expect(metrics.stages[0]?.weeks.map((w) => [w.week, w.adoption?.activeUsers, w.adoption?.covered])).toEqual([
      [1, 3, true],
      [2, 0, true],
      [3, 0, true],
      [4, 1, true],
    ]);
  });
});

describe('"in every group" without a group column cannot be judged on the overall figure', () => {
  const rule = adoptionAt(4, '>=', 50, { everyGroup: true });
  it.each([
    ['passing overall', 4, 'cannot_measure', 'No group column is mapped in the usage file, so "in every group" cannot be checked. Adoption rate at week 4 is 4 of 5 users (80%); the gate needs at least 50%.'],
    ['failing overall: the worst result wins', 1, 'fail', 'Adoption rate at week 4 is 1 of 5 users (20%); the gate needs at least 50%.'],
  ] as const)('%s', (_, active, status, reason) => {
    const result = verdict({ u: usage(activeIn(4, active)) }, stage({ criteria: [rule] })).criteria[0];
    expect(result?.status).toBe(status);
    expect(result?.reason).toBe(reason);
  });

  it('the same holds for output quality per group', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ date: '2026-09-29', share: i < 36 ? 5 : 40 }));
    const gate = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, everyGroup: true });
    expect(verdict({ q: quality(rows) }, stage({ criteria: [gate] })).criteria[0]?.status).toBe('cannot_measure');
  });
});

describe('a stage without required criteria', () => {
  const trigger = adoptionAt(2, '<', 30);
  it.each([
    ['an earlier stage holds: it never proceeds on nothing', false, START, activeIn(2, 4), 'hold', [NO_REQUIRED_CRITERIA]],
    ['the last stage, started, runs on under its triggers', true, START, activeIn(2, 4), 'running', [RUNNING_LAST_STAGE]],
    ['the last stage before it starts holds, and says what it will do', true, '2026-12-01', [], 'hold', [LAST_STAGE_NOT_STARTED]],
  ] as const)('%s', (_, isLast, plannedStart, rows, expected, reasons) => {
    const result = verdict({ u: usage(rows) }, stage({ plannedStart, durationWeeks: null, triggers: [trigger] }), AFTER_WEEK_4, { isLast });
    expect(result.verdict).toBe(expected);
    expect(result.reasons).toEqual(reasons);
  });

  it('the last stage rolls back when a trigger fires', () => {
    const result = verdict({ u: usage(activeIn(2, 1)) }, stage({ durationWeeks: null, triggers: [trigger] }), AFTER_WEEK_4, { isLast: true });
    expect(result.verdict).toBe('roll_back');
  });
});

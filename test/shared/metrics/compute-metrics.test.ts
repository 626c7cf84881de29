import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { enrolmentDisproved } from '../../../shared/metrics/period-readers';
import type { AdoptionFigures, PilotMetrics, StageMetrics } from '../../../shared/metrics/pilot-metrics';
import { quality, satisfaction, stage, testResults, usage } from './fixtures';

const internal = (enrolled: number | null = 5) => stage('Internal pilot', '2026-09-07', 4, enrolled);
const limit15 = { editingShareLimit: 15 };

function only(metrics: PilotMetrics): StageMetrics {
  const first = metrics.stages[0];
  if (!first) throw new Error('no stage');
  return first;
}

// Week 3 is 2026-09-21..27, week 4 is 2026-09-28..10-04.
const pilotUsage = usage([
  { date: '2026-09-22', user: 'u3' },
  { date: '2026-09-28', user: 'u1' },
  { date: '2026-10-01', user: 'u1' },
  { date: '2026-10-04', user: 'u2', uses: 3 },
  { date: '2026-09-30', user: 'u4', uses: 0 },
]);

describe('adoption', () => {
  it('week 4: 2 of 5 enrolled users active = 40%; a row with 0 uses is no activity', () => {
    const s = only(computeMetrics({ usage: pilotUsage }, [internal()], limit15));
    const week4 = s.weeks[3]?.adoption;
    expect(week4).toEqual({
      rows: 4,
      covered: true,
      activeUsers: 2,
      enrolledUsers: 5,
      // 3 different users over the whole stage: within the enrolment, so the week's share stands.
      stageActiveUsers: 3,
      rate: { successes: 2, trials: 5, percent: 40 },
      gap: null,
    });
    expect(s.weeks[2]?.adoption?.rate).toEqual({ successes: 1, trials: 5, percent: 20 });
    expect(s.total.adoption?.rate).toEqual({ successes: 3, trials: 5, percent: 60 });
  });

  it('weeks with no usage rows are in the series, with no one active', () => {
    const s = only(computeMetrics({ usage: pilotUsage }, [internal()], limit15));
    expect(s.weeks.map((w) => [w.week, w.from, w.to, w.adoption?.rows, w.adoption?.activeUsers])).toEqual([
      [1, '2026-09-07', '2026-09-13', 0, 0],
      [2, '2026-09-14', '2026-09-20', 0, 0],
      [3, '2026-09-21', '2026-09-27', 1, 1],
      [4, '2026-09-28', '2026-10-04', 4, 2],
    ]);
  });

  it.each([
    [null, 'enrolment unknown'],
    [0, 'no users enrolled'],
  ] as const)('enrolment %s: no rate, with the reason "%s", and the active users still counted', (enrolled, gap) => {
    const s = only(computeMetrics({ usage: pilotUsage }, [internal(enrolled)], limit15));
    expect(s.weeks[3]?.adoption).toMatchObject({ activeUsers: 2, rate: null, gap });
  });

  it('a user in two usage files is one user', () => {
    const other = usage([{ date: '2026-09-29', user: 'u1' }, { date: '2026-09-29', user: 'u5' }]);
    const s = only(computeMetrics({ a: pilotUsage, b: other }, [internal()], limit15));
    expect(s.weeks[3]?.adoption?.rate).toEqual({ successes: 3, trials: 5, percent: 60 });
  });

  it.each([
    // [enrolled, week 3 (1 active), week 4 (2 active), the stage (3 active)]: what the screens may show as a share
    [5, true, true, true],
    [3, true, true, true],
    [2, false, false, false],
    [1, false, false, false],
  ])('with %i enrolled, adoption is a share in week 3: %s, week 4: %s, the stage: %s (3 different users were active)', (enrolled, w3, w4, whole) => {
    const s = only(computeMetrics({ usage: pilotUsage }, [internal(enrolled)], limit15));
    const shown = (a: AdoptionFigures | null | undefined) => (a ? !enrolmentDisproved(a) : null);
    expect([shown(s.weeks[2]?.adoption), shown(s.weeks[3]?.adoption), shown(s.total.adoption)]).toEqual([w3, w4, whole]);
  });

  it.each([
    [5, 6, true],
    [5, 5, false],
    [null, 45, false],
  ])('with %s enrolled and %i different raters, warns that the ratings come from outside the stage: %s', (enrolled, raters, warns) => {
    const ratings = satisfaction(Array.from({ length: raters }, (_, i) => ({ date: '2026-09-08', user: `r${i}`, rating: 4 })));
    const metrics = computeMetrics({ ratings }, [internal(enrolled)], limit15);
    const message = `More users gave ratings in “Internal pilot” (${raters}) than are enrolled (${enrolled}); the satisfaction figures include them all. Check the stage of the ratings, the enrolment or the user ids.`;
    expect(metrics.warnings.map((w) => w.message).includes(message)).toBe(warns);
  });

  it('warns when more users are active than enrolled', () => {
    const metrics = computeMetrics({ usage: pilotUsage }, [internal(2)], limit15);
    expect(metrics.warnings.map((w) => w.message)).toContain(
      'More users were active in “Internal pilot” (3) than are enrolled (2); check the enrolment or the user ids.',
    );
  });
});

describe('quality', () => {
  const shares = (values: number[]) => quality(values.map((share) => ({ date: '2026-09-08', share })));

  it('limit 15: 15.0 is not under the limit, 14.99 is', () => {
    const q = only(computeMetrics({ q: shares([15, 14.99, 0, 30]) }, [internal()], limit15)).weeks[0]?.quality;
    expect(q?.outputs).toBe(4);
    expect(q?.underLimit).toEqual({ successes: 2, trials: 4, percent: 50 });
    expect(q?.meanEditingPercent).toBeCloseTo(14.9975, 10);
  });

  it('changing the limit recomputes from the same columns', () => {
    const columns = { q: shares([15, 14.99, 0, 30]) };
    const q = only(computeMetrics(columns, [internal()], { editingShareLimit: 15.01 })).weeks[0]?.quality;
    expect(q?.underLimit).toEqual({ successes: 3, trials: 4, percent: 75 });
  });

  it.each([
    ['odd count', [30, 10, 20], 20],
    ['even count: the mean of the two middle values', [15, 14.99, 0, 30], 14.995],
    ['one value', [7], 7],
    ['ties', [5, 5, 5, 1, 9, 5], 5],
    ['even, spread', [1, 2, 3, 4, 100, 200], 3.5],
  ])('median, %s', (_label, values, median) => {
    const q = only(computeMetrics({ q: shares(values) }, [internal()], limit15)).weeks[0]?.quality;
    expect(q?.medianEditingPercent).toBeCloseTo(median, 10);
  });

  it('an empty week has no share, mean or median', () => {
    const columns = quality([{ date: '2026-09-08', share: 10 }, { date: '2026-09-22', share: 20 }]);
    const week2 = only(computeMetrics({ q: columns }, [internal()], limit15)).weeks[1]?.quality;
    expect(week2).toEqual({
      outputs: 0,
      underLimit: { successes: 0, trials: 0, percent: null },
      meanEditingPercent: null,
      medianEditingPercent: null,
      editingSum: 0,
      editingSumOfSquares: 0,
    });
  });
});

describe('satisfaction', () => {
  it('mean rating, share of 4–5 and distinct raters', () => {
    const columns = satisfaction([
      { week: 2, stage: 'Internal pilot', user: 'u1', rating: 5 },
      { week: 2, stage: 'Internal pilot', user: 'u2', rating: 4 },
      { week: 2, stage: 'Internal pilot', user: 'u3', rating: 3 },
      { week: 2, stage: 'Internal pilot', user: 'u4', rating: 1 },
      { week: 2, stage: 'Internal pilot', user: 'u1', rating: 4 },
    ]);
    const s = only(computeMetrics({ s: columns }, [internal()], limit15)).weeks[1]?.satisfaction;
    expect(s?.ratings).toBe(5);
    expect(s?.meanRating).toBeCloseTo(3.4, 10);
    expect(s?.topTwo).toEqual({ successes: 3, trials: 5, percent: 60 });
    expect(s?.users).toBe(4);
    // Sum and sum of squares (25 + 16 + 9 + 1 + 16): the spread a baseline comparison needs.
    expect([s?.ratingSum, s?.ratingSumOfSquares]).toEqual([17, 67]);
  });
});

describe('group breakdowns', () => {
  const columns = quality([
    { date: '2026-09-08', group: 'Support', share: 5 },
    { date: '2026-09-08', group: 'Support', share: 10 },
    { date: '2026-09-15', group: 'Support', share: 40 },
    { date: '2026-09-15', group: 'Legal', share: 20 },
    { date: '2026-09-15', share: 1 },
  ]);
  const s = only(computeMetrics({ q: columns, u: usage([{ date: '2026-09-08', user: 'u1', group: 'Legal' }]) }, [internal()], limit15));

  it('lists groups by name, each with its own total and weekly series aligned to the stage', () => {
    expect(s.groups.map((g) => g.group)).toEqual(['Legal', 'Support']);
    const support = s.groups[1];
    expect(support?.total.quality?.underLimit).toEqual({ successes: 2, trials: 3, percent: (2 / 3) * 100 });
    expect(support?.weeks.map((w) => w.quality?.outputs)).toEqual([2, 1]);
    expect(s.groups[0]?.weeks.map((w) => w.quality?.outputs)).toEqual([0, 1]);
  });

  it('the overall figures include rows without a group', () => {
    expect(s.total.quality?.outputs).toBe(5);
    expect(s.weeks.map((w) => w.quality?.outputs)).toEqual([2, 3]);
  });

  it('group adoption counts users but has no rate: the plan enrols per stage, not per group', () => {
    expect(s.groups[0]?.total.adoption).toEqual({ rows: 1, covered: true, activeUsers: 1, enrolledUsers: null, rate: null, gap: 'group enrolment unknown' });
  });
});

describe('rows outside every stage', () => {
  const columns = usage([
    { date: '2026-09-03', user: 'admin' },
    { date: '2026-09-04', user: 'admin' },
    { date: '2026-09-07', user: 'u1' },
  ]);
  const metrics = computeMetrics({ 'import-1': columns }, [internal()], limit15);

  it('are reported as a warning with their dates, and per import', () => {
    expect(metrics.warnings).toEqual([
      {
        code: 'outside_stages',
        kind: 'usage',
        rows: 2,
        message: '2 usage rows are dated outside every stage (Sep 3\u2009–\u20094, 2026).',
      },
    ]);
    expect(metrics.imports[0]).toMatchObject({ importId: 'import-1', kind: 'usage', rows: 3, placedRows: 1 });
    expect(metrics.imports[0]?.unplaced.outside_stages).toBe(2);
  });

  it('are not counted in any stage', () => {
    expect(only(metrics).total.adoption?.rows).toBe(1);
  });

  // What tells a sampled log's stages apart (sampled-logs.ts): the stages each import has rows in.
  it('each import names the stages it has rows in', () => {
    const two = computeMetrics({ 'import-1': columns }, [stage('Early', '2026-08-24', 1), internal()], limit15);
    expect(two.imports[0]?.stagesWithRows).toEqual([1]);
  });

  it.each([
    [{ date: '2026-09-08', stage: 'Pilot X', user: 'u' }, '1 usage row names a stage the plan does not have (“Pilot X”).'],
    [{ week: 2, user: 'u' }, '1 usage row carries a week number but no stage, so it belongs to no stage.'],
  ])('other reasons are reported in words too', (row, message) => {
    const m = computeMetrics({ u: usage([row]) }, [internal()], limit15);
    expect(m.warnings.map((w) => w.message)).toEqual([message]);
  });
});

describe('test results', () => {
  const columns = testResults([
    { correct: true, hallucination: false, latency: 1, group: 'Short questions' },
    { correct: true, hallucination: true, latency: 2, group: 'Long documents' },
    { correct: false, hallucination: null, latency: null, group: 'Long documents' },
    { correct: null, hallucination: false, latency: 3, group: 'Short questions' },
  ]);
  const metrics = computeMetrics({ t: columns }, [internal()], limit15);

  it('accuracy leaves cases of unknown correctness out: 2 correct of 3 known', () => {
    expect(metrics.tests?.overall).toEqual({
      cases: 4,
      accuracy: { successes: 2, trials: 3, percent: (2 / 3) * 100 },
      hallucination: { successes: 1, trials: 3, percent: (1 / 3) * 100 },
      latencyCases: 3,
      meanLatencySeconds: 2,
    });
  });

  it('per group and per file', () => {
    expect(metrics.tests?.groups.map((g) => [g.group, g.figures.accuracy.successes, g.figures.accuracy.trials])).toEqual([
      ['Long documents', 1, 2],
      ['Short questions', 1, 1],
    ]);
    expect(metrics.tests?.byImport.map((i) => [i.importId, i.figures.cases])).toEqual([['t', 4]]);
  });
});

describe('the result', () => {
  it('says which kinds have no file at all (null) as opposed to no rows', () => {
    const metrics = computeMetrics({ q: quality([{ date: '2026-09-08', share: 1 }]) }, [internal(), stage('Next', '2026-10-05')], limit15);
    expect(only(metrics).total.adoption).toBeNull();
    expect(only(metrics).total.satisfaction).toBeNull();
    expect(metrics.tests).toBeNull();
    expect(metrics.stages[1]?.weeks).toEqual([]);
    expect(metrics.stages[1]?.total.quality?.outputs).toBe(0);
  });

  it('is plain data that survives JSON unchanged', () => {
    const metrics = computeMetrics(
      { u: pilotUsage, q: quality([{ date: '2026-09-08', share: 1, group: 'A' }]), t: testResults([{ correct: true }]) },
      [internal()],
      limit15,
    );
    expect(JSON.parse(JSON.stringify(metrics))).toEqual(metrics);
  });

  it('with no imports, every stage is empty and nothing is warned about', () => {
    const metrics = computeMetrics({}, [internal()], limit15);
    expect(metrics).toMatchObject({ tests: null, imports: [], warnings: [] });
    expect(only(metrics)).toMatchObject({ weeks: [], groups: [], total: { adoption: null, quality: null, satisfaction: null } });
  });
});

import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import type { Columns } from '../../../shared/metrics/columns';
import { repeatedRows } from '../../../shared/metrics/repeated-rows';
import { notCountedText } from '../../../shared/metrics/warnings';
import { quality, satisfaction, stage, usage } from './fixtures';

const internal = stage('Internal pilot', '2026-09-07', 4, 5);
const limit15 = { editingShareLimit: 15 };

const september = [
  { date: '2026-09-08', user: 'u1', share: 5 },
  { date: '2026-09-08', user: 'u2', share: 30 },
  { date: '2026-09-15', user: 'u1', share: 10 },
  { date: '2026-09-22', user: 'u3', share: 12 },
];

function outputs(files: Record<string, Columns>) {
  const metrics = computeMetrics(files, [internal], limit15);
  const total = metrics.stages[0]?.total.quality;
  const warning = metrics.warnings.find((w) => w.code === 'repeats_earlier_import');
  return { outputs: total?.outputs, under: total?.underLimit.successes, repeated: warning?.rows ?? 0, message: warning?.message };
}

describe('rows that two imports of one kind both hold (overlapping exports)', () => {
  it.each([
    ['the same rows in a second file with other line numbers', [september, september], 4, 4],
    ['a month export, then a week export inside it', [september, september.slice(0, 2)], 4, 2],
    ['two files that only share a week', [september.slice(0, 3), september.slice(2)], 4, 1],
    ['files with nothing in common', [september.slice(0, 2), september.slice(2)], 4, 0],
    ['a row differing in one value is another output', [september, [{ ...september[0]!, share: 6 }]], 5, 0],
    // Two outputs that look alike in one file stay two; a later file's copy of one of them repeats one.
    ['look-alike outputs in one file, one of them in another', [[september[0]!, september[0]!], [september[0]!]], 2, 1],
  ])('%s: counted once, and said', (_name, files, expectedOutputs, expectedRepeated) => {
    const columns = Object.fromEntries(files.map((rows, k) => [`import-${k}`, quality(rows)]));
    const result = outputs(columns);
    expect(result.outputs).toBe(expectedOutputs);
    expect(result.repeated).toBe(expectedRepeated);
    if (expectedRepeated > 0) expect(result.message).toMatch(/the same, value for value, as (a row|rows) of an earlier quality import \(the files overlap\), so (it was|they were) counted once/);
  });

  it('keeps the share and the sample of the rows once: the minimum sample is not met by a second copy', () => {
    const once = outputs({ a: quality(september) });
    const twice = outputs({ a: quality(september), b: quality(september) });
    expect(twice).toMatchObject({ outputs: once.outputs, under: once.under });
  });

  it('counts a satisfaction rating given in two survey exports once', () => {
    const ratings = [
      { date: '2026-09-08', user: 'u1', rating: 5 },
      { date: '2026-09-08', user: 'u2', rating: 1 },
    ];
    const metrics = computeMetrics({ a: satisfaction(ratings), b: satisfaction(ratings.slice(0, 1)) }, [internal], limit15);
    expect(metrics.stages[0]?.total.satisfaction?.ratings).toBe(2);
    expect(metrics.stages[0]?.total.satisfaction?.meanRating).toBe(3);
  });

  it('matches a file without a column to a file whose cells in it are empty', () => {
    const grouped = usage([
      { date: '2026-09-08', user: 'u1', group: 'Support', uses: 2 },
      { date: '2026-09-09', user: 'u2', uses: 3 },
    ]);
    const plain = usage([{ date: '2026-09-09', user: 'u2', uses: 3 }]);
    expect(plain.group).toBeNull();
    expect(repeatedRows([grouped, plain]).map((r) => (r === null ? null : [...r]))).toEqual([null, [1]]);
  });

  it('leaves a single import alone', () => {
    expect(repeatedRows([quality(september)])).toEqual([null]);
  });
});

describe('rows that only look alike', () => {
  it('keeps two sources of one day whose rows differ anywhere, though some rows are the same', () => {
    // Two regions' request logs, one row per request: the same day, many equal rows, yet two different days' worth.
    const north = usage([
      { date: '2026-09-08', user: 'u1', uses: 1 },
      { date: '2026-09-08', user: 'u2', uses: 1 },
    ]);
    const south = usage([
      { date: '2026-09-08', user: 'u1', uses: 1 },
      { date: '2026-09-08', user: 'u3', uses: 1 },
    ]);
    expect(repeatedRows([north, south])).toEqual([null, null]);
  });

  it('takes a later file’s day as copied only while earlier rows remain to answer for it', () => {
    const day = [{ date: '2026-09-08', user: 'u1', share: 5 }];
    // The second file copies the first; the third holds the same row again, with nothing left to answer for it.
    expect(repeatedRows([quality(day), quality(day), quality(day)]).map((r) => (r === null ? null : [...r]))).toEqual([null, [1], null]);
  });

  it('matches rows by stage week when they carry a week number instead of a date', () => {
    const weekly = [
      { week: 1, stage: 'Internal pilot', user: 'u1', rating: 4 },
      { week: 2, stage: 'Internal pilot', user: 'u1', rating: 5 },
    ];
    const again = satisfaction(weekly.slice(1));
    expect(repeatedRows([satisfaction(weekly), again]).map((r) => (r === null ? null : [...r]))).toEqual([null, [1]]);
    const otherStage = satisfaction([{ ...weekly[1]!, stage: 'Expanded pilot' }]);
    expect(repeatedRows([satisfaction(weekly), otherStage])).toEqual([null, null]);
  });
});

describe('the answer kept for the same imports (the metrics are worked out again at every edit)', () => {
  it('gives the kept answer for the same columns in the same order, and works it out again for any other list', () => {
    const first = quality(september);
    const second = quality(september.slice(0, 2));
    const once = repeatedRows([first, second]);
    expect(repeatedRows([first, second])).toBe(once);
    // Another order, another list, a copy of a column: each is its own question.
    expect(repeatedRows([second, first]).map((r) => (r === null ? null : [...r]))).toEqual([null, [1, 1, 0, 0]]);
    expect(repeatedRows([first, second, quality(september)])).not.toBe(once);
    expect(repeatedRows([first, quality(september.slice(0, 2))])).not.toBe(once);
    // One answer is kept per first import: the same list again is worked out afresh, to the same answer.
    expect(repeatedRows([first, second])).toEqual(once);
  });
});

describe('what the printed data sources say of a file’s rows that count nowhere', () => {
  const none = { outside_stages: 0, unknown_stage: 0, before_stage_start: 0, stage_without_start: 0, week_without_stage: 0, no_time: 0, beyond_week_limit: 0, repeats_earlier_import: 0 };
  it.each([
    ['all counted', none, null],
    ['one reason', { ...none, outside_stages: 2 }, '2 not counted (dated outside every stage)'],
    ['a file that repeats another', { ...none, repeats_earlier_import: 200 }, '200 not counted (the same as an earlier file’s rows)'],
    ['two reasons, each counted', { ...none, outside_stages: 2, repeats_earlier_import: 5 }, '7 not counted (2 dated outside every stage; 5 the same as an earlier file’s rows)'],
  ])('%s', (_name, unplaced, expected) => {
    expect(notCountedText(unplaced)).toBe(expected);
  });
});

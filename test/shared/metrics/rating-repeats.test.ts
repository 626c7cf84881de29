import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { satisfaction, stage } from './fixtures';

const internal = stage('Internal pilot', '2026-09-07', 4, 5);
const limit15 = { editingShareLimit: 15 };
type Rating = { date?: string; week?: number; stage?: string; user: string; rating: number };

function weekOne(files: readonly (readonly Rating[])[]) {
  const metrics = computeMetrics(Object.fromEntries(files.map((rows, k) => [`s${k}`, satisfaction(rows)])), [internal], limit15);
  const week = metrics.stages[0]?.weeks[0]?.satisfaction;
  const warning = metrics.warnings.find((w) => w.code === 'rated_again');
  return { ratings: week?.ratings, again: warning?.rows ?? 0, message: warning?.message };
}

const unhappy: Rating[] = ['u1', 'u2', 'u3'].map((user) => ({ date: '2026-09-08', user, rating: 2 }));
const keen = (times: number, rating = 5): Rating[] => Array.from({ length: times }, (_, i) => ({ date: `2026-09-${String(8 + (i % 5)).padStart(2, '0')}`, user: 'u4', rating }));

/** One rating per user per week is what the mean assumes: a user who rated more often is named, and every rating still counts. */
describe('users who rated more than once in a stage week', () => {
  it.each([
    ['a user who answered twelve times in a week', [[...unhappy, ...keen(12)]], 15, 11, /^11 satisfaction ratings are extra answers by users who rated more than once in a stage week \(1 user-week; most: “u4”, 12 ratings in week 1 of “Internal pilot”\)\. Every rating counts/],
    ['each answered once', [[...unhappy, ...keen(1)]], 4, 0, null],
    ['the same user in two files of one week', [[...unhappy, ...keen(1, 1)], keen(1, 5)], 5, 1, /^1 satisfaction rating is an extra answer/],
    ['by stage week when the survey gives a week number', [[{ week: 1, stage: 'Internal pilot', user: 'u1', rating: 1 }, { week: 1, stage: 'Internal pilot', user: 'u1', rating: 4 }]], 2, 1, /“u1”, 2 ratings in week 1 of “Internal pilot”/],
  ])('%s', (_name, files, ratings, again, message) => {
    const result = weekOne(files);
    expect(result).toMatchObject({ ratings, again });
    if (message !== null) expect(result.message).toMatch(message);
  });

  it('says nothing of a user’s ratings in different weeks: one per week each', () => {
    const metrics = computeMetrics({ s: satisfaction([{ date: '2026-09-08', user: 'u1', rating: 3 }, { date: '2026-09-15', user: 'u1', rating: 5 }]) }, [internal], limit15);
    expect(metrics.stages[0]?.total.satisfaction?.ratings).toBe(2);
    expect(metrics.warnings.some((w) => w.code === 'rated_again')).toBe(false);
  });
});

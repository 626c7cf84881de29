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
  return { ratings: week?.ratings, mean: week?.meanRating, users: week?.users, again: warning?.rows ?? 0, message: warning?.message };
}

const unhappy: Rating[] = ['u1', 'u2', 'u3'].map((user) => ({ date: '2026-09-08', user, rating: 2 }));
const keen = (times: number, rating = 5): Rating[] => Array.from({ length: times }, (_, i) => ({ date: `2026-09-${String(8 + (i % 5)).padStart(2, '0')}`, user: 'u4', rating }));

describe('one rating per user per week', () => {
  it.each([
    ['a user who answered twelve times in a week counts once', [[...unhappy, ...keen(12)]], 4, 2.75, 11],
    ['each answered once: nothing left out', [[...unhappy, ...keen(1)]], 4, 2.75, 0],
    ['the last answer counts: 5 then 1', [[...unhappy, ...keen(1, 5), ...keen(1, 1)]], 4, 1.75, 1],
    ['the later file’s answer counts over the earlier file’s', [[...unhappy, ...keen(1, 1)], keen(1, 5)], 4, 2.75, 1],
    ['by stage week when the survey gives a week number', [[{ week: 1, stage: 'Internal pilot', user: 'u1', rating: 1 }, { week: 1, stage: 'Internal pilot', user: 'u1', rating: 4 }]], 1, 4, 1],
  ])('%s', (_name, files, ratings, mean, again) => {
    const result = weekOne(files);
    expect(result).toMatchObject({ ratings, mean, again });
    if (again > 0) expect(result.message).toMatch(/(ratings their users|a rating its user) answered again later in the same stage week: only each user's last rating of a week counts/);
  });

  it('keeps a user’s ratings of different weeks: one per week each', () => {
    const metrics = computeMetrics({ s: satisfaction([{ date: '2026-09-08', user: 'u1', rating: 3 }, { date: '2026-09-15', user: 'u1', rating: 5 }]) }, [internal], limit15);
    expect(metrics.stages[0]?.total.satisfaction?.ratings).toBe(2);
    expect(metrics.warnings.some((w) => w.code === 'rated_again')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { placeRows } from '../../../shared/metrics/placement';
import { stageCalendar } from '../../../shared/metrics/stage-calendar';
import { lastCoveredWeeks, usageCoverage } from '../../../shared/metrics/usage-coverage';
import { stage, usage } from './fixtures';

/** Weeks 1–8 of each stage as "x" (covered) or "." (not). */
function covered(rows: Parameters<typeof usage>[0], stages = [stage('Pilot', '2026-09-07', 4), stage('Expanded', '2026-10-05', null)]) {
  const calendar = stageCalendar(stages);
  const columns = usage(rows);
  const coverage = usageCoverage([{ columns, placement: placeRows(columns, calendar) }], calendar);
  return { map: coverage.map((weeks) => Array.from(weeks.slice(1, 9), (f) => (f ? 'x' : '.')).join('')), last: [...lastCoveredWeeks(coverage)] };
}

describe('usageCoverage: which stage weeks a usage log covers', () => {
  it.each([
    ['one row covers its own week only', [{ date: '2026-09-08', user: 'a' }], ['x.......', '........'], [1, 0]],
    [
      'rows by date cover every week wholly between the first and the last, across stages',
      [
        { date: '2026-09-08', user: 'a' },
        { date: '2026-10-20', user: 'a' },
      ],
      ['xxxx....', 'xxx.....'],
      [4, 3],
    ],
    [
      'weeks at either end are covered through their own rows',
      [
        { date: '2026-09-10', user: 'a' },
        { date: '2026-09-16', user: 'a' },
      ],
      ['xx......', '........'],
      [2, 0],
    ],
    [
      'rows naming their stage cover that stage only, between its first and last week',
      [
        { week: 1, stage: 'Pilot', user: 'a' },
        { week: 3, stage: 'Pilot', user: 'a' },
      ],
      ['xxx.....', '........'],
      [3, 0],
    ],
    [
      'a named row never stretches the dated span of other stages',
      [
        { date: '2026-09-08', user: 'a' },
        { date: '2026-11-30', stage: 'Expanded', user: 'a' },
      ],
      ['x.......', '........'],
      [1, 9],
    ],
    ['a row with a use count of 0 shows the log was running', [{ date: '2026-09-08', user: 'a' }, { date: '2026-09-29', user: 'b', uses: 0 }], ['xxxx....', '........'], [4, 0]],
    ['no rows, no coverage', [], ['........', '........'], [0, 0]],
  ] as const)('%s', (_, rows, map, last) => {
    expect(covered([...rows])).toEqual({ map, last });
  });

  it('a stage without a start date is covered only through rows naming it by week', () => {
    const stages = [stage('Pilot', null, 4)];
    expect(covered([{ date: '2026-09-08', user: 'a' }, { week: 2, stage: 'Pilot', user: 'a' }], stages).map).toEqual(['.x......']);
  });
});

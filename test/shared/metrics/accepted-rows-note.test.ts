import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { formatDateRange } from '../../../shared/format/format';
import { acceptedRowsNote } from '../../../shared/metrics/warnings';
import { stage, usage } from './fixtures';

/*
 * Before: an import whose every row is dated outside every stage said only "3 rows accepted", as if they counted: the
 * lead could think the stage had data from it. Now its outcome says none falls in any stage's dates, and which.
 */
const runs = `“Internal pilot” ${formatDateRange('2026-09-07', '2026-09-20')}; “Expanded pilot” ${formatDateRange('2026-09-21', '2026-10-04')}`;
const stages = [stage('Internal pilot', '2026-09-07', 2), stage('Expanded pilot', '2026-09-21', 2)];

function noteFor(rows: Parameters<typeof usage>[0], dateRange: { first: string; last: string } | null) {
  const metrics = computeMetrics({ u1: usage(rows) }, stages, { editingShareLimit: 15 });
  return acceptedRowsNote({ accepted: rows.length, dateRange }, metrics.imports.find((i) => i.importId === 'u1'), metrics.stages);
}

describe('what "N rows accepted" is read with', () => {
  it.each([
    [
      'every row dated before the stages',
      [{ user: 'a', date: '2026-08-03' }, { user: 'b', date: '2026-08-10' }, { user: 'c', date: '2026-08-14' }],
      { first: '2026-08-03', last: '2026-08-14' },
      `None of these 3 rows falls in any stage's dates: they are dated ${formatDateRange('2026-08-03', '2026-08-14')}, and the stages run ${runs}. Nothing from this file is in any stage's figures: check the file's dates, or the stages' dates.`,
    ],
    [
      'one row, after the stages',
      [{ user: 'a', date: '2026-11-02' }],
      { first: '2026-11-02', last: '2026-11-02' },
      `This row falls in no stage's dates: it is dated Nov 2, 2026, and the stages run ${runs}. Nothing from this file is in any stage's figures: check the file's dates, or the stages' dates.`,
    ],
    [
      'none counted, for other reasons',
      [{ user: 'a', week: 1 }, { user: 'b', stage: 'Pilot 9', date: '2026-09-08' }],
      { first: '2026-09-08', last: '2026-09-08' },
      "None of these 2 rows counts in any stage (naming a stage the plan does not have; a week number but no stage), so nothing from this file is in any stage's figures.",
    ],
    ['some counted', [{ user: 'a', date: '2026-08-03' }, { user: 'b', date: '2026-09-08' }], { first: '2026-08-03', last: '2026-09-08' }, 'Of these, 1 not counted (dated outside every stage).'],
    ['every row counted', [{ user: 'a', date: '2026-09-08' }], { first: '2026-09-08', last: '2026-09-08' }, null],
  ])('%s', (_, rows, dateRange, note) => {
    expect(noteFor(rows, dateRange)).toBe(note);
  });

  it('says nothing while the figures for this import are not worked out yet', () => {
    expect(acceptedRowsNote({ accepted: 3, dateRange: null }, undefined, [])).toBeNull();
  });
});

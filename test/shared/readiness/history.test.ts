import { describe, expect, it } from 'vitest';
import { recordSnapshot } from '../../../shared/readiness/history';
import { computeReadiness } from '../../../shared/readiness/score';
import { planWithItems } from '../plan-fixture';

describe('recordSnapshot', () => {
  const open = computeReadiness(planWithItems([{ id: 'x', areaId: 'a' }]), '2026-11-20');
  const done = computeReadiness(planWithItems([{ id: 'x', areaId: 'a', status: 'done' }]), '2026-11-20');

  it('keeps one snapshot per day, the latest of the day winning', () => {
    const first = recordSnapshot([], open, '2026-11-20');
    const sameDay = recordSnapshot(first, done, '2026-11-20');
    expect(sameDay).toHaveLength(1);
    expect(sameDay[0]).toMatchObject({ date: '2026-11-20', overall: 1, blockers: 0 });
  });

  it('adds a point on a new day so progress can be charted', () => {
    const history = recordSnapshot(recordSnapshot([], open, '2026-11-20'), done, '2026-11-21');
    expect(history.map((s) => [s.date, s.overall])).toEqual([
      ['2026-11-20', 0],
      ['2026-11-21', 1],
    ]);
    expect(history[0]?.byArea).toEqual({ a: 0 });
  });

  it('returns the same history when nothing changed', () => {
    const history = recordSnapshot([], open, '2026-11-20');
    expect(recordSnapshot(history, open, '2026-11-20')).toBe(history);
  });

  it.each([
    ['by a day (a time zone set wrong)', '2026-11-20'],
    ['to 2000 (a laptop whose clock battery died)', '2000-01-01'],
  ])('files nothing when the clock was set back %s: no score is recorded under a day that is over', (_label, today) => {
    const history = recordSnapshot(recordSnapshot([], open, '2026-11-20'), open, '2026-11-21');
    expect(recordSnapshot(history, done, today)).toBe(history);
  });
});

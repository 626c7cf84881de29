import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf, weekCompleteDay, weekFirstDay, weekLastDay } from '../../../shared/gates/calendar';

describe('calendar', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-09-07', 20_703],
    ['2000-02-29', 11_016],
    ['1969-12-31', -1],
  ])('%s is day %d and back', (iso, day) => {
    expect(dayOf(iso)).toBe(day);
    expect(isoOf(day)).toBe(iso);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-9-7', '07/09/2026', ''])('rejects %j', (text) => {
    expect(dayOf(text)).toBeNull();
  });

  it('agrees with the UTC calendar on every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoOf(day)).toBe(iso);
        expect(dayOf(iso)).toBe(day);
      }),
    );
  });

  it('places week 4 of a stage starting 2026-09-07 on 2026-09-28 … 2026-10-04, judged from 2026-10-05', () => {
    const start = dayOf('2026-09-07') ?? 0;
    expect(isoOf(weekFirstDay(start, 4))).toBe('2026-09-28');
    expect(isoOf(weekLastDay(start, 4))).toBe('2026-10-04');
    expect(isoOf(weekCompleteDay(start, 4))).toBe('2026-10-05');
  });
});

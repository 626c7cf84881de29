import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, isoFromDay } from '../../../shared/metrics/day-number';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2024-02-29', 19782],
    ['2026-09-07', 20703],
    ['9999-12-31', 2932896],
  ])('%s is day %d', (iso, day) => {
    expect(dayFromIso(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-9-07', '07/09/2026', '2026-09-0x', ''])(
    'refuses %j',
    (text) => {
      expect(dayFromIso(text)).toBeNull();
    },
  );

  it('agrees with Date.UTC and round-trips any day from year 0 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719528, max: 2932896 }), (day) => {
        const iso = isoFromDay(day);
        expect(dayFromIso(iso)).toBe(day);
        expect(new Date(day * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
      }),
    );
  });
});

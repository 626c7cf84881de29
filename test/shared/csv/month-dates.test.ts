import { describe, expect, it } from 'vitest';
import { monthNameDate } from '../../../shared/csv/month-dates';
import { importBytes, summaryOf, utf8 } from './helpers';

describe('dates written with a month name', () => {
  it.each<[string, string | null]>([
    ['3 March 2026', '2026-03-03'],
    ['03 Mar 2026 09:40', '2026-03-03'],
    ['3. März 2026', '2026-03-03'],
    ['12 septiembre 2026', '2026-09-12'],
    ['1 augustus 2026', '2026-08-01'],
    ['2 décembre 2026', '2026-12-02'],
    ['Tue, 03 Mar 2026 09:40:00 +0000', '2026-03-03'],
    ['March 3, 2026', '2026-03-03'],
    ['Mar 3 2026 10:15 AM', '2026-03-03'],
    ['Tuesday, March 3, 2026 10:15 AM', '2026-03-03'],
    ['December 31st, 2025', '2025-12-31'],
    ['Feb 29, 2028', '2028-02-29'],
    ['Feb 29, 2026', null],
    ['31 April 2026', null],
    // No year: any year would be a guess.
    ['3 March', null],
    ['March 3', null],
    // A two-digit year with spaces is not read: "3 Mar 26" could be a day 26 in a sentence.
    ['3 Mar 26', null],
    ['Week 3, 2026', null],
    ['3 Foo 2026', null],
    // Jira in Polish, Italian and Portuguese (before: not dates, so every row of a Polish Jira export was rejected).
    ['12/lut/21 10:19 PM', '2021-02-12'],
    ['3/paź/24 9:00 AM', '2024-10-03'],
    ['30/wrz/25', '2025-09-30'],
    ['3/ott/24 09:40', '2024-10-03'],
    ['15/set/25 6:42 PM', '2025-09-15'],
    ['1/out/25', '2025-10-01'],
    ['4/gen/2026', '2026-01-04'],
  ])('%s reads as %s', (text, iso) => {
    expect(monthNameDate(text)).toBe(iso);
  });

  it('counts each row on its own day when the days share a prefix up to the first space (no reading reused across years)', () => {
    const text =
      'user_id,date,uses\n' +
      'u1,3 March 2025 09:00,1\n' +
      'u2,3 March 2025 10:00,1\n' +
      'u3,3 March 2026 09:00,1\n' +
      'u4,"March 3, 2025 11:00",1\n' +
      'u5,"March 3, 2026 11:00",1\n' +
      'u6,"March 4, 2026 11:00",1\n';
    const { result, rows } = importBytes(utf8(text), {
      kind: 'usage',
      today: '2026-12-31',
      mapping: { kind: 'usage', fields: { userId: 'user_id', date: 'date', uses: 'uses' }, latencyUnit: 'seconds' },
    });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => r.date)).toEqual(['2025-03-03', '2025-03-03', '2026-03-03', '2025-03-03', '2026-03-03', '2026-03-04']);
  });
});

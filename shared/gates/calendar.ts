/**
 * Calendar arithmetic for gate judging, on day numbers (whole days since 1970-01-01,
 * proleptic Gregorian, no time zone). Dates are calendar dates as the user means them, so a
 * local-time `Date` would shift by a day across daylight-saving changes; and plain integer
 * arithmetic is what keeps a whole plan's evaluation in a few milliseconds (a `Date` per
 * judged week dominated the profile).
 */

/** The day number of a `YYYY-MM-DD` date; null when the text is not a real date. */
export function dayOf(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  // Howard Hinnant's days_from_civil: years start on 1 March, so the leap day comes last.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` date of a day number (Hinnant's civil_from_days). */
export function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First day of week `week` (1-based) of a stage starting on day `start` (SPEC §5). */
export function weekFirstDay(start: number, week: number): number {
  return start + 7 * (week - 1);
}

/** Last day of week `week`: week 1 is the start date to the start date + 6 days. */
export function weekLastDay(start: number, week: number): number {
  return start + 7 * week - 1;
}

/** The first day on which week `week` is complete and can be judged: the day after its last day. */
export function weekCompleteDay(start: number, week: number): number {
  return start + 7 * week;
}

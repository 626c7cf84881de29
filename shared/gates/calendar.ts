/**
 * Calendar arithmetic for gate judging, on day numbers (whole days since 1970-01-01,
 * proleptic Gregorian, no time zone). Dates are calendar dates as the user means them, so a
 * local-time `Date` would shift by a day across daylight-saving changes; and plain integer
 * arithmetic is what keeps a whole plan's evaluation in a few milliseconds (a `Date` per
 * judged week dominated the profile).
 */

export { dayFromIso as dayOf, isoFromDay as isoOf } from '../model/day-number';

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

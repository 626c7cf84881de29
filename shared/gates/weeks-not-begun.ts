/**
 * Rows dated after today, by the rule the verdict sentences use (pending-text.ts): a week of a stage that has not
 * begun yet (its first day after today, in the reader's time zone) holds rows dated after today. Such rows are not
 * "to date": sums and charts leave them out and say so, never count them silently.
 */
import { formatDate } from '../format/format';
import { dayOf, isoOf, weekFirstDay } from './calendar';
import { weeksText } from './wording';

/** The weeks among `weeks` that have not begun on `today`, for a stage starting on `start` (`YYYY-MM-DD`); none without a start. */
export function weeksNotBegun(start: string | null, weeks: readonly number[], today: string): number[] {
  const first = start === null ? null : dayOf(start);
  const day = dayOf(today);
  if (first === null || day === null) return [];
  return weeks.filter((w) => weekFirstDay(first, w) > day);
}

/** "week 6, which starts on Dec 14, 2026", "weeks 6–7, from Dec 14, 2026". */
export function notBegunWeeksText(start: string, weeks: readonly number[]): string {
  const first = dayOf(start);
  const sorted = [...weeks].sort((a, b) => a - b);
  const firstWeek = sorted[0] ?? 1;
  const from = first === null ? '' : formatDate(isoOf(weekFirstDay(first, firstWeek)));
  return sorted.length === 1 ? `week ${firstWeek}, which starts on ${from}` : `${weeksText(sorted)}, from ${from}`;
}

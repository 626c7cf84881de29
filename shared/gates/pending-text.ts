import { afterTodayWords, formatDate, formatPlural } from '../format/format';
import { metricInfo, type MetricId } from '../model/metrics';
import { dayOf, isoOf } from './calendar';
import type { StageClock, JudgingWindow } from './judging-window';
import type { JudgedObservation } from './results';
import { measurementText } from './wording';

/** Why nothing is judged yet, when the stage has no start date or has not begun. */
export function notStartedText(start: string | null, what: 'gates' | 'triggers'): string {
  return start === null
    ? `The stage has no planned start date yet, so its ${what} cannot be judged.`
    : `The stage starts on ${formatDate(start)}; nothing to judge yet.`;
}

/**
 * When a judgement becomes final, in words: "Judged on week 4, which ends on Oct 4, 2026".
 * The date named is the last day of the judged period; the judgement is made the day after.
 */
export function readyText(window: JudgingWindow, clock: StageClock, verb: 'Judged' | 'Checked' = 'Judged'): string {
  const lastDay = formatDate(isoOf(window.readyDay - 1));
  const lastWeek = window.weeks[window.weeks.length - 1];
  const { runLength, shape } = window;
  switch (window.because) {
    case 'week':
      return `${verb} on ${runLength > 1 ? `${runLength} consecutive weeks ending with ` : ''}week ${lastWeek}, which ends on ${lastDay}`;
    case 'stage_end':
      return `${verb} at the end of the stage, on ${lastDay}`;
    case 'continuous': {
      const first = shape.firstWeek + runLength - 1;
      if (shape.afterDays > 0) return `${verb} from week ${first} (${formatPlural(shape.afterDays, 'day')} after the start), which ends on ${lastDay}`;
      return runLength > 1
        ? `Needs ${runLength} consecutive complete weeks; the earliest, week ${first}, ends on ${lastDay}`
        : `${verb} on every complete week; week ${first} ends on ${lastDay}`;
    }
    case 'after_days':
      return `${verb} from ${formatDate(isoOf(window.readyDay))}, ${formatPlural(shape.afterDays, 'day')} after the start`;
    case 'min_duration': {
      const weeks = clock.minDurationWeeks;
      return `No gate passes before ${formatDate(isoOf(window.readyDay))}: the stage must run at least ${formatPlural(weeks, 'week')}`;
    }
  }
}

/** Where a week of data stands against today: this week or the last complete one, older, or not begun yet. */
export type Freshness = { readonly kind: 'current' } | { readonly kind: 'stale'; readonly lastDay: string } | { readonly kind: 'future'; readonly firstDay: string };

/**
 * How fresh week `week` of the stage is on `clock.today`: older than the last complete week is stale. A stage
 * that has ended expects nothing after its last week, so data reaching that week stay current.
 */
export function freshnessOf(week: number, clock: TrendClock): Freshness {
  const firstDay = clock.start + 7 * (week - 1);
  if (firstDay > clock.today) return { kind: 'future', firstDay: isoOf(firstDay) };
  const currentWeek = Math.min(Math.floor((clock.today - clock.start) / 7) + 1, (clock.durationWeeks ?? Infinity) + 1);
  return week < currentWeek - 1 ? { kind: 'stale', lastDay: isoOf(firstDay + 6) } : { kind: 'current' };
}

/**
 * The trend beside a pending judgement: "current trend 9 of 20 users (45%) in week 3", or "no data yet".
 * "Current" only when the data reach this week or the last complete one: a file that stopped weeks ago is
 * named as the latest data with the day it ended, and rows dated after today (a week not begun yet) are
 * named as such, never as a trend. `lastWeek` is the latest week the series holds data for.
 */
export function trendText(trend: JudgedObservation | null, metric: MetricId, clock: TrendClock, lastWeek: number | null): string {
  if (trend === null || trend.value === null) return 'no data yet';
  return trendWords(trend, measurementText(trend, metricInfo[metric]), clock, lastWeek);
}

type TrendClock = Pick<StageClock, 'today' | 'start' | 'durationWeeks'>;

/** `measured` placed in its week (or "so far") with how fresh it is; `against` follows the place (a baseline). */
export function trendWords(trend: JudgedObservation, measured: string, clock: TrendClock, lastWeek: number | null, against = ''): string {
  const week = trend.scope.kind === 'week' ? trend.scope.week : lastWeek;
  const fresh: Freshness = week === null ? { kind: 'current' } : freshnessOf(week, clock);
  if (trend.scope.kind === 'week') {
    const place = `${measured} in week ${week}${against}`;
    switch (fresh.kind) {
      case 'current':
        return `current trend ${place}`;
      case 'stale':
        return `latest data ${place}; week ${week} ended on ${formatDate(fresh.lastDay)} and nothing newer has arrived`;
      case 'future':
        return `the data hold rows dated ${afterTodayWords(isoOf(clock.today))}: ${place}; week ${week} starts on ${formatDate(fresh.firstDay)}, check the file's dates`;
    }
  }
  const place = `${measured} so far${against}`;
  switch (fresh.kind) {
    case 'current':
      return `current trend ${place}`;
    case 'stale':
      return `${place}; the data end with week ${week}, which ended on ${formatDate(fresh.lastDay)}, and nothing newer has arrived`;
    case 'future':
      return `${place}, counting rows dated ${afterTodayWords(isoOf(clock.today))}; the data reach week ${week}, which starts on ${formatDate(fresh.firstDay)}: check the file's dates`;
  }
}

/**
 * The label beside a pending result's figure: "Current trend" only for this week's or the last complete
 * week's data (the same rule as `trendText`), "Latest data" for an older week, "Dated after today" for a
 * week not begun; "So far" for the whole stage, whose sentence above says how fresh it is.
 */
export function trendLabel(trend: JudgedObservation, today: string): string {
  if (trend.scope.kind !== 'week') return 'So far';
  const day = dayOf(today);
  const from = dayOf(trend.scope.from);
  const to = dayOf(trend.scope.to);
  if (day === null || from === null || to === null) return 'Current trend';
  if (from > day) return 'Dated after today';
  return to < day - 7 ? 'Latest data' : 'Current trend';
}

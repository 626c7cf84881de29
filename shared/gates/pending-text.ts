import { formatDate, formatPlural } from '../format/format';
import { metricInfo, type MetricId } from '../model/metrics';
import { isoOf } from './calendar';
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

/** "current trend 9 of 20 users (45%) in week 3", or "no data yet". */
export function trendText(trend: JudgedObservation | null, metric: MetricId): string {
  if (trend === null || trend.value === null) return 'no data yet';
  const where = trend.scope.kind === 'week' ? `in week ${trend.scope.week}` : 'so far';
  return `current trend ${measurementText(trend, metricInfo[metric])} ${where}`;
}

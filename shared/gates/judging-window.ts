import type { Criterion, Persistence } from '../model/schema';
import { weekCompleteDay } from './calendar';
import type { ObservationSeries } from './observations';

/** Where a stage stands on `today`, as day numbers. Built by `stageState` (gate-context.ts). */
export interface StageClock {
  readonly today: number;
  readonly start: number;
  /** Weeks fully elapsed: week N is complete on start + 7N. */
  readonly completeWeeks: number;
  readonly durationWeeks: number | null;
  readonly minDurationWeeks: number;
}

/** A persistence rule reduced to what the arithmetic needs. */
export interface RuleShape {
  /** Consecutive weeks the condition must hold: 1 without persistence; "more than N" is N + 1. */
  readonly runLength: number;
  /** Days from the start before anything is judged ("after 90 days"); 0 otherwise. */
  readonly afterDays: number;
  /** The first week that counts: the first week whose last day is on or after start + afterDays. */
  readonly firstWeek: number;
}

/** Reduces a persistence rule; the schema allows only one rule per criterion, so they never combine. */
export function ruleShape(persistence: Persistence | null): RuleShape {
  if (persistence === null) return { runLength: 1, afterDays: 0, firstWeek: 1 };
  switch (persistence.kind) {
    case 'consecutive_weeks':
      return { runLength: persistence.weeks, afterDays: 0, firstWeek: 1 };
    case 'more_than_weeks':
      return { runLength: persistence.weeks + 1, afterDays: 0, firstWeek: 1 };
    case 'after_days':
      // Week N's last day is start + 7N − 1: the first week reaching day `days` is ⌈(days + 1) / 7⌉.
      return { runLength: 1, afterDays: persistence.days, firstWeek: Math.max(1, Math.ceil((persistence.days + 1) / 7)) };
  }
}

/** What sets the day a judgement becomes final: shown in the "pending" sentence. */
export type ReadyBecause = 'week' | 'stage_end' | 'continuous' | 'after_days' | 'min_duration';

/**
 * Which observations a rule judges and from when:
 * - whole: the pooled stage observation;
 * - weeks: every listed week must meet the rule (a judging week, a consecutive run, every week so far);
 * - runs: (triggers only) fires when the condition holds in `runLength` consecutive listed weeks.
 */
export interface JudgingWindow {
  readonly kind: 'whole' | 'weeks' | 'runs';
  readonly weeks: readonly number[];
  readonly runLength: number;
  readonly shape: RuleShape;
  /** First day (day number) on which the judgement is final. */
  readonly readyDay: number;
  readonly because: ReadyBecause;
}

/**
 * The last week worth judging. A stage with a planned duration gets no rows after its end
 * (rows without a stage column are placed by date), so weeks past the end would all read
 * "no data"; a stage that overran keeps the later weeks it does have data for.
 */
export function horizonWeek(clock: StageClock, overall: ObservationSeries | null): number {
  const { completeWeeks, durationWeeks } = clock;
  if (durationWeeks === null) return completeWeeks;
  let lastData = 0;
  for (const w of overall?.weeks ?? []) if (w.week <= completeWeeks && w.week > lastData) lastData = w.week;
  return Math.max(Math.min(completeWeeks, durationWeeks), lastData);
}

/**
 * The window a criterion or trigger is judged on (SPEC §4 "when it is judged" + persistence).
 * Criteria also wait for the stage's minimum duration; triggers may fire at any time.
 */
export function judgingWindow(
  rule: Pick<Criterion, 'judgedAt' | 'persistence'>,
  clock: StageClock,
  horizon: number,
  purpose: 'criterion' | 'trigger',
): JudgingWindow {
  const shape = ruleShape(rule.persistence);
  const base = baseWindow(rule.judgedAt, shape, clock, horizon, purpose);
  let { readyDay, because } = base;
  const afterDay = clock.start + shape.afterDays;
  if (afterDay > readyDay) {
    readyDay = afterDay;
    because = 'after_days';
  }
  const minDay = clock.start + 7 * clock.minDurationWeeks;
  if (purpose === 'criterion' && minDay > readyDay) {
    readyDay = minDay;
    because = 'min_duration';
  }
  return { ...base, shape, readyDay, because };
}

type BaseWindow = Omit<JudgingWindow, 'shape'>;

function baseWindow(
  judgedAt: Criterion['judgedAt'],
  shape: RuleShape,
  clock: StageClock,
  horizon: number,
  purpose: 'criterion' | 'trigger',
): BaseWindow {
  const { runLength } = shape;
  const { start, durationWeeks } = clock;
  switch (judgedAt.kind) {
    case 'week':
      return runEndingAt(judgedAt.week, runLength, start, 'week');
    case 'stage_end':
      if (durationWeeks !== null) {
        return runLength === 1
          ? { kind: 'whole', weeks: [], runLength, readyDay: weekCompleteDay(start, durationWeeks), because: 'stage_end' }
          : runEndingAt(durationWeeks, runLength, start, 'stage_end');
      }
      // No planned end: "stage end" can only mean "the stage so far".
      return runLength === 1
        ? { kind: 'whole', weeks: [], runLength, readyDay: start, because: 'stage_end' }
        : continuous(shape, start, horizon, purpose);
    case 'continuous':
      return continuous(shape, start, horizon, purpose);
  }
}

/** A judging week with a persistence run: the run ends at the judging week, or at week `runLength` if later. */
function runEndingAt(week: number, runLength: number, start: number, because: ReadyBecause): BaseWindow {
  const last = Math.max(week, runLength);
  return { kind: 'weeks', weeks: range(last - runLength + 1, last), runLength, readyDay: weekCompleteDay(start, last), because };
}

function continuous(shape: RuleShape, start: number, horizon: number, purpose: 'criterion' | 'trigger'): BaseWindow {
  const { runLength, firstWeek } = shape;
  const readyDay = weekCompleteDay(start, firstWeek + runLength - 1);
  if (purpose === 'trigger') {
    return { kind: 'runs', weeks: range(firstWeek, horizon), runLength, readyDay, because: 'continuous' };
  }
  // A criterion: every complete week so far must meet it, or with a run, the latest run of weeks.
  if (runLength === 1) return { kind: 'weeks', weeks: range(firstWeek, horizon), runLength, readyDay, because: 'continuous' };
  const last = Math.max(horizon, runLength);
  return { kind: 'weeks', weeks: range(last - runLength + 1, last), runLength, readyDay, because: 'continuous' };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let w = from; w <= to; w++) out.push(w);
  return out;
}

import type { QualitySums, SatisfactionSums, UsageSums } from './aggregate';
import type { OperationsSums } from './aggregate-operations';
import type { ReviewSums, ShadowSums } from './aggregate-reviews';
import { operationsFigures, reviewFigures, shadowFigures } from './bucket-figures';
import type { ValueSums } from './aggregate-value';
import type { BucketLayout } from './buckets';
import { isoFromDay } from './day-number';
import type {
  AdoptionFigures,
  GroupSeries,
  PeriodFigures,
  QualityFigures,
  SatisfactionFigures,
  StageMetrics,
  ValueFigures,
  WeekFigures,
} from './pilot-metrics';
import { compareNames, meanOrNull, proportion } from './proportion';
import type { StageInput, StageSpan } from './stage-calendar';
import type { UsageCoverage } from './usage-coverage';

/** The per-bucket sums of each kind; null for a kind without any imported file. */
export interface KindSums {
  readonly usage: UsageSums | null;
  readonly quality: QualitySums | null;
  readonly satisfaction: SatisfactionSums | null;
  readonly operations?: OperationsSums | null;
  readonly reviews?: ReviewSums | null;
  readonly shadow?: ShadowSums | null;
}

/** Turns the flat bucket sums into each stage's weekly series, total and group series. */
export function assembleStages(
  stages: readonly StageInput[],
  spans: readonly StageSpan[],
  layout: BucketLayout,
  sums: KindSums,
  groupNames: readonly string[],
  coverage: UsageCoverage,
  usageGrouped: boolean,
): StageMetrics[] {
  const { stride } = layout;
  return stages.map((stage, s) => {
    const span = spans[s] ?? { start: null, end: null };
    const base = layout.cellBase[s] as number;
    const weekCount = layout.weeks[s] as number;
    const coveredWeeks = coverage[s];
    // A group's silent week is 0 active users only when the usage logs say who is in which group.
    const isCovered = (week: number, g: number): boolean => (g === 0 || usageGrouped) && coveredWeeks?.[week] === 1;
    const stageCovered = coveredWeeks !== undefined && coveredWeeks.includes(1);
    // Own keys only: a group named "constructor" must not find Object's.
    const byGroup = stage.enrolledByGroup ?? {};
    const enrolledIn = (g: number): number | null => {
      if (g === 0) return stage.enrolledUsers;
      const name = groupNames[g] ?? '';
      return Object.hasOwn(byGroup, name) ? (byGroup[name] ?? null) : null;
    };
    const stageActive = (g: number): number => (sums.usage === null ? 0 : (sums.usage.activeUsers[base * stride + g] as number));
    const series = (g: number): WeekFigures[] =>
      Array.from({ length: weekCount }, (_, k) => {
        const week = k + 1;
        const first = span.start === null ? null : span.start + k * 7;
        return {
          week,
          from: first === null ? null : isoFromDay(first),
          to: first === null ? null : isoFromDay(first + 6),
          ...period(sums, (base + week) * stride + g, enrolledIn(g), g > 0, isCovered(week, g), stageActive(g)),
        };
      });
    const groups: GroupSeries[] = [];
    for (let g = 1; g < stride; g++) {
      if (!hasRows(sums, base * stride + g)) continue;
      groups.push({ group: groupNames[g] ?? '', total: period(sums, base * stride + g, enrolledIn(g), true, usageGrouped && stageCovered), weeks: series(g) });
    }
    groups.sort((a, b) => compareNames(a.group, b.group));
    return {
      stageId: stage.id,
      stageName: stage.name,
      from: span.start === null ? null : isoFromDay(span.start),
      to: span.end === null ? null : isoFromDay(span.end),
      enrolledUsers: stage.enrolledUsers,
      total: period(sums, base * stride, stage.enrolledUsers, false, stageCovered),
      weeks: series(0),
      groups,
    };
  });
}

function period(sums: KindSums, b: number, enrolled: number | null, isGroup: boolean, covered: boolean, stageActive?: number): PeriodFigures {
  const usage = sums.usage === null ? null : adoption(sums.usage, b, enrolled, isGroup, covered);
  return {
    adoption: usage === null || stageActive === undefined ? usage : { ...usage, stageActiveUsers: stageActive },
    quality: sums.quality === null ? null : quality(sums.quality, b),
    satisfaction: sums.satisfaction === null ? null : satisfaction(sums.satisfaction, b),
    ...(sums.operations ? { operations: operationsFigures(sums.operations, b) } : {}),
    ...(sums.reviews ? { reviews: reviewFigures(sums.reviews, b) } : {}),
    ...(sums.shadow ? { shadow: shadowFigures(sums.shadow, b) } : {}),
  };
}

function adoption(sums: UsageSums, b: number, enrolled: number | null, isGroup: boolean, inCoverage: boolean): AdoptionFigures {
  const rows = sums.rows[b] as number;
  const activeUsers = sums.activeUsers[b] as number;
  // A period with rows is observed; one without is observed only inside the logs' coverage.
  const covered = rows > 0 || inCoverage;
  // Per group, the enrolment is known only from a roster file with a group column.
  if (isGroup && enrolled === null) return { rows, covered, activeUsers, enrolledUsers: null, rate: null, gap: 'group enrolment unknown' };
  if (enrolled === null) return { rows, covered, activeUsers, enrolledUsers: null, rate: null, gap: 'enrolment unknown' };
  if (enrolled === 0) return { rows, covered, activeUsers, enrolledUsers: 0, rate: null, gap: 'no users enrolled' };
  return { rows, covered, activeUsers, enrolledUsers: enrolled, rate: proportion(activeUsers, enrolled), gap: null };
}

function quality(sums: QualitySums, b: number): QualityFigures {
  const outputs = sums.outputs[b] as number;
  const median = sums.median[b] as number;
  return {
    outputs,
    underLimit: proportion(sums.underLimit[b] as number, outputs),
    meanEditingPercent: meanOrNull(sums.sum[b] as number, outputs),
    medianEditingPercent: Number.isNaN(median) ? null : median,
    editingSum: sums.sum[b] as number,
    editingSumOfSquares: sums.sumOfSquares[b] as number,
    ...(sums.value ? { value: valueFigures(sums.value, b) } : {}),
  };
}

function valueFigures(v: ValueSums, b: number): ValueFigures {
  return {
    outputs: v.outputs[b] as number,
    minutesSaved: v.minutes[b] as number,
    minutesSavedSumOfSquares: v.minutesSquares[b] as number,
    userWeeks: v.userWeeks[b] as number,
    userWeekHours: v.userWeekHours[b] as number,
    userWeekHoursSumOfSquares: v.userWeekHoursSquares[b] as number,
  };
}

function satisfaction(sums: SatisfactionSums, b: number): SatisfactionFigures {
  const ratings = sums.ratings[b] as number;
  return {
    ratings,
    meanRating: meanOrNull(sums.sum[b] as number, ratings),
    ratingSum: sums.sum[b] as number,
    ratingSumOfSquares: sums.sumOfSquares[b] as number,
    topTwo: proportion(sums.topTwo[b] as number, ratings),
    users: sums.users[b] as number,
  };
}

function hasRows(sums: KindSums, b: number): boolean {
  return (
    (sums.usage?.rows[b] ?? 0) > 0 ||
    (sums.quality?.outputs[b] ?? 0) > 0 ||
    (sums.satisfaction?.ratings[b] ?? 0) > 0 ||
    (sums.operations?.rows[b] ?? 0) > 0 ||
    (sums.reviews?.reviews[b] ?? 0) > 0 ||
    (sums.shadow?.cases[b] ?? 0) > 0
  );
}

import { formatCount, formatPlural } from '../format/format';
import { aggregateQuality, aggregateSatisfaction, aggregateUsage, type PlacedImport, type QualitySums } from './aggregate';
import { aggregateValue } from './aggregate-value';
import { aggregateOperations } from './aggregate-operations';
import { aggregateReviews, aggregateShadow } from './aggregate-reviews';
import { assembleStages } from './assemble';
import { bucketLayout, MAX_BUCKETS, type BucketLayout } from './buckets';
import { periodInputs, type BaselinePeriod } from './period-metrics';
import { placeFigures } from './weekly-figures';
import type { Columns, FigureColumns, OperationsColumns, QualityColumns, ReviewColumns, SatisfactionColumns, ShadowColumns, TestResultColumns, UsageColumns } from './columns';
import { joinDictionaries } from './global-ids';
import { placeRows, unplacedReasons, type Placement, type UnplacedReason } from './placement';
import { ratingsGivenAgain } from './rating-repeats';
import { repeatedRows, withoutRepeated } from './repeated-rows';
import { reviewerBreakdown } from './reviewer-breakdown';
import { PILOT_METRICS_VERSION, type ImportPlacement, type MetricsWarning, type PeriodMetrics, type PilotMetrics } from './pilot-metrics';
import { stageCalendar, type StageInput } from './stage-calendar';
import { computeTestMetrics } from './test-figures';
import { lastCoveredWeeks, usageCoverage } from './usage-coverage';
import { enrolmentWarnings, placementWarnings } from './warnings';

export interface MetricsOptions {
  /** The plan's editing limit in percent: an output is "under" when its share is strictly below it. */
  readonly editingShareLimit: number;
  /** The plan's "a task takes N minutes by hand", for rows that give no minutes by hand; null when not set. */
  readonly manualMinutesPerTask?: number | null;
  /** Baseline periods the plan's criteria name: their figures come with the metrics (period-metrics.ts). */
  readonly baselinePeriods?: readonly BaselinePeriod[];
}

/** Stored columns of every import of a plan, by import id. */
export type ColumnsByImport = Readonly<Record<string, Columns>>;

type TimedColumnsUnion = UsageColumns | QualityColumns | SatisfactionColumns | OperationsColumns | ReviewColumns | ShadowColumns;

const EMPTY_MAP = new Uint32Array(1);

/**
 * The pilot metrics of a plan (SPEC §5): per stage, per week, overall and per group, plus the
 * test-results figures. Pure: changing a stage date, an enrolment or the editing limit only
 * needs this to run again on the same columns, never a re-import.
 */
export function computeMetrics(
  columnsByImport: ColumnsByImport,
  stages: readonly StageInput[],
  options: MetricsOptions,
): PilotMetrics {
  const calendar = stageCalendar(stages);
  const entries = Object.entries(columnsByImport);
  // Weekly figures are placed on their own (they are figures, not rows to aggregate); incidents live in the register.
  const timed = withoutRepeatedRows(
    entries
      .filter((e): e is [string, TimedColumnsUnion] => e[1].kind !== 'test_results' && e[1].kind !== 'weekly_figures' && e[1].kind !== 'incidents')
      .map(([importId, columns]) => ({ importId, columns, placement: placeRows(columns, calendar) })),
  );
  const figures = placeFigures(
    entries.filter((e): e is [string, FigureColumns] => e[1].kind === 'weekly_figures').map(([importId, columns]) => ({ importId, columns })),
    calendar,
  );
  const tests = entries
    .filter((e): e is [string, TestResultColumns] => e[1].kind === 'test_results')
    .map(([importId, columns]) => ({ importId, columns }));

  const warnings: MetricsWarning[] = placementWarnings([
    ...timed.map((t) => ({ kind: t.columns.kind, placement: t.placement })),
    ...[...figures.placements.values()].map((placement) => ({ kind: 'weekly_figures' as const, placement })),
  ]);
  const weeks = new Int32Array(stages.length);
  for (const t of timed) t.placement.maxWeek.forEach((w, s) => (weeks[s] = Math.max(weeks[s] as number, w)));
  const usageTimed = timed.filter((t): t is (typeof timed)[number] & { columns: UsageColumns } => t.columns.kind === 'usage');
  const coverage = usageCoverage(usageTimed, calendar);
  // Covered weeks without any row still belong in the series: nobody used the tool then.
  lastCoveredWeeks(coverage).forEach((w, s) => (weeks[s] = Math.max(weeks[s] as number, w)));
  const groups = joinDictionaries(timed.map((t) => t.columns.group));
  let layout = bucketLayout(weeks, groups.names.length - 1);
  if (layout.bucketCount > MAX_BUCKETS) {
    layout = bucketLayout(weeks, 0);
    warnings.push({
      code: 'too_many_groups',
      kind: null,
      rows: 0,
      message: `The files name ${formatCount(groups.names.length - 1)} different groups, too many to break down; check which column is mapped as the group.`,
    });
  }

  const placed = timed.map((t, k) => ({
    columns: t.columns,
    placement: t.placement,
    groupMap: groups.maps[k] ?? EMPTY_MAP,
    grouped: layout.stride > 1,
  }));
  const usage = placed.filter((p): p is PlacedImport<UsageColumns> => p.columns.kind === 'usage');
  const quality = placed.filter((p): p is PlacedImport<QualityColumns> => p.columns.kind === 'quality');
  const satisfaction = placed.filter((p): p is PlacedImport<SatisfactionColumns> => p.columns.kind === 'satisfaction');
  const operations = placed.filter((p): p is PlacedImport<OperationsColumns> => p.columns.kind === 'operations');
  const reviews = placed.filter((p): p is PlacedImport<ReviewColumns> => p.columns.kind === 'reviews');
  const shadow = placed.filter((p): p is PlacedImport<ShadowColumns> => p.columns.kind === 'shadow');
  const again = ratingsGivenAgain(satisfaction, stages.map((st) => st.name));
  if (again !== null) warnings.push(again);
  const sums = {
    usage: usage.length > 0 ? aggregateUsage(usage, layout) : null,
    quality: quality.length > 0 ? withValue(aggregateQuality(quality, layout, options.editingShareLimit), quality, layout, options) : null,
    satisfaction: satisfaction.length > 0 ? aggregateSatisfaction(satisfaction, layout) : null,
    operations: operations.length > 0 ? aggregateOperations(operations, layout) : null,
    reviews: reviews.length > 0 ? aggregateReviews(reviews, layout) : null,
    shadow: shadow.length > 0 ? aggregateShadow(shadow, layout) : null,
  };
  const usageGrouped = usage.some((u) => u.grouped && u.columns.group !== null);
  const assembled = assembleStages(stages, calendar.spans, layout, sums, groups.names, coverage, usageGrouped);
  const reviewers = reviews.length > 0 ? reviewerBreakdown(reviews, stages.length) : null;
  const stageMetrics = reviewers === null ? assembled : assembled.map((s, k) => ({ ...s, reviewers: reviewers[k] ?? [] }));
  warnings.push(...enrolmentWarnings(stageMetrics));

  const placementById = new Map<string, Placement>([...timed.map((t): [string, Placement] => [t.importId, t.placement]), ...figures.placements]);
  const testsGrouped = (columns: TestResultColumns): boolean => columns.group !== null && columns.group.values.length > 1;
  const imports: ImportPlacement[] = entries.map(([importId, columns]) => {
    const placement = placementById.get(importId);
    return {
      importId,
      kind: columns.kind,
      rows: columns.rowCount,
      placedRows: placement?.placedRows ?? columns.rowCount,
      unplaced: placement?.unplaced ?? noneUnplaced,
      grouped:
        columns.kind === 'test_results'
          ? testsGrouped(columns)
          : columns.kind === 'weekly_figures' || columns.kind === 'incidents'
          ? columns.group !== null && columns.group.values.length > 1
          : columns.group !== null && columns.group.values.length > 1 && layout.stride > 1,
      ...(placement === undefined || columns.kind === 'weekly_figures' ? {} : { stagesWithRows: stagesWithRows(placement) }),
    };
  });

  const testMetrics = computeTestMetrics(tests);
  const rerun = testMetrics?.rerunCases ?? 0;
  if (rerun > 0) {
    warnings.push({
      code: 'rerun_test_cases',
      kind: 'test_results',
      rows: rerun,
      message: `${formatPlural(rerun, 'test case')} ${rerun === 1 ? 'is' : 'are'} in a later test-results file too (a re-run of the test set): each case counts once, from the latest file that holds it. Remove the older file if its results are meant to count instead.`,
    });
  }

  const periods = options.baselinePeriods ?? [];
  return {
    version: PILOT_METRICS_VERSION,
    editingShareLimit: options.editingShareLimit,
    manualMinutesPerTask: options.manualMinutesPerTask ?? null,
    ...(periods.length > 0 ? { periods: periods.map((p) => periodMetrics(columnsByImport, p, options)) } : {}),
    stages: stageMetrics,
    tests: testMetrics,
    imports,
    warnings,
    ...(figures.entries.length > 0 ? { figures: figures.entries } : {}),
  };
}

/** A baseline period's figures: the same computation over a stand-in stage spanning the period. */
function periodMetrics(columnsByImport: ColumnsByImport, period: BaselinePeriod, options: MetricsOptions): PeriodMetrics {
  const inputs = periodInputs(columnsByImport, period);
  const stage = inputs === null ? undefined : computeMetrics(inputs.columns, [inputs.stage], { ...options, baselinePeriods: [] }).stages[0];
  return {
    from: period.from,
    to: period.to,
    total: stage?.total ?? { adoption: null, quality: null, satisfaction: null },
    groups: stage?.groups.map((g) => ({ group: g.group, total: g.total })) ?? [],
  };
}

/** Rows that repeat an earlier import's rows of the same kind (overlapping files) placed nowhere, so they count once. */
function withoutRepeatedRows<T extends { readonly columns: TimedColumnsUnion; readonly placement: Placement }>(timed: readonly T[]): T[] {
  const out = [...timed];
  for (const kind of new Set(timed.map((t) => t.columns.kind))) {
    const positions = timed.flatMap((t, k) => (t.columns.kind === kind ? [k] : []));
    const repeated = repeatedRows(positions.map((k) => (timed[k] as T).columns));
    positions.forEach((k, j) => {
      const t = timed[k] as T;
      out[k] = { ...t, placement: withoutRepeated(t.placement, repeated[j] ?? null) };
    });
  }
  return out;
}

function withValue(sums: QualitySums, imports: readonly PlacedImport<QualityColumns>[], layout: BucketLayout, options: MetricsOptions): QualitySums {
  const value = aggregateValue(imports, layout, options.manualMinutesPerTask ?? null);
  return value === null ? sums : { ...sums, value };
}

/** The stages a placement put rows in: a stage with a row has a highest week of at least 1. */
function stagesWithRows(placement: Placement): number[] {
  const stages: number[] = [];
  placement.maxWeek.forEach((w, s) => {
    if (w > 0) stages.push(s);
  });
  return stages;
}

const noneUnplaced = Object.fromEntries(unplacedReasons.map((r) => [r, 0])) as Record<UnplacedReason, number>;

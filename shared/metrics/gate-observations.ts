import type { ImportKind } from '../csv/kinds';
import type {
  MetricObservations,
  ObservationLookup,
  ObservationSeries,
  Unmeasurable,
  WeeklyObservation,
} from '../gates/observations';
import { periodOfLookupId } from '../gates/observations';
import type { MetricId } from '../model/metrics';
import { leftOutCasesText } from './left-out-cases';
import { kindReaders, MINUTES_BY_HAND_UNKNOWN, readers, testReaders, valueMetrics } from './period-readers';
import type { PeriodFigures, PilotMetrics, StageMetrics, TestFigures } from './pilot-metrics';

export { MINUTES_BY_HAND_UNKNOWN };

/**
 * The adapter between the pilot metrics and the gate rules: what a criterion on `metric` in
 * a stage sees, weekly and for the whole stage, overall and per group. Values are in the
 * metric's display unit (percent for proportions). A week without rows of the metric's kind
 * is left out of the series (the gates call that "no data"), never reported as 0%.
 */
export function observationLookup(metrics: PilotMetrics): ObservationLookup {
  const stages = new Map(metrics.stages.map((s) => [s.stageId, s]));
  const cache = new Map<string, MetricObservations>();
  return (stageId, metric) => {
    const key = `${stageId}\u0000${metric}`;
    let found = cache.get(key);
    if (found === undefined) {
      const period = periodOfLookupId(stageId);
      found = period === null ? observe(stages.get(stageId) ?? null, metric, metrics) : observePeriod(period, metric, metrics);
      cache.set(key, found);
    }
    return found;
  };
}

/**
 * A baseline period's observations of a metric: the figures computed with the metrics for that
 * period (every row dated in it), pooled — a period has no weeks to judge.
 */
function observePeriod(period: { from: string; to: string }, metric: MetricId, metrics: PilotMetrics): MetricObservations {
  const figures = metrics.periods?.find((p) => p.from === period.from && p.to === period.to);
  if (testReaders[metric] !== undefined) {
    return unmeasurable('unusable', 'Test results carry no dates, so no period can be taken from them.');
  }
  if (figures === undefined) {
    return unmeasurable('unusable', 'The figures of this period are not worked out yet; they follow the plan in a moment.');
  }
  const asStage: StageMetrics = {
    stageId: '',
    stageName: '',
    from: figures.from,
    to: figures.to,
    enrolledUsers: null,
    total: figures.total,
    weeks: [],
    groups: figures.groups.map((g) => ({ group: g.group, total: g.total, weeks: [] })),
  };
  if (metric === 'adoption_rate') {
    return unmeasurable('unusable', 'Adoption needs the users enrolled in a stage, which a period of dates does not have; compare adoption with the previous stage instead.');
  }
  // The period's rows are placed in the period, whatever the stages say of them.
  const imports = metrics.imports.map((i) => ({ ...i, placedRows: i.rows }));
  return observe(asStage, metric, { ...metrics, imports, stages: [asStage, ...metrics.stages] });
}

type FileKind = keyof PeriodFigures | 'tests';

const noFile: Record<FileKind, string> = {
  adoption: 'No usage file is imported, so adoption cannot be measured.',
  quality: 'No output-quality file is imported, so editing shares cannot be measured.',
  satisfaction: 'No satisfaction file is imported, so ratings cannot be measured.',
  tests: 'No test-results file is imported.',
  operations: 'No operations file is imported, so errors, latency, cost, escalations and feedback cannot be measured: import one, or record its measured value by hand.',
  reviews: 'No human review log is imported, so approval and edit rates cannot be measured: import one, or record its measured value by hand.',
  shadow: 'No shadow comparison is imported, so agreement with the human outputs cannot be measured: import one, or record its measured value by hand.',
};

const importKindOf: Record<FileKind, ImportKind> = {
  adoption: 'usage',
  quality: 'quality',
  satisfaction: 'satisfaction',
  tests: 'test_results',
  operations: 'operations',
  reviews: 'reviews',
  shadow: 'shadow',
};

const fileWords: Record<FileKind, string> = {
  adoption: 'usage',
  quality: 'output-quality',
  satisfaction: 'satisfaction',
  tests: 'test-results',
  operations: 'operations',
  reviews: 'review-log',
  shadow: 'shadow-comparison',
};

const unmeasurable = (kind: Unmeasurable['kind'], message: string): MetricObservations => ({ status: 'unmeasurable', why: { kind, message } });

/** The kind of imported file a metric is read from; null for metrics no pilot file carries. */
export function importKindOfMetric(metric: MetricId): ImportKind | null {
  if (testReaders[metric] !== undefined) return 'test_results';
  const reader = readers[metric];
  return reader === undefined ? null : importKindOf[reader.figures];
}

/**
 * Why the imported files of a kind cannot measure anything at all, or null when they can:
 * every row rejected, or no accepted row belonging to any stage. Kept apart from "not enough
 * data", because fixing a file and waiting for data are different actions.
 */
function unusableFiles(metrics: PilotMetrics, figures: FileKind): string | null {
  const mine = metrics.imports.filter((i) => i.kind === importKindOf[figures]);
  if (mine.length === 0) return null;
  const words = fileWords[figures];
  const files = mine.length === 1 ? `The ${words} file has` : `The ${mine.length} ${words} files have`;
  if (mine.every((i) => i.rows === 0)) return `${files} no accepted rows (every row was rejected), so nothing can be measured from ${mine.length === 1 ? 'it' : 'them'}.`;
  if (figures !== 'tests' && mine.every((i) => i.placedRows === 0)) {
    return `${files} rows, but none belongs to a stage (see the warnings on the Pilot data tab), so nothing can be measured from ${mine.length === 1 ? 'it' : 'them'}.`;
  }
  return null;
}

/** Why "in every group" cannot be checked: no file of the kind carries a group column. */
function noGroupsText(metrics: PilotMetrics, figures: FileKind): string | undefined {
  const mine = metrics.imports.filter((i) => i.kind === importKindOf[figures]);
  if (mine.some((i) => i.grouped)) return undefined;
  return `No group column is mapped in the ${fileWords[figures]} ${mine.length === 1 ? 'file' : 'files'}, so "in every group" cannot be checked.`;
}

function observe(stage: StageMetrics | null, metric: MetricId, metrics: PilotMetrics): MetricObservations {
  const testReader = testReaders[metric];
  if (testReader !== undefined) {
    const tests = metrics.tests;
    if (tests === null) return unmeasurable('no_file', noFile.tests);
    const unusable = unusableFiles(metrics, 'tests');
    if (unusable !== null) return unmeasurable('unusable', unusable);
    if (testReader.read(tests.overall) === 'empty') {
      return unmeasurable('unmapped', `No test case has a ${testReader.column} value: the column is not mapped or is empty in the test-results files.`);
    }
    const series = (t: TestFigures): ObservationSeries => {
      const whole = testReader.read(t);
      if (whole === 'empty') return { weeks: [], whole: null };
      // The cases the figure leaves out are said with it, as the Thresholds tab says them.
      const leftOut = leftOutCasesText(t, metric);
      return { weeks: [], whole: leftOut === null ? whole : { ...whole, leftOut } };
    };
    return {
      status: 'available',
      overall: series(tests.overall),
      groups: new Map(tests.groups.map((g) => [g.group, series(g.figures)])),
      ...withNoGroups(noGroupsText(metrics, 'tests')),
    };
  }
  const reader = readers[metric];
  if (reader === undefined) {
    return unmeasurable('no_file', 'Pilot files do not carry this metric; record its measured value by hand.');
  }
  // Every stage's figures say alike whether a file of the kind exists.
  const kindFigures = (stage ?? metrics.stages[0])?.total[reader.figures] ?? null;
  if (kindFigures === null) return unmeasurable('no_file', noFile[reader.figures]);
  const unusable = unusableFiles(metrics, reader.figures);
  if (unusable !== null) return unmeasurable('unusable', unusable);
  const kindReader = kindReaders[metric];
  if (kindReader !== undefined && !metrics.stages.some((st) => kindReader.read(st.total) !== 'empty')) {
    return unmeasurable('unmapped', `No row of the ${fileWords[reader.figures]} files has a ${kindReader.columns} value in any stage: the column is not mapped or is empty.`);
  }
  if (valueMetrics.has(metric) && !metrics.stages.some((st) => (st.total.quality?.value?.outputs ?? 0) > 0)) {
    return unmeasurable('unmapped', MINUTES_BY_HAND_UNKNOWN);
  }
  const noGroups = withNoGroups(noGroupsText(metrics, reader.figures));
  if (stage === null) return { status: 'available', overall: { weeks: [], whole: null }, groups: new Map(), ...noGroups };
  const series = (total: PeriodFigures, weeks: StageMetrics['weeks']): ObservationSeries => {
    const whole = reader.read(total);
    return {
      weeks: weeks.flatMap((w): WeeklyObservation[] => {
        const o = reader.read(w);
        return typeof o === 'string' ? [] : [{ ...o, week: w.week }];
      }),
      whole: typeof whole === 'string' ? null : whole,
    };
  };
  return {
    status: 'available',
    overall: series(stage.total, stage.weeks),
    groups: new Map(stage.groups.map((g) => [g.group, series(g.total, g.weeks)])),
    ...noGroups,
  };
}

function withNoGroups(text: string | undefined): { noGroups?: string } {
  return text === undefined ? {} : { noGroups: text };
}

import type {
  MetricObservations,
  Observation,
  ObservationLookup,
  ObservationSeries,
  WeeklyObservation,
} from '../gates/observations';
import type { MetricId } from '../model/metrics';
import type { AdoptionGap, PeriodFigures, PilotMetrics, Proportion, StageMetrics, TestFigures } from './pilot-metrics';

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
      found = observe(stages.get(stageId) ?? null, metric, metrics);
      cache.set(key, found);
    }
    return found;
  };
}

/** Reads one metric from a period: an observation, 'empty' (no rows of its kind), or 'no_file'. */
type Reader = (period: PeriodFigures) => Observation | 'empty' | 'no_file';

const noFile: Record<keyof PeriodFigures | 'tests', string> = {
  adoption: 'No usage file is imported, so adoption cannot be measured.',
  quality: 'No output-quality file is imported, so editing shares cannot be measured.',
  satisfaction: 'No satisfaction file is imported, so ratings cannot be measured.',
  tests: 'No test-results file is imported.',
};

const gapText: Record<AdoptionGap, string> = {
  'enrolment unknown': "The stage's enrolled users are not set, so adoption has no denominator.",
  'group enrolment unknown':
    "This group's enrolled users are not recorded (the plan enrols per stage, not per group, unless a roster file with a group column names the group), so adoption in the group has no denominator.",
  'no users enrolled': 'The stage has 0 enrolled users, so adoption has no denominator.',
};

const share = (p: Proportion, sample: number): Observation => ({
  value: p.percent,
  successes: p.successes,
  trials: p.trials,
  sample,
});
const mean = (value: number | null, sample: number): Observation => ({ value, successes: null, trials: null, sample });

const readers: Partial<Record<MetricId, { figures: keyof PeriodFigures; read: Reader }>> = {
  adoption_rate: {
    figures: 'adoption',
    read: (p) => {
      const a = p.adoption;
      if (a === null) return 'no_file';
      if (a.rows === 0) return 'empty';
      if (a.rate === null) {
        return { value: null, successes: null, trials: null, sample: a.activeUsers, whyNoValue: gapText[a.gap ?? 'enrolment unknown'] };
      }
      return share(a.rate, a.rate.trials);
    },
  },
  editing_under_limit_share: {
    figures: 'quality',
    read: (p) => (p.quality === null ? 'no_file' : p.quality.outputs === 0 ? 'empty' : share(p.quality.underLimit, p.quality.outputs)),
  },
  mean_editing_share: {
    figures: 'quality',
    read: (p) => (p.quality === null ? 'no_file' : p.quality.outputs === 0 ? 'empty' : mean(p.quality.meanEditingPercent, p.quality.outputs)),
  },
  median_editing_share: {
    figures: 'quality',
    read: (p) => (p.quality === null ? 'no_file' : p.quality.outputs === 0 ? 'empty' : mean(p.quality.medianEditingPercent, p.quality.outputs)),
  },
  mean_satisfaction: {
    figures: 'satisfaction',
    read: (p) => (p.satisfaction === null ? 'no_file' : p.satisfaction.ratings === 0 ? 'empty' : mean(p.satisfaction.meanRating, p.satisfaction.ratings)),
  },
  satisfaction_top2_share: {
    figures: 'satisfaction',
    read: (p) => (p.satisfaction === null ? 'no_file' : p.satisfaction.ratings === 0 ? 'empty' : share(p.satisfaction.topTwo, p.satisfaction.ratings)),
  },
};

/** Test results are one figure for the whole file (SPEC §3), the same in every stage, with no weeks. */
const testReaders: Partial<Record<MetricId, (t: TestFigures) => Observation | 'empty'>> = {
  accuracy: (t) => (t.accuracy.trials === 0 ? 'empty' : share(t.accuracy, t.accuracy.trials)),
  hallucination_rate: (t) => (t.hallucination.trials === 0 ? 'empty' : share(t.hallucination, t.hallucination.trials)),
  mean_latency: (t) => (t.latencyCases === 0 ? 'empty' : mean(t.meanLatencySeconds, t.latencyCases)),
};

function observe(stage: StageMetrics | null, metric: MetricId, metrics: PilotMetrics): MetricObservations {
  const testReader = testReaders[metric];
  if (testReader !== undefined) {
    const tests = metrics.tests;
    if (tests === null) return { status: 'unmeasurable', why: { kind: 'no_file', message: noFile.tests } };
    const series = (t: TestFigures): ObservationSeries => {
      const whole = testReader(t);
      return { weeks: [], whole: whole === 'empty' ? null : whole };
    };
    return {
      status: 'available',
      overall: series(tests.overall),
      groups: new Map(tests.groups.map((g) => [g.group, series(g.figures)])),
    };
  }
  const reader = readers[metric];
  if (reader === undefined) {
    return {
      status: 'unmeasurable',
      why: { kind: 'no_file', message: 'Pilot files do not carry this metric; record its measured value by hand.' },
    };
  }
  // Every stage's figures say alike whether a file of the kind exists.
  const kindFigures = (stage ?? metrics.stages[0])?.total[reader.figures] ?? null;
  if (kindFigures === null) {
    return { status: 'unmeasurable', why: { kind: 'no_file', message: noFile[reader.figures] } };
  }
  if (stage === null) return { status: 'available', overall: { weeks: [], whole: null }, groups: new Map() };
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
  };
}

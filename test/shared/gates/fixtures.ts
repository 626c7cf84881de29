import type { MetricId } from '../../../shared/model/metrics';
import type { Criterion, Stage } from '../../../shared/model/schema';
import type { GateContext } from '../../../shared/gates/gate-context';
import type {
  MetricObservations,
  Observation,
  ObservationLookup,
  ObservationSeries,
  WeeklyObservation,
} from '../../../shared/gates/observations';

/** A Monday; week 1 is 2026-09-07 … 2026-09-13, week 4 ends on 2026-10-04. */
export const START = '2026-09-07';

/** A proportion observation: `successes` of `trials`, value in percent, sample = trials. */
export function prop(successes: number, trials: number, sample = trials): Observation {
  return { value: trials === 0 ? null : (successes / trials) * 100, successes, trials, sample };
}

/** A mean or count observation. */
export function num(value: number | null, sample: number): Observation {
  return { value, successes: null, trials: null, sample };
}

export function wk(week: number, obs: Observation): WeeklyObservation {
  return { ...obs, week };
}

/** Weekly proportions from [successes, trials] pairs for weeks 1, 2, …; null leaves a week out. */
export function propWeeks(pairs: ReadonlyArray<readonly [number, number] | null>): WeeklyObservation[] {
  return pairs.flatMap((p, i) => (p === null ? [] : [wk(i + 1, prop(p[0], p[1]))]));
}

/** A series whose whole-stage value pools the weekly counts (the adapter pools, it does not average). */
export function series(weeks: WeeklyObservation[], whole?: Observation | null): ObservationSeries {
  if (whole !== undefined) return { weeks, whole };
  if (weeks.length === 0) return { weeks, whole: null };
  const s = weeks.reduce((a, w) => a + (w.successes ?? 0), 0);
  const t = weeks.reduce((a, w) => a + (w.trials ?? 0), 0);
  return { weeks, whole: prop(s, t) };
}

export function available(overall: ObservationSeries, groups: Record<string, ObservationSeries> = {}): MetricObservations {
  return { status: 'available', overall, groups: new Map(Object.entries(groups)) };
}

export const noFile: MetricObservations = {
  status: 'unmeasurable',
  why: { kind: 'no_file', message: 'No usage file imported yet.' },
};

/** A lookup answering from a table; metrics not in it have no file imported. */
export function lookupOf(table: Partial<Record<MetricId, MetricObservations>>): ObservationLookup {
  return (_stageId, metric) => table[metric] ?? noFile;
}

let counter = 0;
export function criterion(input: Partial<Criterion> & Pick<Criterion, 'metric' | 'comparator' | 'threshold'>): Criterion {
  counter += 1;
  return {
    id: `c${counter}`,
    judgedAt: { kind: 'stage_end' },
    minSample: 0,
    persistence: null,
    required: true,
    everyGroup: false,
    note: '',
    ...input,
  };
}

export function stage(input: Partial<Stage> = {}): Stage {
  return {
    id: 's1',
    name: 'Internal pilot',
    description: '',
    audience: { kind: 'users', min: 2, max: 5 },
    plannedStart: START,
    durationWeeks: 4,
    minDurationWeeks: 0,
    pattern: 'feature_flag',
    enrolledUsers: 5,
    enrolmentSource: '',
    enrolledByGroup: {},
    criteria: [],
    triggers: [],
    ...input,
  };
}

export function ctx(today: string, input: Partial<GateContext> = {}): GateContext {
  return {
    today,
    plannedStart: START,
    durationWeeks: 4,
    minDurationWeeks: 0,
    statisticalConfidence: false,
    ...input,
  };
}

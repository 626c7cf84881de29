import type { MetricObservations, Observation, ObservationLookup, ObservationSeries, WeeklyObservation } from '../gates/observations';
import { metricInfo, type MetricId } from '../model/metrics';
import type { HandValue } from '../model/schema';

/**
 * Hand-recorded values as gate observations (SPEC §5). Precedence: a metric that an imported
 * file can measure is measured from the file, and hand values for it are not used (the Pilot
 * data and stage views say so); a metric no file carries is measured from the hand values.
 * Mixing both in one series would make a week's figure depend on which arrived last.
 */

/** One hand value as an observation, labelled with its source; a figure that cannot be true has no value, and says why. */
export function handObservation(v: HandValue): Observation {
  const info = metricInfo[v.metric];
  const handRecorded = { source: v.source };
  const cannot = (sample: number, why: string): Observation => ({ value: null, successes: null, trials: null, sample, whyNoValue: why, handRecorded });
  const { figure } = v;
  if (figure.kind === 'counts') {
    if (info.kind !== 'proportion') return cannot(figure.trials, `The hand-recorded ${info.label.toLowerCase()} is given as counts, but it is not a share: record its value.`);
    const { successes, trials } = figure;
    return { value: (100 * successes) / trials, successes, trials, sample: trials, ratio: { num: 100 * successes, den: trials }, handRecorded };
  }
  const { value, sample } = figure;
  if (info.kind === 'proportion' && (value < 0 || value > 100)) return cannot(sample, `The hand-recorded ${info.label.toLowerCase()} of ${value}% cannot be a share.`);
  if (info.kind === 'count' && ((!Number.isInteger(value) && info.fractional !== true) || value < 0)) return cannot(sample, `The hand-recorded ${info.label.toLowerCase()} of ${value} is not a whole count.`);
  return { value, successes: null, trials: null, sample, handRecorded };
}

/** The hand values of one stage and metric as a series: the last entry per week wins; the whole stage is recorded or pooled. */
export function handSeries(values: readonly HandValue[], metric: MetricId): ObservationSeries {
  const byWeek = new Map<number, HandValue>();
  let whole: HandValue | null = null;
  for (const v of values) {
    if (v.week === null) whole = v;
    else byWeek.set(v.week, v);
  }
  const weeks: WeeklyObservation[] = [...byWeek.entries()].sort(([a], [b]) => a - b).map(([week, v]) => ({ ...handObservation(v), week }));
  return { weeks, whole: whole ? handObservation(whole) : pooled(weeks, metric) };
}

/** The weeks pooled: counts added, counts summed, means weighted by their samples; null when they cannot be pooled honestly. */
function pooled(weeks: readonly WeeklyObservation[], metric: MetricId): Observation | null {
  if (weeks.length === 0 || weeks.some((w) => w.value === null)) return null;
  const kind = metricInfo[metric].kind;
  const sources = [...new Set(weeks.map((w) => w.handRecorded?.source ?? ''))].join('; ');
  const handRecorded = { source: sources };
  const sample = weeks.reduce((a, w) => a + w.sample, 0);
  if (kind === 'proportion' && weeks.every((w) => w.successes !== null && w.trials !== null)) {
    const successes = weeks.reduce((a, w) => a + (w.successes ?? 0), 0);
    const trials = weeks.reduce((a, w) => a + (w.trials ?? 0), 0);
    return { value: (100 * successes) / trials, successes, trials, sample: trials, ratio: { num: 100 * successes, den: trials }, handRecorded };
  }
  if (kind === 'count') return { value: weeks.reduce((a, w) => a + (w.value ?? 0), 0), successes: null, trials: null, sample, handRecorded };
  // Shares without counts and means: weighted by sample; a week without a sample cannot be weighted.
  if (weeks.some((w) => w.sample <= 0)) return null;
  const value = weeks.reduce((a, w) => a + (w.value ?? 0) * w.sample, 0) / sample;
  return { value, successes: null, trials: null, sample, handRecorded };
}

const NO_GROUPS = 'Hand-recorded values carry no groups, so "in every group" cannot be checked.';

/**
 * The lookup with hand values added where no file supplies the metric. A stage without hand
 * values of a metric that has some elsewhere in the plan has no data yet ("not enough data"),
 * not "no file": the lead knows where its figures come from.
 */
export function withHandValues(lookup: ObservationLookup, handValues: readonly HandValue[]): ObservationLookup {
  if (handValues.length === 0) return lookup;
  const metrics = new Set(handValues.map((v) => v.metric));
  const cache = new Map<string, MetricObservations>();
  return (stageId, metric) => {
    const base = lookup(stageId, metric);
    if (base.status === 'available' || base.why.kind !== 'no_file' || !metrics.has(metric)) return base;
    const key = `${stageId}\u0000${metric}`;
    let found = cache.get(key);
    if (found === undefined) {
      const mine = handValues.filter((v) => v.stageId === stageId && v.metric === metric);
      found = { status: 'available', overall: handSeries(mine, metric), groups: new Map(), noGroups: NO_GROUPS };
      cache.set(key, found);
    }
    return found;
  };
}

/** Whether hand values of `metric` are used, or set aside because a file measures the metric. */
export function handValuesUsed(lookup: ObservationLookup, stageId: string, metric: MetricId): boolean {
  const base = lookup(stageId, metric);
  return base.status === 'unmeasurable' && base.why.kind === 'no_file';
}

import { FIGURES_FILE_WORDS } from '../gates/wording';
import type { MetricObservations, Observation, ObservationLookup, ObservationSeries, WeeklyObservation } from '../gates/observations';
import { metricInfo, type MetricId } from '../model/metrics';
import type { HandValue } from '../model/schema';
import { handSeries } from './hand-values';
import type { FigureEntry } from './weekly-figures';

/**
 * Weekly figures as gate observations (issue 10). The rule, stated in the README draft:
 * - a metric no row-level file measures is measured from the weekly figures;
 * - where a row-level file and a weekly-figures file both give a week's figure (same stage, metric,
 *   week and group), the app cannot tell which is right: that week has no value and says why, unless
 *   both agree to one decimal (then the row-level figure, which carries its interval, is used);
 * - two weekly figures for the same week that disagree are "cannot tell" the same way;
 * - hand-recorded values of a metric that files (row-level or weekly figures) measure are set aside,
 *   as before, and the stage view says so.
 * A bare value has no interval and is labelled "from a weekly-figures file" wherever it is shown.
 */


export function figuresSource(fileName: string): string {
  return `${FIGURES_FILE_WORDS} “${fileName}”`;
}

/** Figures that agree to one decimal are one figure. */
function agree(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && Math.abs(a - b) < 0.05;
}

function entryValue(e: FigureEntry, metric: MetricId): number | null {
  if (e.numerator !== null && e.denominator !== null && e.denominator > 0) {
    return metricInfo[metric].kind === 'proportion' ? (100 * e.numerator) / e.denominator : e.numerator / e.denominator;
  }
  return e.value;
}

function asHandValue(e: FigureEntry, metric: MetricId, source: string): HandValue {
  const figure: HandValue['figure'] =
    e.numerator !== null && e.denominator !== null && metricInfo[metric].kind === 'proportion'
      ? { kind: 'counts', successes: e.numerator, trials: e.denominator }
      : { kind: 'value', value: entryValue(e, metric) ?? NaN, sample: e.sample ?? 0 };
  return { id: `${e.importId}:${e.line}`, stageId: e.stageId, metric, week: e.week, figure, source, note: '', recordedAt: '' };
}

function shown(value: number | null, metric: MetricId): string {
  if (value === null) return 'no value';
  const unit = metricInfo[metric].unit;
  const rounded = Math.round(value * 100) / 100;
  return unit === '%' ? `${rounded}%` : unit === '' ? String(rounded) : `${rounded} ${unit}`;
}

function cannotTell(sample: number, why: string): Observation {
  return { value: null, successes: null, trials: null, sample: Math.max(1, sample), whyNoValue: why };
}

/** The figures of one stage, metric and group as a series; disagreeing figures of one week cannot be told apart. */
function figureSeries(entries: readonly FigureEntry[], metric: MetricId, names: ReadonlyMap<string, string>): ObservationSeries {
  const byWeek = new Map<number, FigureEntry[]>();
  for (const e of entries) byWeek.set(e.week, [...(byWeek.get(e.week) ?? []), e]);
  const clear: HandValue[] = [];
  const conflicts: WeeklyObservation[] = [];
  for (const [week, list] of byWeek) {
    const first = list[0]!;
    const firstValue = entryValue(first, metric);
    const other = list.find((e) => !agree(entryValue(e, metric), firstValue));
    if (other === undefined) clear.push(asHandValue(first, metric, figuresSource(names.get(first.importId) ?? 'weekly figures')));
    else {
      conflicts.push({
        week,
        ...cannotTell(
          first.sample ?? first.denominator ?? 1,
          `Week ${week} has two different weekly figures (${shown(firstValue, metric)} on line ${first.line}, ${shown(entryValue(other, metric), metric)} on line ${other.line}${other.importId === first.importId ? '' : ' of another file'}): the app cannot tell which is right. Remove the wrong row and import the file again.`,
        ),
      });
    }
  }
  const series = handSeries(clear, metric);
  if (conflicts.length === 0) return series;
  const weeks = [...series.weeks, ...conflicts].sort((a, b) => a.week - b.week);
  return { weeks, whole: cannotTell(1, 'Some weeks have weekly figures that disagree, so the stage as a whole cannot be told either.') };
}

/** A week where a row-level file and weekly figures both speak. */
function merge(base: ObservationSeries, figures: ObservationSeries, metric: MetricId): ObservationSeries {
  if (figures.weeks.length === 0) return base;
  if (base.weeks.length === 0 && base.whole === null) return figures;
  const weeks = new Map<number, WeeklyObservation>(base.weeks.map((w) => [w.week, w]));
  let mixed = false;
  for (const f of figures.weeks) {
    const b = weeks.get(f.week);
    if (b === undefined) {
      weeks.set(f.week, f);
      mixed = true;
    } else if (!agree(b.value, f.value)) {
      weeks.set(f.week, {
        week: f.week,
        ...cannotTell(
          b.sample,
          `Week ${f.week} has two figures: ${shown(b.value, metric)} from the imported rows and ${shown(f.value, metric)} from ${f.handRecorded?.source ?? FIGURES_FILE_WORDS}. The app cannot tell which is right: remove the figure that is wrong (or the rows), then the other one counts.`,
        ),
      });
      mixed = true;
    }
  }
  const whole = mixed ? cannotTell(1, 'The stage mixes figures from imported rows with figures computed elsewhere, so its whole-stage figure cannot be told.') : base.whole;
  return { weeks: [...weeks.values()].sort((a, b) => a.week - b.week), whole };
}

const NO_GROUPS = 'The weekly figures of this metric carry no groups, so "in every group" cannot be checked.';

/**
 * The lookup with the weekly figures of every weekly-figures file added (see the rule above). `names` maps
 * import ids to file names for the labels.
 */
export function withWeeklyFigures(lookup: ObservationLookup, figures: readonly FigureEntry[], names: ReadonlyMap<string, string>): ObservationLookup {
  if (figures.length === 0) return lookup;
  const metrics = new Set(figures.map((f) => f.metric));
  const cache = new Map<string, MetricObservations>();
  return (stageId, metric) => {
    const base = lookup(stageId, metric);
    if (!metrics.has(metric)) return base;
    const key = `${stageId}\u0000${metric}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const mine = figures.filter((f) => f.stageId === stageId && f.metric === metric);
    // A file that cannot measure the metric keeps its reason, unless this stage has figures of it.
    if (mine.length === 0 && base.status === 'unmeasurable' && base.why.kind !== 'no_file') return base;
    const overall = figureSeries(mine.filter((f) => f.group === null), metric, names);
    const groupNames = [...new Set(mine.flatMap((f) => (f.group === null ? [] : [f.group])))];
    const groups = new Map(groupNames.map((g) => [g, figureSeries(mine.filter((f) => f.group === g), metric, names)]));
    let found: MetricObservations;
    if (base.status === 'unmeasurable') {
      found = { status: 'available', overall, groups, ...(groups.size === 0 ? { noGroups: NO_GROUPS } : {}) };
    } else {
      const merged = new Map(base.groups);
      for (const [g, s] of groups) merged.set(g, merge(base.groups.get(g) ?? { weeks: [], whole: null }, s, metric));
      found = { ...base, overall: merge(base.overall, overall, metric), groups: merged };
    }
    cache.set(key, found);
    return found;
  };
}

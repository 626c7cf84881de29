import { isoOf, weekFirstDay, weekLastDay } from './calendar';
import type { StageClock } from './judging-window';
import { judgeObservation, judgeWithMemo, newObservationMemo, type ObservationMemo, type ObservationRule } from './judge-observation';
import type { ObservationSeries, WeeklyObservation } from './observations';
import type { JudgedObservation, ObservationOutcome, ObservationScope } from './results';

/** One series (overall or one group) prepared for judging: weeks indexed once, not searched per week. */
export interface SeriesView {
  readonly group: string | null;
  readonly series: ObservationSeries | null;
  readonly byWeek: ReadonlyMap<number, IndexedWeek>;
}

/** A week of a series with what judging it has worked out so far. */
export interface IndexedWeek {
  readonly observation: WeeklyObservation;
  readonly memo: ObservationMemo;
}

// Observations are immutable inputs shared by every criterion on the same metric: index each
// series once, and let the index go with the series.
const indexes = new WeakMap<ObservationSeries, ReadonlyMap<number, IndexedWeek>>();
const empty: ReadonlyMap<number, IndexedWeek> = new Map();

export function seriesView(series: ObservationSeries | null, group: string | null): SeriesView {
  if (series === null) return { group, series, byWeek: empty };
  let byWeek = indexes.get(series);
  if (byWeek === undefined) {
    const index = new Map<number, IndexedWeek>();
    for (const w of series.weeks) index.set(w.week, { observation: w, memo: newObservationMemo() });
    indexes.set(series, index);
    byWeek = index;
  }
  return { group, series, byWeek };
}

// Week scopes are the same for every criterion, group and render of a stage: build each once.
// Keyed by start day; a plan has a handful of starts, the cap only guards a long session.
const scopesByStart = new Map<number, ObservationScope[]>();

/** The rows of week `week`: its dates, so evidence can say where it came from. */
export function weekScope(clock: StageClock, week: number): ObservationScope {
  let scopes = scopesByStart.get(clock.start);
  if (scopes === undefined) {
    if (scopesByStart.size >= 256) scopesByStart.clear();
    scopes = [];
    scopesByStart.set(clock.start, scopes);
  }
  let scope = scopes[week];
  if (scope === undefined) {
    const { start } = clock;
    scope = Object.freeze({ kind: 'week', week, from: isoOf(weekFirstDay(start, week)), to: isoOf(weekLastDay(start, week)) });
    scopes[week] = scope;
  }
  return scope;
}

export function stageScope(clock: StageClock): ObservationScope {
  const to = clock.durationWeeks === null ? null : isoOf(weekLastDay(clock.start, clock.durationWeeks));
  return { kind: 'stage', from: isoOf(clock.start), to };
}

export function judgeWeek(view: SeriesView, week: number, rule: ObservationRule, clock: StageClock): JudgedObservation {
  const indexed = view.byWeek.get(week);
  return indexed === undefined
    ? judgeObservation(null, rule, weekScope(clock, week), view.group)
    : judgeWithMemo(indexed.observation, indexed.memo, rule, weekScope(clock, week), view.group);
}

export function judgeWhole(view: SeriesView, rule: ObservationRule, clock: StageClock): JudgedObservation {
  return judgeObservation(view.series?.whole ?? null, rule, stageScope(clock), view.group);
}

/** The latest week the series holds data for; null when it holds none. */
export function lastDataWeek(view: SeriesView): number | null {
  return view.series?.weeks.at(-1)?.week ?? null;
}

/** The latest weekly observation, complete or not: the "current trend" of a pending judgement. */
export function latestWeek(view: SeriesView, rule: ObservationRule, clock: StageClock): JudgedObservation | null {
  const weeks = view.series?.weeks ?? [];
  const last = weeks[weeks.length - 1];
  return last ? judgeObservation(last, rule, weekScope(clock, last.week), view.group) : null;
}

/** How bad an outcome is for a criterion, worst highest: the worst one decides (SPEC §4). */
const outcomeRank: Record<ObservationOutcome, number> = {
  meets: 0,
  too_small: 1,
  no_data: 1,
  inconclusive: 1,
  no_value: 2,
  misses: 3,
};

/** The deciding observation of several: the worst outcome, the latest of equals (the freshest evidence). */
export function worstObservation(judged: readonly JudgedObservation[]): JudgedObservation | null {
  let worst: JudgedObservation | null = null;
  for (const j of judged) if (worst === null || outcomeRank[j.outcome] >= outcomeRank[worst.outcome]) worst = j;
  return worst;
}

/** Length of the run of weeks meeting the condition that ends at `week` (weeks before 1 do not exist). */
export function runEndingAt(view: SeriesView, week: number, rule: ObservationRule, clock: StageClock): number {
  let run = 0;
  for (let w = week; w >= 1; w--) {
    if (judgeWeek(view, w, rule, clock).outcome !== 'meets') break;
    run += 1;
  }
  return run;
}

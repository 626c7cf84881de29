/**
 * Sampled request logs (Application Insights' "ItemCount" above 1): each row counts as the requests it stands for,
 * which is the right estimate of a rate, but a 95% interval worked out on those requests counts every one as if it had
 * been seen, so it is narrower than the rows support. The stored rows do not keep how many requests each stood for
 * (the interval on an effective sample size would need it), so a share read from such a log is marked: judged with
 * statistical confidence it is "cannot measure", with this reason, never a pass on an interval the rows do not give.
 * Its latency, throughput and cost are marked too: their minimum sample counts the rows seen, and their sentence says so.
 */
import { formatCount, formatList } from '../format/format';
import type { MetricObservations, ObservationLookup, ObservationSeries, WeeklyObservation } from '../gates/observations';
import { periodOfLookupId } from '../gates/observations';
import type { ImportRecord } from '../model/import-record';
import type { MetricId } from '../model/metrics';
import { dayFromIso, isoFromDay } from './day-number';
import type { ImportPlacement } from './pilot-metrics';

/** An operations import whose rows stand for several requests each, or may (imported before the app counted them). */
export interface SampledLog {
  readonly importId: string;
  readonly fileName: string;
  /** Rows standing for more than one request; null when the import predates the count but read a requests-per-row column. */
  readonly rows: number | null;
  readonly dateRange: { readonly first: string; readonly last: string } | null;
  /** Whether its rows may carry a week number instead of a date (then its dates do not say which weeks it reaches). */
  readonly weekNumbers?: boolean;
}

/**
 * The figures read from an operations file's rows. Its shares have no honest 95% interval; every one of them (the
 * latencies, throughput and cost too) rests on the rows seen, not the requests they stand for: what a minimum sample
 * counts (judge-observation.ts) and what the figure's sentence says beside it (wording.ts).
 */
const sampledMetrics: ReadonlySet<MetricId> = new Set([
  'error_rate',
  'escalation_rate',
  'positive_feedback_share',
  'mean_request_latency',
  'p95_latency',
  'throughput',
  'cost_per_interaction',
]);

/** The plan's sampled operations logs, from their import records. */
export function sampledLogs(imports: readonly ImportRecord[]): SampledLog[] {
  return imports.flatMap((r): SampledLog[] => {
    if (r.kind !== 'operations') return [];
    // Imports made before the rows were counted say only whether the column was read.
    const rows = r.sampledRows ?? (readsItemCount(r) ? null : 0);
    if (rows === 0) return [];
    const week = r.mapping.fields['week'];
    return [{ importId: r.id, fileName: r.fileName, rows, dateRange: r.dateRange, ...(typeof week === 'string' && week !== '' ? { weekNumbers: true } : {}) }];
  });
}

function readsItemCount(r: ImportRecord): boolean {
  const header = r.mapping.fields['itemCount'];
  return typeof header === 'string' && header !== '';
}

/** What of the pilot metrics tells where each import's rows are. */
export interface PlacedStages {
  readonly imports: readonly Pick<ImportPlacement, 'importId' | 'stagesWithRows'>[];
  /** In plan order, as `stagesWithRows` counts them; `from`, the stage's first day, tells which weeks a log's dates reach. */
  readonly stages: readonly { readonly stageId: string; readonly from?: string | null }[];
}

/** Why a share of these logs cannot be judged on a 95% interval. */
export function sampledReason(logs: readonly SampledLog[]): string {
  const counted = logs.filter((l) => l.rows !== null);
  const files = formatList(logs.map((l) => `“${l.fileName}”`));
  const many = logs.length > 1;
  const what =
    counted.length === logs.length
      ? `${many ? 'sampled logs' : 'a sampled log'} (${formatCount(counted.reduce((n, l) => n + (l.rows ?? 0), 0))} rows stand for several requests each)`
      : `${many ? 'logs' : 'a log'} with a requests-per-row column, imported before the app counted sampled rows`;
  return (
    `These figures include rows of ${files}, ${what}, so no 95% interval can be worked out from them (counted on the requests the rows ` +
    'stand for, it would be narrower than the rows support). With statistical confidence on, this cannot be judged: import an unsampled log' +
    (counted.length === logs.length ? '' : ' (or import the file again, so the app can tell whether it is sampled)') +
    ', or turn statistical confidence off to judge the figure as it is.'
  );
}

/**
 * The lookup with the figures read from a sampled log marked (`Observation.sampled`) in the stages where the log has
 * rows, and in the baseline periods its dates reach. Apply it to the rows' own observations, before weekly figures or
 * hand values are added: those do not come from the log.
 */
export function withSampledLogs(lookup: ObservationLookup, logs: readonly SampledLog[], metrics: PlacedStages): ObservationLookup {
  if (logs.length === 0) return lookup;
  const stagesOf = new Map(metrics.imports.map((i) => [i.importId, i.stagesWithRows]));
  const stageIds = metrics.stages.map((s) => s.stageId);
  const startOf = new Map(metrics.stages.map((s) => [s.stageId, s.from ?? null]));
  const cache = new Map<string, MetricObservations>();
  return (stageId, metric) => {
    const base = lookup(stageId, metric);
    if (!sampledMetrics.has(metric) || base.status !== 'available') return base;
    const key = `${stageId}\u0000${metric}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const period = periodOfLookupId(stageId);
    const here = logs.filter((l) => {
      if (period !== null) return l.dateRange === null || (l.dateRange.first <= period.to && l.dateRange.last >= period.from);
      const stages = stagesOf.get(l.importId);
      // Without the placement (an older computation), the log may have rows anywhere.
      return stages === undefined || stages.some((s) => stageIds[s] === stageId);
    });
    const start = period === null ? (startOf.get(stageId) ?? null) : null;
    const startDay = start === null ? null : dayFromIso(start);
    // A week is marked only when a log's rows may be in it: a week its dates do not reach holds none of them, and its
    // figure must not read "from a sampled log". Whole-stage figures pool every week, so they are marked.
    const reaches = (l: SampledLog, week: number): boolean => {
      if (startDay === null || l.dateRange === null || l.weekNumbers === true) return true;
      const from = isoFromDay(startDay + 7 * (week - 1));
      const to = isoFromDay(startDay + 7 * week - 1);
      return l.dateRange.first <= to && l.dateRange.last >= from;
    };
    const found = here.length === 0 ? base : marked(base, here, reaches);
    cache.set(key, found);
    return found;
  };
}

function marked(base: Extract<MetricObservations, { status: 'available' }>, logs: readonly SampledLog[], reaches: (l: SampledLog, week: number) => boolean): MetricObservations {
  const whole = sampledReason(logs);
  const reasons = new Map<number, string | null>();
  const reasonOf = (week: number): string | null => {
    let reason = reasons.get(week);
    if (reason === undefined) {
      const here = logs.filter((l) => reaches(l, week));
      reasons.set(week, (reason = here.length === 0 ? null : here.length === logs.length ? whole : sampledReason(here)));
    }
    return reason;
  };
  const markWeek = (w: WeeklyObservation): WeeklyObservation => {
    const sampled = reasonOf(w.week);
    return sampled === null ? w : { ...w, sampled };
  };
  const series = (s: ObservationSeries): ObservationSeries => ({ weeks: s.weeks.map(markWeek), whole: s.whole === null ? null : { ...s.whole, sampled: whole } });
  return { ...base, overall: series(base.overall), groups: new Map([...base.groups].map(([g, s]) => [g, series(s)])) };
}

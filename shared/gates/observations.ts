import type { MetricId } from '../model/metrics';

/**
 * What the gate evaluation sees of the pilot data: per stage and metric, the weekly values
 * and the whole-stage value, overall and per group. Built from the imported aggregates by an
 * adapter, so the gate rules never depend on how the data was stored.
 */
export interface Observation {
  /** The metric value in its display unit (percent for proportions); null when not computable. */
  readonly value: number | null;
  /** For proportions: the counts behind the value (e.g. 2 active of 5 enrolled). */
  readonly successes: number | null;
  readonly trials: number | null;
  /** Sample size in the metric's sample unit (users, outputs, ratings…), compared with minSample. */
  readonly sample: number;
  /**
   * Why `value` is null although rows exist, in plain language (e.g. "The stage's enrolled
   * users are not set, so adoption has no denominator."). Optional: the gates fall back to a
   * generic sentence. A null value with rows is "cannot measure", never "fail".
   */
  readonly whyNoValue?: string;
  /**
   * The value as an exact ratio of whole numbers (value = num ÷ den, in the display unit), when
   * it is one: shares (100 × successes ÷ trials) and means of whole ratings. Ties with the
   * threshold are then decided exactly, never by floating-point noise.
   */
  readonly ratio?: { readonly num: number; readonly den: number };
  /**
   * For means: the count, sum and sum of squares of the values behind it — what Welch's interval
   * needs to compare the mean with a baseline, and what lets a control group be taken out of
   * the rest. Absent when the source keeps no spread (a mean without it cannot be compared).
   */
  readonly moments?: Moments;
  /** Set when the figure was recorded by hand (not computed from a file): labelled so everywhere. */
  readonly handRecorded?: { readonly source: string };
  /** The file's cases the figure does not rest on, and why ("6 more cases whose correctness is unknown are left out"). */
  readonly leftOut?: string;
  /**
   * Set when the counts include rows of a sampled log (each standing for several requests): why no honest 95%
   * interval exists. A rule judged on an interval (statistical confidence, a baseline difference) then cannot measure.
   */
  readonly sampled?: string;
  /**
   * For a share read from an operations file: the file rows behind it (`exact`), or at most that many. A sampled log's
   * row is one request seen standing for several, so its minimum sample is counted in these rows, not in `sample`.
   */
  readonly rowsSeen?: { readonly rows: number; readonly exact: boolean };
}

/** Count, sum and sum of squares of the values behind a mean. */
export interface Moments {
  readonly n: number;
  readonly sum: number;
  readonly sumOfSquares: number;
}

export interface WeeklyObservation extends Observation {
  /** Week N of the stage, 1-based. */
  readonly week: number;
}

export interface ObservationSeries {
  /** Sorted by week; weeks without data are absent. */
  readonly weeks: readonly WeeklyObservation[];
  /** The stage so far, pooled (not the mean of weeks); null when there is no data at all. */
  readonly whole: Observation | null;
}

/** Why a metric cannot be measured at all — kept apart from "fail" (SPEC §4). */
export type Unmeasurable =
  | { readonly kind: 'no_file'; readonly message: string }
  | { readonly kind: 'unmapped'; readonly message: string }
  | { readonly kind: 'unusable'; readonly message: string };

export type MetricObservations =
  | {
      readonly status: 'available';
      readonly overall: ObservationSeries;
      readonly groups: ReadonlyMap<string, ObservationSeries>;
      /**
       * Why "in every group" cannot be checked on this metric (no group column is mapped in its
       * files); absent when the data carries groups. The rule is then never judged on the overall
       * figure alone.
       */
      readonly noGroups?: string;
    }
  | { readonly status: 'unmeasurable'; readonly why: Unmeasurable };

/** Looks up the observations of one metric in one stage. */
export type ObservationLookup = (stageId: string, metric: MetricId) => MetricObservations;

const PERIOD_PREFIX = '\u0000period:';

/**
 * The lookup key of a baseline period (rows dated from `from` to `to`, whatever their stage): a
 * "stage id" no plan stage can have (it holds a NUL character), so every lookup — files, hand
 * values, incidents — answers it without a new parameter, and only the files know the period.
 */export function periodLookupId(from: string, to: string): string {
  return `${PERIOD_PREFIX}${from}..${to}`;
}

/** The period of a key made by `periodLookupId`, or null for a stage id. */
export function periodOfLookupId(id: string): { from: string; to: string } | null {
  if (!id.startsWith(PERIOD_PREFIX)) return null;
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(id.slice(PERIOD_PREFIX.length));
  return match ? { from: match[1] as string, to: match[2] as string } : null;
}

import type { FigureRow, ImportKind, IncidentRow, OperationsRow, QualityRow, ReviewRow, ShadowRow, SatisfactionRow, TestResultRow, UsageRow } from '../csv/kinds';

/**
 * The compact in-memory (and, through `columnar.ts`, stored) form of one import: one typed
 * array per field instead of one object per row. A million quality rows take about 20 MB
 * this way instead of several hundred MB of objects, reload without parsing, and the
 * metrics loop over plain integers.
 *
 * Not stored, because no metric needs them: a quality row's output id, a test case's expected
 * and actual text (model outputs can be long). The line number is kept so that evidence can
 * point back to the rows it came from.
 */

/**
 * Strings replaced by small integers. `codes[i]` indexes `values`; code 0 is reserved for
 * "no value" (null or empty), so `values[0]` is always `''`.
 */
export interface DictColumn {
  readonly values: readonly string[];
  readonly codes: Uint32Array;
}

/** `day` of a row that carries a week number (or nothing) instead of a date. */
export const NO_DAY = -2147483648;
/** `week` of a row that carries a date (or nothing) instead of a week number. */
export const NO_WEEK = 0;

/** Tri-state yes/no answers of a test-results file. */
export const TRI_NO = 0;
export const TRI_YES = 1;
export const TRI_UNKNOWN = 2;

/** Fields every dated kind (usage, quality, satisfaction) has. A column is null when no row has a value. */
export interface TimedColumns {
  readonly rowCount: number;
  /** 1-based line in the file where the row starts. */
  readonly line: Uint32Array;
  /** Days since 1970-01-01, `NO_DAY` where the row has no date. */
  readonly day: Int32Array | null;
  /** Week of the row's stage, `NO_WEEK` where the row has none. */
  readonly week: Uint16Array | null;
  readonly stage: DictColumn | null;
  readonly group: DictColumn | null;
  readonly user: DictColumn;
}

export interface UsageColumns extends TimedColumns {
  readonly kind: 'usage';
  /** Count of uses, NaN where the file gave none. Whole counts are exact up to 16,777,216. */
  readonly uses: Float32Array | null;
}

export interface QualityColumns extends TimedColumns {
  readonly kind: 'quality';
  /** Editing share in percent. Float64, so a comparison with the limit means what the file says. */
  readonly editingShare: Float64Array;
  /**
   * Editing minutes and minutes by hand, where the file gave them (NaN on rows that gave a share
   * only); null when no row did. They are what the time saved is measured from.
   */
  readonly editingMinutes?: Float64Array | null;
  readonly manualMinutes?: Float64Array | null;
}

export interface SatisfactionColumns extends TimedColumns {
  readonly kind: 'satisfaction';
  /** Whole ratings 1–5. */
  readonly rating: Uint8Array;
  readonly comment: DictColumn | null;
}

export interface TestResultColumns {
  readonly kind: 'test_results';
  readonly rowCount: number;
  readonly line: Uint32Array;
  readonly group: DictColumn | null;
  readonly caseId: DictColumn;
  /** `TRI_NO`, `TRI_YES` or `TRI_UNKNOWN`. */
  readonly correct: Uint8Array;
  readonly hallucination: Uint8Array;
  /** Seconds, NaN where unknown. */
  readonly latency: Float64Array | null;
}

/**
 * An operations file: one row per request or per hour/day. Counts and amounts are Float64 with NaN
 * for "the file gave none" (left out of that metric, never read as 0); a column no row fills is null.
 * `user` is all "no value" when the file names no user.
 */
export interface OperationsColumns extends TimedColumns {
  readonly kind: 'operations';
  /** Requests the row stands for (1 on a row per request). */
  readonly requests: Float64Array;
  readonly errors: Float64Array | null;
  /** Seconds: one request's latency where `requests` is 1, else the row's mean latency. */
  readonly latency: Float64Array | null;
  readonly cost: Float64Array | null;
  readonly escalations: Float64Array | null;
  readonly thumbsUp: Float64Array | null;
  readonly thumbsDown: Float64Array | null;
}

/** Review decisions as stored: index into `reviewDecisions` (approved, edited, rejected). */
export interface ReviewColumns extends TimedColumns {
  readonly kind: 'reviews';
  /** 0 approved, 1 edited, 2 rejected. `user` is the reviewer. */
  readonly decision: Uint8Array;
  /** Review minutes, NaN where the log gave none. */
  readonly minutes: Float64Array | null;
}

/** A shadow comparison: whether the AI's output matched the person's; `group` is the case category. */
export interface ShadowColumns extends TimedColumns {
  readonly kind: 'shadow';
  /** 1 match, 0 not. */
  readonly match: Uint8Array;
}

/**
 * A weekly-figures file: one metric's figure per row (issue 10). `metric` holds catalogue ids as text, so
 * metrics added to the catalogue later need no new code; NaN where the file gave no value.
 */
export interface FigureColumns extends TimedColumns {
  readonly kind: 'weekly_figures';
  readonly metric: DictColumn;
  /** In the metric's display unit; NaN on rows given as numerator and denominator. */
  readonly value: Float64Array | null;
  readonly numerator: Float64Array | null;
  readonly denominator: Float64Array | null;
  /** NaN where the file gave no sample. */
  readonly sample: Float64Array | null;
}

/**
 * An incidents file, kept as imported (provenance, re-reading); its incidents live in the plan's register.
 * Moments are minutes since 1970 of the local wall-clock time (`minutesOf`), NaN where empty.
 */
export interface IncidentColumns extends TimedColumns {
  readonly kind: 'incidents';
  readonly incidentId: DictColumn | null;
  /** Index into critical, high, medium, low. */
  readonly severity: Uint8Array;
  readonly opened: Float64Array;
  readonly acknowledged: Float64Array | null;
  readonly resolved: Float64Array | null;
  readonly description: DictColumn;
  readonly rollback: Uint8Array;
}

export type Columns =
  | UsageColumns
  | QualityColumns
  | SatisfactionColumns
  | TestResultColumns
  | OperationsColumns
  | ReviewColumns
  | ShadowColumns
  | FigureColumns
  | IncidentColumns;
export type ColumnsOf<K extends ImportKind> = Extract<Columns, { kind: K }>;
export type TimedKind = 'usage' | 'quality' | 'satisfaction' | 'operations' | 'reviews' | 'shadow';

/** What the stored form keeps of each kind of row. */
export interface StoredRowByKind {
  usage: UsageRow;
  quality: Omit<QualityRow, 'outputId'>;
  satisfaction: SatisfactionRow;
  test_results: Omit<TestResultRow, 'expected' | 'actual'>;
  operations: OperationsRow;
  reviews: Omit<ReviewRow, 'outputId'>;
  shadow: Omit<ShadowRow, 'caseId'>;
  weekly_figures: FigureRow;
  incidents: IncidentRow;
}

/** The value of a dictionary column at row `i`, null for "no value". */
export function dictValue(column: DictColumn | null, i: number): string | null {
  if (column === null) return null;
  const code = column.codes[i] ?? 0;
  return code === 0 ? null : (column.values[code] ?? null);
}

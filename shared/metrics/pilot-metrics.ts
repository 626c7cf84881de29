import type { ImportKind } from '../csv/kinds';
import type { UnplacedReason } from './placement';
import type { FigureEntry } from './weekly-figures';

/**
 * What the pilot data says, aggregated: small, plain and serialisable (no rows, no typed
 * arrays, no Maps), so the store can cache it and the screens can chart it. Recomputed from
 * the stored columns whenever a stage date, an enrolment or the editing limit changes.
 */

/** A share with its counts, so that a Wilson interval can be computed from it. */
export interface Proportion {
  readonly successes: number;
  readonly trials: number;
  /** successes ÷ trials × 100; null when there are no trials. */
  readonly percent: number | null;
}

/** Why an adoption rate cannot be computed. */
export type AdoptionGap = 'enrolment unknown' | 'group enrolment unknown' | 'no users enrolled';

export interface AdoptionFigures {
  /** Usage rows in the period; rows with a use count of 0 are counted here but not as activity. */
  readonly rows: number;
  /**
   * Whether the usage logs cover the period (see usage-coverage.ts): a covered period without
   * rows is a period nobody used the tool — 0 active users — not a period without data.
   */
  readonly covered: boolean;
  /** Distinct users with at least one use in the period. */
  readonly activeUsers: number;
  readonly enrolledUsers: number | null;
  /**
   * For a week: distinct users active in the whole stage (or in the group over the whole stage). More
   * of them than enrolled proves the enrolment wrong for every week, not only the weeks that show it.
   */
  readonly stageActiveUsers?: number;
  /** Active ÷ enrolled users; null when the enrolment is not known (see `gap`). */
  readonly rate: Proportion | null;
  readonly gap: AdoptionGap | null;
}

export interface QualityFigures {
  readonly outputs: number;
  /** Outputs whose editing share is strictly below the plan's editing limit. */
  readonly underLimit: Proportion;
  readonly meanEditingPercent: number | null;
  readonly medianEditingPercent: number | null;
  /** Σ editing share and Σ share² (percent): the spread a baseline comparison (Welch) needs. Absent in older caches. */
  readonly editingSum?: number;
  readonly editingSumOfSquares?: number;
  /** Time saved (issue 10); absent when no output's minutes by hand are known (nor the plan's). */
  readonly value?: ValueFigures;
}

/**
 * Time saved against the manual process: minutes by hand − editing minutes, per output. Means
 * keep their count, sum and sum of squares: what a Welch or t interval needs.
 */
export interface ValueFigures {
  /** Outputs whose time saved is known. */
  readonly outputs: number;
  /** Σ minutes saved over those outputs, and Σ of their squares. */
  readonly minutesSaved: number;
  readonly minutesSavedSumOfSquares: number;
  /** User-weeks (a user with outputs in a week) and Σ hours saved per user-week, and Σ of their squares. */
  readonly userWeeks: number;
  readonly userWeekHours: number;
  readonly userWeekHoursSumOfSquares: number;
}

export interface SatisfactionFigures {
  readonly ratings: number;
  readonly meanRating: number | null;
  /** Sum of the whole ratings: the mean as an exact ratio, so ties are decided exactly. */
  readonly ratingSum: number;
  /** Σ rating²: the spread a baseline comparison (Welch) needs. Absent in older caches. */
  readonly ratingSumOfSquares?: number;
  /** Ratings of 4 or 5. */
  readonly topTwo: Proportion;
  readonly users: number;
}

/**
 * Operations figures of a period (issue 10). Every rate is a ratio of sums over the rows that report
 * its measure (errors ÷ their requests), never a mean of per-row or per-day rates.
 */
export interface OperationsFigures {
  readonly rows: number;
  readonly requests: number;
  /** Errors ÷ requests of the rows that report errors. */
  readonly errorRate: Proportion;
  /** Requests of the rows with a latency. */
  readonly latencyRequests: number;
  /** Σ latency × requests ÷ latency requests: a row's mean latency weighs by its requests. */
  readonly meanLatencySeconds: number | null;
  /** Σ latency and Σ latency² of single requests, for Welch's interval; absent when any row is pre-aggregated. */
  readonly latencySum?: number;
  readonly latencySumOfSquares?: number;
  /** Nearest-rank 95th percentile; null when no single-request latency, or when any row holds a mean latency. */
  readonly p95LatencySeconds: number | null;
  /** Rows with a latency standing for several requests: their latency is a mean, so no honest p95 exists. */
  readonly aggregatedLatencyRows: number;
  /** Days from the first to the last dated day with rows; null when rows carry week numbers only. */
  readonly days: number | null;
  readonly requestsPerDay: number | null;
  /** Requests of the rows with a cost, and that cost. */
  readonly costRequests: number;
  readonly cost: number;
  readonly costPerRequest: number | null;
  /** Escalations ÷ requests of the rows that report escalations. */
  readonly escalationRate: Proportion;
  /** Thumbs up ÷ (up + down). */
  readonly positiveFeedback: Proportion;
}

/** A human review log's figures: every rate is a ratio of the period's reviews. */
export interface ReviewFigures {
  readonly reviews: number;
  /** Approved as they were ÷ reviews. */
  readonly approval: Proportion;
  /** Approved after edits ÷ reviews. */
  readonly edit: Proportion;
  readonly rejected: number;
  /** Reviews with minutes, and their mean. */
  readonly timedReviews: number;
  readonly meanMinutes: number | null;
}

/** One reviewer's decisions over a whole stage. */
export interface ReviewerFigures {
  readonly reviewer: string;
  readonly reviews: number;
  readonly approval: Proportion;
  readonly edit: Proportion;
  readonly rejected: number;
}

/** A shadow comparison's figures: cases where the AI matched the person ÷ cases compared. */
export interface ShadowFigures {
  readonly cases: number;
  readonly agreement: Proportion;
}

/** One period (a week or a whole stage). A kind with no imported file at all is null. */
export interface PeriodFigures {
  readonly adoption: AdoptionFigures | null;
  readonly quality: QualityFigures | null;
  readonly satisfaction: SatisfactionFigures | null;
  /** Absent (or null) when no operations file is imported; absent in older caches. */
  readonly operations?: OperationsFigures | null;
  /** Absent (or null) when no review log is imported. */
  readonly reviews?: ReviewFigures | null;
  /** Absent (or null) when no shadow comparison is imported. */
  readonly shadow?: ShadowFigures | null;
}

export interface WeekFigures extends PeriodFigures {
  /** 1-based week of the stage. */
  readonly week: number;
  /** First and last day of the week, `YYYY-MM-DD`; null when the stage has no start date. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface GroupSeries {
  readonly group: string;
  readonly total: PeriodFigures;
  /** Same weeks as the stage's series, so that small multiples line up. */
  readonly weeks: readonly WeekFigures[];
}

export interface StageMetrics {
  readonly stageId: string;
  readonly stageName: string;
  readonly from: string | null;
  /** Last day of the stage's range; null when open-ended or undated. */
  readonly to: string | null;
  readonly enrolledUsers: number | null;
  /** The whole stage: every placed row of the stage, whatever its week. */
  readonly total: PeriodFigures;
  /** Weeks 1 to the last week with data, in order, empty weeks included. */
  readonly weeks: readonly WeekFigures[];
  /** Sorted by group name; only groups with data in this stage. */
  readonly groups: readonly GroupSeries[];
  /** Per reviewer over the whole stage, sorted by name; absent without a review log. */
  readonly reviewers?: readonly ReviewerFigures[];
}

export interface TestFigures {
  readonly cases: number;
  /** Correct ÷ cases whose correctness is known. */
  readonly accuracy: Proportion;
  /** Hallucinations ÷ cases where it is known. */
  readonly hallucination: Proportion;
  /** Cases with a latency. */
  readonly latencyCases: number;
  readonly meanLatencySeconds: number | null;
}

/** Test results are judged on the whole file, not by week (SPEC §3). */
export interface TestMetrics {
  readonly overall: TestFigures;
  readonly groups: readonly { readonly group: string; readonly figures: TestFigures }[];
  readonly byImport: readonly { readonly importId: string; readonly figures: TestFigures }[];
  /** Rows left out of the overall and group figures because a later file holds their case again (a re-run). */
  readonly rerunCases?: number;
}

export interface ImportPlacement {
  readonly importId: string;
  readonly kind: ImportKind;
  readonly rows: number;
  /** Rows counted in some stage week (test results: all rows). */
  readonly placedRows: number;
  readonly unplaced: Readonly<Record<UnplacedReason, number>>;
  /** Whether its rows carry a group that the breakdowns use ("in every group" needs one). */
  readonly grouped: boolean;
  /** Indexes (plan order) of the stages it has placed rows in; absent for test results and weekly figures. */
  readonly stagesWithRows?: readonly number[];
}

export type MetricsWarningCode = UnplacedReason | 'rerun_test_cases' | 'rated_again' | 'overlapping_stages' | 'more_active_than_enrolled' | 'more_raters_than_enrolled' | 'too_many_groups';

export interface MetricsWarning {
  readonly code: MetricsWarningCode;
  readonly kind: ImportKind | null;
  readonly rows: number;
  /** Plain-language sentence for the import screen and the report. */
  readonly message: string;
}

/** A baseline period's figures: every row dated from `from` to `to`, both inclusive, whatever its stage. */
export interface PeriodMetrics {
  readonly from: string;
  readonly to: string;
  readonly total: PeriodFigures;
  /** Per group over the period, sorted by name. */
  readonly groups: readonly { readonly group: string; readonly total: PeriodFigures }[];
}

export const PILOT_METRICS_VERSION = 1;

export interface PilotMetrics {
  readonly version: typeof PILOT_METRICS_VERSION;
  readonly editingShareLimit: number;
  /** The plan's "a task takes N minutes by hand" these metrics used; absent (as null) in older caches. */
  readonly manualMinutesPerTask?: number | null;
  /** Figures of the baseline periods the plan's criteria name (rows dated in the period, whatever their stage). */
  readonly periods?: readonly PeriodMetrics[];
  /** In plan order. */
  readonly stages: readonly StageMetrics[];
  /** Null when no test-results file is imported. */
  readonly tests: TestMetrics | null;
  readonly imports: readonly ImportPlacement[];
  readonly warnings: readonly MetricsWarning[];
  /** Placed rows of the weekly-figures files (issue 10); absent when there are none (and in older caches). */
  readonly figures?: readonly FigureEntry[];
}

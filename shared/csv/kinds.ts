/** The kinds of pilot file (SPEC §5, issue 10) and the fields each maps columns onto. */
export const importKinds = [
  'usage',
  'quality',
  'satisfaction',
  'test_results',
  'operations',
  'reviews',
  'shadow',
  'weekly_figures',
  'incidents',
] as const;
export type ImportKind = (typeof importKinds)[number];

export const importKindLabels: Record<ImportKind, string> = {
  usage: 'Usage / adoption',
  quality: 'Output quality / editing time',
  satisfaction: 'Satisfaction',
  test_results: 'Test results',
  operations: 'Operations (requests, errors, latency)',
  reviews: 'Human review log',
  shadow: 'Shadow comparison (AI vs human)',
  weekly_figures: 'Weekly figures',
  incidents: 'Incidents',
};

export interface FieldSpec {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
  /** Header spellings this field is guessed from (compared case-, space- and punctuation-insensitively). */
  readonly aliases: readonly string[];
}

/** A row's place in time: a calendar date, or a week number of its stage when the file carries weeks. */
export interface RowTime {
  /** `YYYY-MM-DD`, or null when the row carries a week number instead. */
  readonly date: string | null;
  readonly week: number | null;
}

interface RowCommon extends RowTime {
  /** 1-based line number in the file where the row starts (for messages and rejected rows). */
  readonly line: number;
  readonly stage: string | null;
  readonly group: string | null;
}

export interface UsageRow extends RowCommon {
  readonly userId: string;
  readonly uses: number | null;
}

export interface QualityRow extends RowCommon {
  readonly outputId: string;
  readonly userId: string;
  /** Editing time as a share of the task, in percent (0–100). */
  readonly editingShare: number;
  /**
   * The minutes behind the share when the file gives them (editing minutes and minutes by hand):
   * kept so that the time saved can be measured. Undefined when the file gives a share only.
   */
  readonly editingMinutes?: number;
  readonly manualMinutes?: number;
}

export interface SatisfactionRow extends RowCommon {
  readonly userId: string;
  /** Whole number 1–5. */
  readonly rating: number;
  readonly comment: string;
}

export interface TestResultRow {
  readonly line: number;
  readonly caseId: string;
  readonly expected: string;
  readonly actual: string;
  /** Explicit yes/no, or derived from expected === actual when only those are given. */
  readonly correct: boolean | null;
  readonly hallucination: boolean | null;
  readonly latencySeconds: number | null;
  readonly group: string | null;
}

/**
 * One request, or a pre-aggregated row of an hour or a day. Counts are null where the file has no
 * column (or an empty cell) for them: an unknown count is left out of its rate, never read as 0.
 */
export interface OperationsRow extends RowCommon {
  /** Empty when the file names no user. */
  readonly userId: string;
  /** Requests the row stands for: 1 for a row per request (no requests column). */
  readonly requests: number;
  readonly errors: number | null;
  /**
   * Seconds: the request's latency when `requests` is 1, else the row's mean latency (a 95th
   * percentile cannot be recovered from means, so such rows give none).
   */
  readonly latencySeconds: number | null;
  /** Cost of the row's requests together, in the file's currency. */
  readonly cost: number | null;
  readonly escalations: number | null;
  readonly thumbsUp: number | null;
  readonly thumbsDown: number | null;
}

/** A reviewer's decision on an output. */
export const reviewDecisions = ['approved', 'edited', 'rejected'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** One reviewed output of a human-in-the-loop stage; `userId` is the reviewer. */
export interface ReviewRow extends RowCommon {
  readonly outputId: string;
  readonly userId: string;
  readonly decision: ReviewDecision;
  /** Minutes the review took, when the log says. */
  readonly minutes: number | null;
}

/** One case of a shadow run: the AI's output against a person's; `group` is the case's category. */
export interface ShadowRow extends RowCommon {
  readonly caseId: string;
  /** Always empty: a shadow case has no user (kept so the dated columns stay one shape). */
  readonly userId: string;
  /** A match yes/no column, or the AI and human outputs compared (trimmed, case-insensitive). */
  readonly match: boolean;
}

/**
 * One figure computed in another tool: a metric of the app's catalogue for a week (or a date's week), from
 * a bare value or from a numerator and a denominator. `userId` is always empty (kept so the dated columns
 * stay one shape).
 */
export interface FigureRow extends RowCommon {
  readonly userId: string;
  /** A metric id of the app's catalogue (`shared/model/metrics`). */
  readonly metric: string;
  /** In the metric's display unit (percent for shares); null when the row gives a numerator and denominator. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  /** The sample a bare value came from; null when the file does not say. */
  readonly sample: number | null;
}

/** Incident severities as the register keeps them (same order as `incidentSeverities` in the plan schema). */
export const rowSeverities = ['critical', 'high', 'medium', 'low'] as const;
export type RowSeverity = (typeof rowSeverities)[number];

/**
 * One incident for the plan's incident register. Moments are local wall-clock `YYYY-MM-DDTHH:MM`; `date`
 * is the opened day (it places the incident when no stage is named). `userId` and `group` are always empty.
 */
export interface IncidentRow extends RowCommon {
  readonly userId: string;
  /** The file's own id for the incident, '' when it has none (a content key is used instead). */
  readonly incidentId: string;
  readonly severity: RowSeverity;
  readonly openedAt: string;
  readonly acknowledgedAt: string | null;
  readonly resolvedAt: string | null;
  readonly description: string;
  /** An empty cell (or no column) reads as no rollback. */
  readonly rollback: boolean;
}

export interface RowByKind {
  usage: UsageRow;
  quality: QualityRow;
  satisfaction: SatisfactionRow;
  test_results: TestResultRow;
  operations: OperationsRow;
  reviews: ReviewRow;
  shadow: ShadowRow;
  weekly_figures: FigureRow;
  incidents: IncidentRow;
}

import type { Comparator } from '../model/enums';
import type { MetricId } from '../model/metrics';

/** SPEC §4: the five outcomes of a gate criterion. */
export type CriterionStatus = 'pass' | 'fail' | 'not_enough_data' | 'pending' | 'cannot_measure';

/**
 * The outcomes of a rollback trigger; "trending" means it will fire if the current run continues
 * (before the stage ends). "waiting": not checked yet (no start date, not started, judging point
 * ahead). "unreachable": the rule can never apply within the stage. Only "not fired" is an all-clear.
 */
export type TriggerStatus = 'fired' | 'not_fired' | 'trending' | 'waiting' | 'unreachable' | 'not_enough_data' | 'cannot_measure';

export const criterionStatusLabels: Record<CriterionStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  not_enough_data: 'Not enough data',
  pending: 'Pending',
  cannot_measure: 'Cannot measure',
};

export const triggerStatusLabels: Record<TriggerStatus, string> = {
  fired: 'Fired',
  not_fired: 'Not fired',
  trending: 'Trending',
  waiting: 'Not checked yet',
  unreachable: 'Can never apply',
  not_enough_data: 'Not enough data',
  cannot_measure: 'Cannot measure',
};

/** The criterion status an observation's outcome gives when it decides. */
export const statusOfOutcome: Record<ObservationOutcome, CriterionStatus> = {
  meets: 'pass',
  misses: 'fail',
  inconclusive: 'not_enough_data',
  too_small: 'not_enough_data',
  no_data: 'not_enough_data',
  no_value: 'cannot_measure',
};

/**
 * A 95% interval in the unit the value is shown in: Wilson's in percent (0–100) for proportions,
 * a t interval for the means that are judged on one (time saved).
 */
export interface PercentInterval {
  readonly low: number;
  readonly high: number;
}

/** Which rows an observation came from: one week of the stage, or the whole stage pooled. */
export type ObservationScope =
  | { readonly kind: 'week'; readonly week: number; readonly from: string; readonly to: string }
  | { readonly kind: 'stage'; readonly from: string; readonly to: string | null };

/**
 * How one observation stands against the rule (comparator and threshold):
 * - meets / misses: enough data, and the value (or, with statistical confidence, the whole
 *   interval) is on one side of the threshold. For a trigger, "meets" means its condition holds;
 * - inconclusive: statistical confidence asked for and the interval straddles the threshold;
 * - too_small: sample below the criterion's minimum;
 * - no_data: nothing observed (the week is absent or its sample is 0);
 * - no_value: rows exist but the value cannot be computed (e.g. enrolment unknown).
 */
export type ObservationOutcome = 'meets' | 'misses' | 'inconclusive' | 'too_small' | 'no_data' | 'no_value';

/** One observation as judged: the evidence a result carries. */
export interface JudgedObservation {
  readonly scope: ObservationScope;
  /** The group it belongs to; null for the whole audience. */
  readonly group: string | null;
  /** In the metric's display unit (percent for proportions); null when not computable. */
  readonly value: number | null;
  readonly sample: number;
  readonly successes: number | null;
  readonly trials: number | null;
  /** 95% Wilson interval for proportions with counts; null otherwise. */
  readonly interval: PercentInterval | null;
  readonly outcome: ObservationOutcome;
  /** Why the value is missing, when the data says so (outcome no_value). */
  readonly note: string | null;
  /** Where a hand-recorded figure comes from; absent for figures computed from files. */
  readonly handRecorded?: string;
  /** The cases the figure leaves out, and why (test results): said wherever the figure is. */
  readonly leftOut?: string;
  /** Why no 95% interval exists: the counts include rows of a sampled log (see `Observation.sampled`). */
  readonly sampled?: string;
  /** With `sampled`: the rows seen behind the figure (see `Observation.rowsSeen`), what its minimum sample counts. */
  readonly rowsSeen?: { readonly rows: number; readonly exact: boolean };
  /** For a criterion judged against a baseline: the other side and the difference (then `value` is this side). */
  readonly baseline?: BaselineEvidence;
}

/** The baseline side of a comparison and the difference "this − baseline" with its 95% interval. */
export interface BaselineEvidence {
  /** Where the baseline comes from: 'the previous stage "Internal pilot"', 'control group "Team A"'. */
  readonly source: string;
  /** In the metric's display unit; null when there is no baseline figure. */
  readonly value: number | null;
  readonly sample: number;
  readonly successes: number | null;
  readonly trials: number | null;
  /** Difference and interval in the display unit (percentage points for proportions); null when not computable. */
  readonly difference: { readonly value: number; readonly low: number; readonly high: number } | null;
}

/** What a result says about one group when the criterion must hold in every group. */
export interface GroupResult<S extends string> {
  readonly group: string;
  readonly status: S;
  /** Groups below the minimum sample (or unmeasurable in that group) are skipped, never failed. */
  readonly skipped: boolean;
  readonly reason: string;
  readonly evidence: JudgedObservation | null;
}

/** The rule as evaluated, repeated on the result so a chart or report needs nothing else. */
export interface RuleSummary {
  readonly id: string;
  readonly metric: MetricId;
  readonly comparator: Comparator;
  readonly threshold: number;
  readonly required: boolean;
}

/** The evaluation of one gate criterion (SPEC §4), with its evidence. */
export interface CriterionResult extends RuleSummary {
  readonly status: CriterionStatus;
  /** One line of plain language: what was measured against what. */
  readonly reason: string;
  /** The deciding observation: the failing week, the worst group, the judged week… */
  readonly evidence: JudgedObservation | null;
  /** Every observation the judgement used (the rows it came from), in week order, overall first. */
  readonly used: readonly JudgedObservation[];
  /** While pending: the latest observation so far. */
  readonly trend: JudgedObservation | null;
  /** Weeks the judgement looks at (the judging week marked on charts); empty for the pooled stage. */
  readonly judgedWeeks: readonly number[];
  /** First day the judgement is final (`YYYY-MM-DD`); null when the stage has no start date. */
  readonly judgedOn: string | null;
  /** Per group, when the criterion must hold in every group; otherwise empty. */
  readonly groups: readonly GroupResult<CriterionStatus>[];
  /**
   * A pass or fail on a proportion whose 95% interval contains the threshold (judged on the value alone): "The true
   * rate could be either side of 85% (95% range 70–97%)." Null otherwise (either-side.ts).
   * Shown beside the reason, never in it: the bottom line counts these instead of repeating them.
   */
  readonly caveat: string | null;
}

/** The evaluation of one rollback trigger, with its evidence. */
export interface TriggerResult extends RuleSummary {
  readonly status: TriggerStatus;
  readonly reason: string;
  readonly evidence: JudgedObservation | null;
  readonly used: readonly JudgedObservation[];
  /** Weeks in which the condition held in the run that fired (or the current run when trending). */
  readonly runWeeks: readonly number[];
  /** When fired: the day it fired; when trending: the day it would fire if the run continues. */
  readonly firesOn: string | null;
  readonly groups: readonly GroupResult<TriggerStatus>[];
  /** A firing on a proportion whose 95% interval contains the threshold, said beside the reason (`either-side.ts`). */
  readonly caveat: string | null;
}

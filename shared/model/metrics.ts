import { z } from 'zod';

/** Metrics a gate criterion or rollback trigger can be judged on (SPEC §4, §5). */
export const metricIds = [
  'adoption_rate',
  'editing_under_limit_share',
  'mean_editing_share',
  'median_editing_share',
  'mean_satisfaction',
  'satisfaction_top2_share',
  'accuracy',
  'hallucination_rate',
  'mean_latency',
  'error_rate',
  'critical_incidents',
  'approval_rate',
  'mean_request_latency',
  'p95_latency',
  'throughput',
  'cost_per_interaction',
  'escalation_rate',
  'positive_feedback_share',
  'edit_rate',
  'agreement_rate',
  'minutes_saved_per_output',
  'hours_saved_per_user_week',
  'hours_saved',
] as const;
export const metricIdSchema = z.enum(metricIds);
export type MetricId = z.infer<typeof metricIdSchema>;

export type MetricKind = 'proportion' | 'mean' | 'count';

export interface MetricInfo {
  readonly label: string;
  readonly unit: string;
  readonly kind: MetricKind;
  /** What the minimum sample of a criterion on this metric counts. */
  readonly sampleUnit: 'users' | 'outputs' | 'ratings' | 'cases' | 'requests' | 'weeks' | 'user-weeks';
  /** False for figures of a whole file without dates (test results): they cannot be judged by week. */
  readonly weekly: boolean;
  /** Where its data comes from, as the metric picker says it. */
  readonly source: string;
  /**
   * A mean judged on its 95% t interval when the plan asks for statistical confidence (as shares
   * are on Wilson's): a few outputs that happened to save much time prove little.
   */
  readonly meanInterval?: true;
  /** A count that need not be whole (hours): a hand-recorded 12.5 is a value, not a typo. */
  readonly fractional?: true;
}

const VALUE_SOURCE = 'an output-quality file with editing minutes and minutes by hand, or an editing share and the minutes a task takes by hand (set on the Pilot data tab)';

export const metricInfo: Record<MetricId, MetricInfo> = {
  adoption_rate: { label: 'Adoption rate', unit: '%', kind: 'proportion', sampleUnit: 'users', weekly: true, source: 'a usage file (and the enrolled users)' },
  editing_under_limit_share: {
    label: 'Outputs under the editing limit',
    unit: '%',
    kind: 'proportion',
    sampleUnit: 'outputs',
    weekly: true,
    source: 'an output-quality file',
  },
  mean_editing_share: { label: 'Mean editing share', unit: '%', kind: 'mean', sampleUnit: 'outputs', weekly: true, source: 'an output-quality file' },
  median_editing_share: { label: 'Median editing share', unit: '%', kind: 'mean', sampleUnit: 'outputs', weekly: true, source: 'an output-quality file' },
  mean_satisfaction: { label: 'Mean satisfaction', unit: '/5', kind: 'mean', sampleUnit: 'ratings', weekly: true, source: 'a satisfaction file' },
  satisfaction_top2_share: { label: 'Ratings of 4–5', unit: '%', kind: 'proportion', sampleUnit: 'ratings', weekly: true, source: 'a satisfaction file' },
  accuracy: { label: 'Accuracy', unit: '%', kind: 'proportion', sampleUnit: 'cases', weekly: false, source: 'a test-results file (correct, or expected and actual)' },
  hallucination_rate: { label: 'Hallucination rate', unit: '%', kind: 'proportion', sampleUnit: 'cases', weekly: false, source: 'a test-results file (hallucination)' },
  mean_latency: { label: 'Mean response time', unit: 's', kind: 'mean', sampleUnit: 'cases', weekly: false, source: 'a test-results file (latency)' },
  error_rate: { label: 'Error rate', unit: '%', kind: 'proportion', sampleUnit: 'requests', weekly: true, source: 'an operations file (errors and requests)' },
  critical_incidents: { label: 'Critical incidents', unit: 'incidents', kind: 'count', sampleUnit: 'weeks', weekly: true, source: 'the incident register on the Stages tab' },
  approval_rate: { label: 'Reviewer approval rate', unit: '%', kind: 'proportion', sampleUnit: 'outputs', weekly: true, source: 'a human review log (decisions)' },
  mean_request_latency: {
    label: 'Mean latency in operation',
    unit: 's',
    kind: 'mean',
    sampleUnit: 'requests',
    weekly: true,
    source: 'an operations file (latency)',
  },
  p95_latency: {
    label: '95th-percentile latency',
    unit: 's',
    kind: 'mean',
    sampleUnit: 'requests',
    weekly: true,
    source: 'an operations file with one row per request (latency)',
  },
  throughput: { label: 'Requests per day', unit: 'requests/day', kind: 'mean', sampleUnit: 'requests', weekly: true, source: 'an operations file (dated rows)' },
  cost_per_interaction: { label: 'Cost per interaction', unit: '', kind: 'mean', sampleUnit: 'requests', weekly: true, source: 'an operations file (cost)' },
  escalation_rate: { label: 'Escalation rate', unit: '%', kind: 'proportion', sampleUnit: 'requests', weekly: true, source: 'an operations file (escalations)' },
  positive_feedback_share: {
    label: 'Positive feedback (thumbs up)',
    unit: '%',
    kind: 'proportion',
    sampleUnit: 'ratings',
    weekly: true,
    source: 'an operations file (thumbs up and down)',
  },
  edit_rate: { label: 'Reviewer edit rate', unit: '%', kind: 'proportion', sampleUnit: 'outputs', weekly: true, source: 'a human review log (decisions)' },
  agreement_rate: {
    label: 'Agreement with human outputs',
    unit: '%',
    kind: 'proportion',
    sampleUnit: 'cases',
    weekly: true,
    source: 'a shadow comparison (AI and human outputs, or match yes/no)',
  },
  minutes_saved_per_output: {
    label: 'Time saved per output',
    unit: 'min',
    kind: 'mean',
    sampleUnit: 'outputs',
    weekly: true,
    source: VALUE_SOURCE,
    meanInterval: true,
  },
  hours_saved_per_user_week: {
    label: 'Hours saved per active user per week',
    unit: 'h',
    kind: 'mean',
    // A user with outputs in a week is one value: over a stage, a user counts once per week.
    sampleUnit: 'user-weeks',
    weekly: true,
    source: `${VALUE_SOURCE}; users with outputs in the week`,
    meanInterval: true,
  },
  hours_saved: { label: 'Hours saved', unit: 'h', kind: 'count', sampleUnit: 'outputs', weekly: true, source: VALUE_SOURCE, fractional: true },
};

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
] as const;
export const metricIdSchema = z.enum(metricIds);
export type MetricId = z.infer<typeof metricIdSchema>;

export type MetricKind = 'proportion' | 'mean' | 'count';

export interface MetricInfo {
  readonly label: string;
  readonly unit: string;
  readonly kind: MetricKind;
  /** What the minimum sample of a criterion on this metric counts. */
  readonly sampleUnit: 'users' | 'outputs' | 'ratings' | 'cases' | 'requests' | 'weeks';
  /** False for figures of a whole file without dates (test results): they cannot be judged by week. */
  readonly weekly: boolean;
}

export const metricInfo: Record<MetricId, MetricInfo> = {
  adoption_rate: { label: 'Adoption rate', unit: '%', kind: 'proportion', sampleUnit: 'users', weekly: true },
  editing_under_limit_share: {
    label: 'Outputs under the editing limit',
    unit: '%',
    kind: 'proportion',
    sampleUnit: 'outputs',
    weekly: true,
  },
  mean_editing_share: { label: 'Mean editing share', unit: '%', kind: 'mean', sampleUnit: 'outputs', weekly: true },
  median_editing_share: { label: 'Median editing share', unit: '%', kind: 'mean', sampleUnit: 'outputs', weekly: true },
  mean_satisfaction: { label: 'Mean satisfaction', unit: '/5', kind: 'mean', sampleUnit: 'ratings', weekly: true },
  satisfaction_top2_share: { label: 'Ratings of 4–5', unit: '%', kind: 'proportion', sampleUnit: 'ratings', weekly: true },
  accuracy: { label: 'Accuracy', unit: '%', kind: 'proportion', sampleUnit: 'cases', weekly: false },
  hallucination_rate: { label: 'Hallucination rate', unit: '%', kind: 'proportion', sampleUnit: 'cases', weekly: false },
  mean_latency: { label: 'Mean response time', unit: 's', kind: 'mean', sampleUnit: 'cases', weekly: false },
  error_rate: { label: 'Error rate', unit: '%', kind: 'proportion', sampleUnit: 'requests', weekly: true },
  critical_incidents: { label: 'Critical incidents', unit: 'incidents', kind: 'count', sampleUnit: 'weeks', weekly: true },
  approval_rate: { label: 'Reviewer approval rate', unit: '%', kind: 'proportion', sampleUnit: 'outputs', weekly: true },
};

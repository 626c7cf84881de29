import type { Plan } from '../model/schema';
import { isoFromDay } from './day-number';
import type { PilotMetrics } from './pilot-metrics';
import { stageSpans } from './stage-calendar';
import { baselinePeriodsOf, periodKey } from './period-metrics';
import type { MetricsOptions } from './compute-metrics';

/** What the metrics of a plan are computed with, besides its stages and files. */
export function metricsOptionsOf(plan: Pick<Plan, 'editingShareLimit' | 'stages' | 'manualMinutesPerTask'>): MetricsOptions {
  return { editingShareLimit: plan.editingShareLimit, manualMinutesPerTask: plan.manualMinutesPerTask, baselinePeriods: baselinePeriodsOf(plan) };
}

/**
 * Whether `metrics` were computed for the plan as it is now: same editing limit, same stages
 * with the same date ranges and enrolment. A verdict worked out from metrics that do not match
 * would describe a plan that no longer exists.
 */
export function metricsMatchPlan(metrics: PilotMetrics, plan: Pick<Plan, 'editingShareLimit' | 'stages'> & Partial<Pick<Plan, 'manualMinutesPerTask'>>): boolean {
  if (metrics.editingShareLimit !== plan.editingShareLimit || metrics.stages.length !== plan.stages.length) return false;
  if ((metrics.manualMinutesPerTask ?? null) !== (plan.manualMinutesPerTask ?? null)) return false;
  // Every baseline period a criterion names must have its figures, or its verdict would be "not worked out yet".
  const periods = new Set((metrics.periods ?? []).map(periodKey));
  if (!baselinePeriodsOf(plan).every((p) => periods.has(periodKey(p)))) return false;
  const spans = stageSpans(plan.stages);
  return plan.stages.every((stage, index) => {
    const m = metrics.stages[index];
    const span = spans[index];
    if (!m || !span) return false;
    const from = span.start === null ? null : isoFromDay(span.start);
    const to = span.end === null ? null : isoFromDay(span.end);
    return m.stageId === stage.id && m.enrolledUsers === stage.enrolledUsers && m.from === from && m.to === to;
  });
}

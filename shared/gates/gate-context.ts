import type { Plan, Stage } from '../model/schema';
import { testSetMinimum, type TestSetMinimum } from '../tier/test-set-minimum';
import { dayOf } from './calendar';
import type { StageClock } from './judging-window';

/** Everything about the plan and the day that a criterion's evaluation depends on. */
export interface GateContext {
  /** The day of evaluation, `YYYY-MM-DD`: passed in, never read from the clock, so results are reproducible. */
  readonly today: string;
  readonly plannedStart: string | null;
  readonly durationWeeks: number | null;
  readonly minDurationWeeks: number;
  /** Plan-wide: proportions pass or fail only when their whole 95% interval does. */
  readonly statisticalConfidence: boolean;
  /**
   * The labelled test set the plan's risk tier asks for: a figure from test results over fewer cases is "not enough
   * data", whatever the criterion's own minimum. Absent only where one criterion is judged outside a plan.
   */
  readonly testSetMinimum?: TestSetMinimum;
}

/** The context for evaluating one stage of a plan on `today`. */
export function gateContext(plan: Pick<Plan, 'statisticalConfidence'> & Partial<Pick<Plan, 'riskTier'>>, stage: Stage, today: string): GateContext {
  return {
    // No tier given is no tier confirmed: the strictest applies, as the checklist assumes.
    testSetMinimum: testSetMinimum(plan.riskTier ?? null),
    today,
    plannedStart: stage.plannedStart,
    durationWeeks: stage.durationWeeks,
    minDurationWeeks: stage.minDurationWeeks,
    statisticalConfidence: plan.statisticalConfidence,
  };
}

/**
 * Where the stage stands: without a start date nothing can be judged; before the start
 * nothing has happened yet, but the judging dates are already known (the stage editor shows
 * the earliest decision date before the pilot begins).
 */
export type StageState =
  | { readonly kind: 'no_start' }
  | { readonly kind: 'not_started'; readonly start: string; readonly clock: StageClock }
  | { readonly kind: 'running'; readonly clock: StageClock };

/** Throws a RangeError for a `today` that is not a real date: that is a programming error, not data. */
export function stageState(ctx: GateContext): StageState {
  const today = dayOf(ctx.today);
  if (today === null) throw new RangeError(`"${ctx.today}" is not a YYYY-MM-DD date`);
  const { plannedStart } = ctx;
  const start = plannedStart === null ? null : dayOf(plannedStart);
  if (plannedStart === null || start === null) return { kind: 'no_start' };
  const clock: StageClock = {
    today,
    start,
    completeWeeks: Math.max(0, Math.floor((today - start) / 7)),
    durationWeeks: ctx.durationWeeks,
    minDurationWeeks: ctx.minDurationWeeks,
  };
  return today < start ? { kind: 'not_started', start: plannedStart, clock } : { kind: 'running', clock };
}

import { afterTodayWords, formatPlural } from '../format/format';
import { notBegunWeeksText } from '../gates/weeks-not-begun';
import { MINUTES_BY_HAND_UNKNOWN } from './period-readers';
import type { PeriodFigures, PilotMetrics } from './pilot-metrics';
import { unavailableMessage, type UnavailableImport } from './unavailable-imports';

/**
 * The value delivered (SPEC §5, issue 10) in a few figures for the dashboard and the report: time
 * saved against the manual process, and cost per interaction, for the plan and per stage. Pooled
 * over the rows (Σ minutes saved ÷ outputs), never a mean of stage means.
 */

export interface TimeSaved {
  /** Outputs whose time saved is known, and user-weeks with outputs. */
  readonly outputs: number;
  readonly userWeeks: number;
  readonly hoursSaved: number;
  readonly minutesPerOutput: number | null;
  readonly hoursPerUserWeek: number | null;
}

export interface CostFigure {
  readonly perInteraction: number;
  /** Requests whose cost is known. */
  readonly requests: number;
}

/** Time saved: its figures, why it cannot be measured, or null when no output-quality file is imported. */
export type TimeSavedOutcome =
  | { readonly ok: true; readonly figures: TimeSaved }
  /** `noRows`: nothing to measure yet (no output-quality rows), as against rows whose minutes by hand are unknown. */
  | { readonly ok: false; readonly reason: string; readonly noRows: boolean }
  | null;

export interface StageValue {
  readonly stageId: string;
  readonly stageName: string;
  readonly time: TimeSavedOutcome;
  readonly cost: CostFigure | null;
  /** Why the cost cannot be measured (an operations file listed but unreadable here); `cost` is then null. */
  readonly costCannotMeasure: string | null;
}

export interface ValueSummary {
  readonly time: TimeSavedOutcome;
  readonly cost: CostFigure | null;
  readonly costCannotMeasure: string | null;
  readonly stages: readonly StageValue[];
  /**
   * The rows left out of these figures because they are dated after today (in a stage week that has not begun, the
   * rule the verdict sentences use), said beside the figures: "Leaves out 12 outputs dated after today (in Internal
   * pilot week 6, which starts on Dec 14, 2026): check the file's dates." Null when there are none.
   */
  readonly datedAfterToday: string | null;
}

interface Totals {
  quality: boolean;
  qualityOutputs: number;
  outputs: number;
  minutes: number;
  userWeeks: number;
  userWeekHours: number;
  operations: boolean;
  costRequests: number;
  cost: number;
}

const empty = (): Totals => ({ quality: false, qualityOutputs: 0, outputs: 0, minutes: 0, userWeeks: 0, userWeekHours: 0, operations: false, costRequests: 0, cost: 0 });

/** Adds a period's figures (`sign` −1 takes a week back out of its stage's total). */
function add(t: Totals, p: PeriodFigures, sign: 1 | -1 = 1): void {
  if (p.quality) {
    t.quality = true;
    t.qualityOutputs += sign * p.quality.outputs;
    const v = p.quality.value;
    if (v) {
      t.outputs += sign * v.outputs;
      t.minutes += sign * v.minutesSaved;
      t.userWeeks += sign * v.userWeeks;
      t.userWeekHours += sign * v.userWeekHours;
    }
  }
  if (p.operations) {
    t.operations = true;
    t.costRequests += sign * p.operations.costRequests;
    t.cost += sign * p.operations.cost;
  }
}

function timeOf(t: Totals, where: string): TimeSavedOutcome {
  if (!t.quality) return null;
  if (t.outputs === 0) {
    const noRows = t.qualityOutputs === 0;
    return { ok: false, reason: noRows ? `No output-quality rows ${where} yet.` : MINUTES_BY_HAND_UNKNOWN, noRows };
  }
  return {
    ok: true,
    figures: {
      outputs: t.outputs,
      userWeeks: t.userWeeks,
      hoursSaved: t.minutes / 60,
      minutesPerOutput: t.minutes / t.outputs,
      hoursPerUserWeek: t.userWeeks > 0 ? t.userWeekHours / t.userWeeks : null,
    },
  };
}

function costOf(t: Totals): CostFigure | null {
  return t.operations && t.costRequests > 0 ? { perInteraction: t.cost / t.costRequests, requests: t.costRequests } : null;
}

/**
 * The plan's value delivered from its pilot metrics: every stage's rows pooled, and each stage on its own.
 * A kind of file listed but unreadable here (`unavailable`: rows missing or damaged) makes its figures
 * "cannot measure" and why: the other files alone are part of the rows, and none at all is not "no file".
 */
export function valueSummary(metrics: PilotMetrics, unavailable: readonly UnavailableImport[], today: string): ValueSummary {
  const timeCannot = unavailableMessage(unavailable, 'quality');
  const costCannot = unavailableMessage(unavailable, 'operations');
  const time = (t: Totals, where: string): TimeSavedOutcome => (timeCannot === null ? timeOf(t, where) : { ok: false, reason: timeCannot, noRows: false });
  const cost = (t: Totals): CostFigure | null => (costCannot === null ? costOf(t) : null);
  const plan = empty();
  const later = empty();
  const places: string[] = [];
  const stages = metrics.stages.map((s): StageValue => {
    const t = empty();
    add(t, s.total);
    // Hours saved "to date": a week that has not begun holds rows dated after today, left out and named.
    const future = s.weeks.filter((w) => w.from !== null && w.from > today && hasRows(w));
    for (const w of future) {
      add(t, w, -1);
      add(later, w);
    }
    if (future.length > 0 && s.from !== null) places.push(`${s.stageName} ${notBegunWeeksText(s.from, future.map((w) => w.week))}`);
    merge(plan, t);
    return { stageId: s.stageId, stageName: s.stageName, time: time(t, 'in this stage'), cost: cost(t), costCannotMeasure: costCannot };
  });
  return { time: time(plan, 'in any stage'), cost: cost(plan), costCannotMeasure: costCannot, stages, datedAfterToday: laterText(later, places, today) };
}

function merge(into: Totals, t: Totals): void {
  into.quality ||= t.quality;
  into.operations ||= t.operations;
  into.qualityOutputs += t.qualityOutputs;
  into.outputs += t.outputs;
  into.minutes += t.minutes;
  into.userWeeks += t.userWeeks;
  into.userWeekHours += t.userWeekHours;
  into.costRequests += t.costRequests;
  into.cost += t.cost;
}

function hasRows(p: PeriodFigures): boolean {
  return (p.quality?.outputs ?? 0) > 0 || (p.operations?.costRequests ?? 0) > 0;
}

/** "Leaves out 12 outputs and 40 requests with a cost dated after today (…): check the file's dates." */
function laterText(later: Totals, places: readonly string[], today: string): string | null {
  const parts = [
    ...(later.qualityOutputs > 0 ? [formatPlural(later.qualityOutputs, 'output')] : []),
    ...(later.costRequests > 0 ? [`${formatPlural(later.costRequests, 'request')} with a cost`] : []),
  ];
  if (parts.length === 0) return null;
  return `Leaves out ${parts.join(' and ')} dated ${afterTodayWords(today)}, in ${places.join('; ')}: check the file's dates.`;
}

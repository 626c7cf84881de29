import type { Baseline, Plan } from '../model/schema';
import { NO_DAY, type Columns } from './columns';
import { dayFromIso } from './day-number';
import type { StageInput } from './stage-calendar';

/**
 * A baseline "period before the AI" (issue 10): the metric's own rows dated from `from` to `to`,
 * whatever stage their stage column names. Its figures are the figures of a stand-in stage that
 * spans the period, computed from the same columns by the same code as every stage's.
 */
export interface BaselinePeriod {
  readonly from: string;
  readonly to: string;
}

/** The stand-in stage's id; no plan id contains a NUL character. */
export const PERIOD_STAGE_ID = '\u0000baseline-period';

/** The distinct baseline periods the plan's criteria and triggers name, in a stable order. */
export function baselinePeriodsOf(plan: Pick<Plan, 'stages'>): BaselinePeriod[] {
  const seen = new Map<string, BaselinePeriod>();
  for (const stage of plan.stages) {
    for (const c of [...stage.criteria, ...stage.triggers]) {
      const b: Baseline | null | undefined = c.baseline;
      if (b?.kind === 'period') seen.set(periodKey(b), { from: b.from, to: b.to });
    }
  }
  return [...seen.values()].sort((a, b) => (periodKey(a) < periodKey(b) ? -1 : 1));
}

export function periodKey(period: BaselinePeriod): string {
  return `${period.from}..${period.to}`;
}

/**
 * The columns and the stand-in stage that place exactly the rows dated in the period in it: the
 * stage column is dropped (the period is a date range, not a stage), rows after `to` lose their
 * date (a stage spans whole weeks), rows with a week number only are undated and stay out.
 * Test results carry no dates and are left out.
 */
export function periodInputs(
  columnsByImport: Readonly<Record<string, Columns>>,
  period: BaselinePeriod,
): { columns: Record<string, Columns>; stage: StageInput } | null {
  const from = dayFromIso(period.from);
  const to = dayFromIso(period.to);
  if (from === null || to === null || to < from) return null;
  const columns: Record<string, Columns> = {};
  for (const [id, c] of Object.entries(columnsByImport)) {
    if (c.kind === 'test_results') continue;
    columns[id] = { ...c, stage: null, day: clipped(c.day, to) } as Columns;
  }
  const stage: StageInput = {
    id: PERIOD_STAGE_ID,
    name: '',
    plannedStart: period.from,
    durationWeeks: Math.ceil((to - from + 1) / 7),
    enrolledUsers: null,
  };
  return { columns, stage };
}

/** The day column with every day after `to` made "no date"; the same array when none is. */
function clipped(day: Int32Array | null, to: number): Int32Array | null {
  if (day === null) return null;
  let late = false;
  for (let i = 0; i < day.length && !late; i++) late = (day[i] as number) > to;
  if (!late) return day;
  const out = new Int32Array(day.length);
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    out[i] = d > to ? NO_DAY : d;
  }
  return out;
}

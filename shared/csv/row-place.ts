/**
 * Where one typed row will land among the plan's stages, by the same rules as the metrics
 * (shared/metrics/placement.ts): a stage cell names the stage; without one the date picks the stage whose
 * range contains it; a week number without a stage lands nowhere. The preview shows this per row.
 */
import { dayFromIso } from '../model/day-number';
import { weekOfDay, type StageCalendar } from '../metrics/stage-calendar';
import type { RowTime } from './kinds';

export type RowPlace =
  | { readonly stage: number; readonly week: number; readonly problem: null }
  | { readonly stage: -1; readonly week: 0; readonly problem: 'week_without_stage' | 'outside_stages' | 'unknown_stage' | 'before_stage_start' | 'stage_without_start' };

export interface PlaceableRow extends RowTime {
  readonly stage: string | null;
}

/** The stage index and week a row will count in, or why it will count nowhere. */
export function placeRow(row: PlaceableRow, calendar: StageCalendar): RowPlace {
  const day = row.date === null ? null : dayFromIso(row.date);
  if (row.stage !== null) {
    const s = calendar.stageNamed(row.stage);
    if (s < 0) return { stage: -1, week: 0, problem: 'unknown_stage' };
    if (row.week !== null) return { stage: s, week: row.week, problem: null };
    const start = calendar.spans[s]?.start ?? null;
    if (start === null || day === null) return { stage: -1, week: 0, problem: 'stage_without_start' };
    const week = weekOfDay(start, day);
    return week < 1 ? { stage: -1, week: 0, problem: 'before_stage_start' } : { stage: s, week, problem: null };
  }
  if (day === null) return { stage: -1, week: 0, problem: 'week_without_stage' };
  const s = calendar.stageOfDay(day);
  if (s < 0) return { stage: -1, week: 0, problem: 'outside_stages' };
  const start = calendar.spans[s]!.start!;
  return { stage: s, week: row.week ?? weekOfDay(start, day), problem: null };
}

/** Plain words for a row that lands in no stage. */
export const placeProblems: Record<Exclude<RowPlace['problem'], null>, string> = {
  week_without_stage: 'has a week number but no stage',
  outside_stages: 'is dated outside every stage',
  unknown_stage: "names a stage this plan does not have",
  before_stage_start: "is dated before its stage's start",
  stage_without_start: 'names a stage without a start date',
};

import { NO_DAY, NO_WEEK, type TimedColumns } from './columns';
import { weekOfDay, type StageCalendar } from './stage-calendar';

/** Why a row belongs to no stage week. Such rows are counted and reported, never dropped silently. */
export const unplacedReasons = [
  'outside_stages',
  'unknown_stage',
  'before_stage_start',
  'stage_without_start',
  'week_without_stage',
  'no_time',
  'beyond_week_limit',
  // Set after placing (repeated-rows.ts): the row repeats a row of an earlier import of its kind.
  'repeats_earlier_import',
] as const;
export type UnplacedReason = (typeof unplacedReasons)[number];

/** Weeks after a stage's start beyond this are taken for a typo (the schema caps durations at 520 weeks too). */
export const MAX_STAGE_WEEK = 520;

/** Where each row of one import falls. */
export interface Placement {
  /** Stage index per row, or -1 when the row belongs to no stage. */
  readonly stage: Int32Array;
  /** Week of the stage per row (1-based); meaningless where `stage` is -1. */
  readonly week: Int32Array;
  readonly placedRows: number;
  readonly unplaced: Readonly<Record<UnplacedReason, number>>;
  /** First and last day of the rows dated outside every stage, for the warning. */
  readonly outsideDays: { readonly first: number; readonly last: number } | null;
  /** Rows placed by date where two stages' ranges overlap. */
  readonly overlapRows: number;
  /** Stage names the file uses that the plan does not have, with their row counts. */
  readonly unknownStages: ReadonlyMap<string, number>;
  /** Highest week with a row, per stage (0 when the stage has none). */
  readonly maxWeek: Int32Array;
}

/**
 * Places every row in a stage week (SPEC §5): a stage column names the stage (a week number
 * is then used as is, a date counted from that stage's start); without one, the date picks
 * the stage whose range contains it.
 */
export function placeRows(columns: TimedColumns, calendar: StageCalendar): Placement {
  const n = columns.rowCount;
  const stageCount = calendar.stages.length;
  const stageOut = new Int32Array(n).fill(-1);
  const weekOut = new Int32Array(n);
  const maxWeek = new Int32Array(stageCount);
  const counts = new Int32Array(unplacedReasons.length);
  const unknownStages = new Map<string, number>();
  const stageOfCode = stageIndexPerCode(columns, calendar);
  const starts = calendar.spans.map((s) => (s.start === null ? NaN : s.start));
  const day = columns.day;
  const week = columns.week;
  const stageCodes = columns.stage?.codes ?? null;
  let firstOutside = Infinity;
  let lastOutside = -Infinity;
  let overlapRows = 0;
  let placedRows = 0;

  // Logs come in date order, so consecutive rows usually share day, week and stage name:
  // the placement is worked out again only when one of them changes.
  let lastDay = NaN;
  let lastWeek = -1;
  let lastCode = -1;
  let s = -1;
  let w = 0;
  let reason = -1;
  let overlap = false;
  for (let i = 0; i < n; i++) {
    const d = day === null ? NO_DAY : (day[i] as number);
    const wk = week === null ? NO_WEEK : (week[i] as number);
    const code = stageCodes === null ? 0 : (stageCodes[i] as number);
    if (d !== lastDay || wk !== lastWeek || code !== lastCode) {
      lastDay = d;
      lastWeek = wk;
      lastCode = code;
      s = -1;
      w = 0;
      reason = -1;
      overlap = false;
      if (code !== 0) {
        s = stageOfCode[code] as number;
        if (s < 0) reason = UNKNOWN_STAGE;
        else if (wk !== NO_WEEK) w = wk;
        else if (d === NO_DAY) reason = NO_TIME;
        else if (Number.isNaN(starts[s])) reason = STAGE_WITHOUT_START;
        else {
          w = weekOfDay(starts[s] as number, d);
          if (w < 1) reason = BEFORE_STAGE_START;
        }
      } else if (d !== NO_DAY) {
        s = calendar.stageOfDay(d);
        if (s < 0) reason = OUTSIDE_STAGES;
        else {
          overlap = calendar.isOverlap(d);
          w = wk !== NO_WEEK ? wk : weekOfDay(starts[s] as number, d);
        }
      } else {
        reason = wk !== NO_WEEK ? WEEK_WITHOUT_STAGE : NO_TIME;
      }
      if (reason < 0 && w > MAX_STAGE_WEEK) reason = BEYOND_WEEK_LIMIT;
    }
    if (reason >= 0) {
      counts[reason] = (counts[reason] as number) + 1;
      if (reason === OUTSIDE_STAGES) {
        if (d < firstOutside) firstOutside = d;
        if (d > lastOutside) lastOutside = d;
      } else if (reason === UNKNOWN_STAGE) {
        const name = columns.stage?.values[code] ?? '';
        unknownStages.set(name, (unknownStages.get(name) ?? 0) + 1);
      }
      continue;
    }
    if (overlap) overlapRows++;
    stageOut[i] = s;
    weekOut[i] = w;
    if (w > (maxWeek[s] as number)) maxWeek[s] = w;
    placedRows++;
  }

  const unplaced = Object.fromEntries(unplacedReasons.map((r, k) => [r, counts[k] ?? 0])) as Record<UnplacedReason, number>;
  return {
    stage: stageOut,
    week: weekOut,
    placedRows,
    unplaced,
    outsideDays: Number.isFinite(firstOutside) ? { first: firstOutside, last: lastOutside } : null,
    overlapRows,
    unknownStages,
    maxWeek,
  };
}

const OUTSIDE_STAGES = unplacedReasons.indexOf('outside_stages');
const UNKNOWN_STAGE = unplacedReasons.indexOf('unknown_stage');
const BEFORE_STAGE_START = unplacedReasons.indexOf('before_stage_start');
const STAGE_WITHOUT_START = unplacedReasons.indexOf('stage_without_start');
const WEEK_WITHOUT_STAGE = unplacedReasons.indexOf('week_without_stage');
const NO_TIME = unplacedReasons.indexOf('no_time');
const BEYOND_WEEK_LIMIT = unplacedReasons.indexOf('beyond_week_limit');

/** The plan's stage index for every distinct stage name in the file (-1 for names the plan lacks). */
function stageIndexPerCode(columns: TimedColumns, calendar: StageCalendar): Int32Array {
  const values = columns.stage?.values ?? [''];
  const out = new Int32Array(values.length).fill(-1);
  values.forEach((name, code) => {
    if (code > 0) out[code] = calendar.stageNamed(name);
  });
  return out;
}

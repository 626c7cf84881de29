import { NO_DAY, type UsageColumns } from './columns';
import { MAX_STAGE_WEEK, type Placement } from './placement';
import type { StageCalendar } from './stage-calendar';

/**
 * Which stage weeks a usage log covers (SPEC §4–5, "an abandoned pilot"). A usage log lists
 * activity, so a week without rows is either a week nobody used the tool (0 active users:
 * adoption 0%) or a week the log does not reach (no data). The two are told apart like this:
 *
 * - a log covers, in each stage, every week from the first to the last week it has rows for
 *   in that stage (rows with a use count of 0 count: the log was running);
 * - rows placed by date (no stage column) also cover every stage week that lies wholly
 *   between the log's first and last dated row, whichever stage those rows fall in — a log
 *   exported in June that shows activity in January and May also saw the silent March.
 *
 * Nothing is assumed beyond the latest row: a week after it may simply not be exported yet.
 */
export type UsageCoverage = readonly Uint8Array[];

export interface CoveredImport {
  readonly columns: UsageColumns;
  readonly placement: Placement;
}

/** Per stage index, a flag per week (index = week, 1-based) that the usage logs cover. */
export function usageCoverage(imports: readonly CoveredImport[], calendar: StageCalendar): UsageCoverage {
  const covered = calendar.stages.map(() => new Uint8Array(MAX_STAGE_WEEK + 1));
  for (const { columns, placement } of imports) {
    coverPlacedWeeks(placement, covered);
    coverDatedSpan(columns, calendar, covered);
  }
  return covered;
}

/** The last covered week per stage (0 when none): the weekly series must reach it. */
export function lastCoveredWeeks(coverage: UsageCoverage): Int32Array {
  return Int32Array.from(coverage, (weeks) => weeks.lastIndexOf(1) > 0 ? weeks.lastIndexOf(1) : 0);
}

function coverPlacedWeeks(placement: Placement, covered: Uint8Array[]): void {
  const first = new Int32Array(covered.length).fill(MAX_STAGE_WEEK + 1);
  const last = new Int32Array(covered.length);
  const { stage, week } = placement;
  for (let i = 0; i < stage.length; i++) {
    const s = stage[i] as number;
    if (s < 0) continue;
    const w = week[i] as number;
    if (w < (first[s] as number)) first[s] = w;
    if (w > (last[s] as number)) last[s] = w;
  }
  covered.forEach((weeks, s) => weeks.fill(1, first[s] as number, (last[s] as number) + 1));
}

function coverDatedSpan(columns: UsageColumns, calendar: StageCalendar, covered: Uint8Array[]): void {
  const { day } = columns;
  if (day === null) return;
  const stageCodes = columns.stage?.codes ?? null;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let i = 0; i < day.length; i++) {
    const d = day[i] as number;
    // Rows that name their stage say nothing about the dates of other stages.
    if (d === NO_DAY || (stageCodes !== null && stageCodes[i] !== 0)) continue;
    if (d < firstDay) firstDay = d;
    if (d > lastDay) lastDay = d;
  }
  if (!Number.isFinite(firstDay)) return;
  calendar.spans.forEach((span, s) => {
    if (span.start === null) return;
    const weeks = covered[s] as Uint8Array;
    const end = Math.min(lastDay, span.end ?? lastDay);
    // Week w runs from start + 7(w − 1) to start + 7w − 1; it is covered when wholly inside [firstDay, end].
    const from = Math.max(1, Math.ceil((firstDay - span.start) / 7) + 1);
    const to = Math.min(MAX_STAGE_WEEK, Math.floor((end - span.start + 1) / 7));
    if (to >= from) weeks.fill(1, from, to + 1);
  });
}

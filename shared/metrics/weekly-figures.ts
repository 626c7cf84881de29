import { dictValue, type FigureColumns } from './columns';
import { placeRows, type Placement } from './placement';
import type { StageCalendar } from './stage-calendar';

/**
 * One placed row of a weekly-figures file (issue 10): small and plain, kept in the pilot metrics so the
 * gate lookup can use it without the columns. A figures file has a row per metric and week, not per event.
 */
export interface FigureEntry {
  readonly importId: string;
  readonly line: number;
  readonly stageId: string;
  readonly week: number;
  readonly group: string | null;
  readonly metric: string;
  /** In the metric's display unit; null when given as numerator and denominator. */
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly sample: number | null;
}

const num = (column: Float64Array | null, i: number): number | null => {
  const v = column?.[i] ?? NaN;
  return Number.isNaN(v) ? null : v;
};

/** Places every figure in a stage week by the same rules as any dated row; unplaced rows stay in the placement's counts. */
export function placeFigures(
  imports: readonly { readonly importId: string; readonly columns: FigureColumns }[],
  calendar: StageCalendar,
): { readonly entries: FigureEntry[]; readonly placements: ReadonlyMap<string, Placement> } {
  const entries: FigureEntry[] = [];
  const placements = new Map<string, Placement>();
  for (const { importId, columns } of imports) {
    const placement = placeRows(columns, calendar);
    placements.set(importId, placement);
    for (let i = 0; i < columns.rowCount; i++) {
      const s = placement.stage[i] as number;
      if (s < 0) continue;
      entries.push({
        importId,
        line: columns.line[i] ?? 0,
        stageId: calendar.stages[s]!.id,
        week: placement.week[i] as number,
        group: dictValue(columns.group, i),
        metric: dictValue(columns.metric, i) ?? '',
        value: num(columns.value, i),
        numerator: num(columns.numerator, i),
        denominator: num(columns.denominator, i),
        sample: num(columns.sample, i),
      });
    }
  }
  return { entries, placements };
}

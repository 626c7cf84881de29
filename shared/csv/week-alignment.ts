/**
 * Weekly rows whose weeks are not the stages' weeks. Viva Insights' Copilot person query dates each person's week by
 * its first day ("MetricDate", a Sunday), while a stage's weeks run from its start day (a Monday). Each row counts whole
 * in the stage week holding its date, which shares one day with the week it stands for: the figures land a week early,
 * and the first week's rows before the stage. The wizard says so before importing; the user aligns the two.
 */
import { formatDate } from '../format/format';
import type { StageInput } from '../metrics/stage-calendar';
import type { ImportKind } from './kinds';
import type { PlausibilityWarning } from './plausibility';
import type { SampledRow } from './sampled-rows';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** When every dated row falls on one weekday, a week or more apart, and no stage starts on that weekday; null otherwise. */
export function weekAlignmentWarning(
  kind: ImportKind,
  dateHeader: string | null,
  sampled: readonly SampledRow[],
  stages: readonly StageInput[],
): PlausibilityWarning | null {
  if (dateHeader === null || (kind !== 'usage' && kind !== 'satisfaction' && kind !== 'quality')) return null;
  const dates = [...new Set(sampled.flatMap((s) => ((s.row as { date?: string | null } | null)?.date ? [(s.row as { date: string }).date] : [])))].sort();
  if (dates.length < 2 || sampled.length < 4) return null;
  const day = weekday(dates[0]!);
  if (dates.some((d) => weekday(d) !== day)) return null;
  const starts = stages.flatMap((s) => (s.plannedStart ? [s.plannedStart] : []));
  if (starts.length === 0 || starts.some((s) => weekday(s) === day)) return null;
  const first = starts.find((s) => s >= dates[0]!) ?? starts[0]!;
  const apart = Math.round((Date.parse(`${dates[1]}T00:00:00Z`) - Date.parse(`${dates[0]}T00:00:00Z`)) / DAY_MS);
  return {
    code: 'weeks_misaligned',
    message:
      `Every date in “${dateHeader}” falls on a ${WEEKDAYS[day]}, ${apart} days apart (${dates.slice(0, 2).map((d) => formatDate(d)).join(' and ')} …): ` +
      `one row per week. The stage's weeks start on a ${WEEKDAYS[weekday(first)]} (${formatDate(first)}), so each row counts in the stage week ` +
      `holding its date: if the dates are the first days of their weeks, every week's figures land a week early (and the first week's ` +
      `before the stage). Start the stage on a ${WEEKDAYS[day]}, or change the file's dates to the last day of each week.`,
  };
}

import { formatCount, formatDate, formatDateRange, formatPlural } from '../format/format';
import type { ImportKind } from '../csv/kinds';
import { isoFromDay } from './day-number';
import { MAX_STAGE_WEEK, unplacedReasons, type Placement, type UnplacedReason } from './placement';
import type { MetricsWarning, StageMetrics } from './pilot-metrics';

const kindWords: Record<ImportKind, string> = {
  usage: 'usage',
  quality: 'quality',
  satisfaction: 'satisfaction',
  test_results: 'test-result',
  operations: 'operations',
  reviews: 'review',
  shadow: 'shadow-comparison',
  weekly_figures: 'weekly-figures',
  incidents: 'incident',
};

/** One warning per kind and reason, summed over that kind's imports. */
export function placementWarnings(placed: readonly { kind: ImportKind; placement: Placement }[]): MetricsWarning[] {
  const warnings: MetricsWarning[] = [];
  const kinds = [...new Set(placed.map((p) => p.kind))];
  for (const kind of kinds) {
    const mine = placed.filter((p) => p.kind === kind).map((p) => p.placement);
    for (const reason of unplacedReasons) {
      const rows = mine.reduce((sum, p) => sum + p.unplaced[reason], 0);
      if (rows > 0) warnings.push({ code: reason, kind, rows, message: unplacedMessage(kind, reason, rows, mine) });
    }
    const overlapRows = mine.reduce((sum, p) => sum + p.overlapRows, 0);
    if (overlapRows > 0) {
      warnings.push({
        code: 'overlapping_stages',
        kind,
        rows: overlapRows,
        message: `${rowsOf(overlapRows, kind)} ${be(overlapRows)} dated where two stages overlap and ${overlapRows === 1 ? 'was' : 'were'} counted in the earlier stage; add a stage column to be exact.`,
      });
    }
  }
  return warnings;
}

function unplacedMessage(kind: ImportKind, reason: UnplacedReason, rows: number, placements: readonly Placement[]): string {
  const subject = `${rowsOf(rows, kind)} ${be(rows)}`;
  switch (reason) {
    case 'outside_stages': {
      const days = placements.flatMap((p) => (p.outsideDays ? [p.outsideDays.first, p.outsideDays.last] : []));
      const first = isoFromDay(Math.min(...days));
      const last = isoFromDay(Math.max(...days));
      return `${subject} dated outside every stage (${first === last ? formatDate(first) : formatDateRange(first, last)}).`;
    }
    case 'unknown_stage': {
      const names = new Set(placements.flatMap((p) => [...p.unknownStages.keys()]));
      const listed = [...names].slice(0, 5).map((n) => `“${n}”`).join(', ');
      return `${rowsOf(rows, kind)} name${rows === 1 ? 's' : ''} a stage the plan does not have (${listed}${names.size > 5 ? ', …' : ''}).`;
    }
    case 'before_stage_start':
      return `${subject} dated before the start of the stage ${rows === 1 ? 'it names' : 'they name'}.`;
    case 'stage_without_start':
      return `${subject} dated, but the stage ${rows === 1 ? 'it names' : 'they name'} has no start date, so the week is unknown.`;
    case 'week_without_stage':
      return `${rowsOf(rows, kind)} carr${rows === 1 ? 'ies' : 'y'} a week number but no stage, so ${rows === 1 ? 'it belongs' : 'they belong'} to no stage.`;
    case 'no_time':
      return `${rowsOf(rows, kind)} ha${rows === 1 ? 's' : 've'} neither a date nor a week.`;
    case 'beyond_week_limit':
      return `${subject} more than ${MAX_STAGE_WEEK} weeks after the start of ${rows === 1 ? 'its' : 'their'} stage.`;
    case 'repeats_earlier_import':
      return `${subject} the same, value for value, as ${rows === 1 ? 'a row' : 'rows'} of an earlier ${kindWords[kind]} import (the files overlap), so ${rows === 1 ? 'it was' : 'they were'} counted once. Remove one of the files if they are not meant to overlap.`;
  }
}

/** Stages (and groups with a roster enrolment) where more users were active than enrolled: the enrolment or the user ids are off. */
export function enrolmentWarnings(stages: readonly StageMetrics[]): MetricsWarning[] {
  return stages.flatMap((stage) => {
    const warnings: MetricsWarning[] = [];
    const active = stage.total.adoption?.activeUsers ?? 0;
    const enrolled = stage.enrolledUsers;
    if (enrolled !== null && active > enrolled) {
      warnings.push({
        code: 'more_active_than_enrolled',
        kind: 'usage',
        rows: stage.total.adoption?.rows ?? 0,
        message: `More users were active in “${stage.stageName}” (${formatCount(active)}) than are enrolled (${formatCount(enrolled)}); check the enrolment or the user ids.`,
      });
    }
    // Ratings from more people than the stage enrols come partly from outside it (or the enrolment is wrong):
    // the mean still counts them, so say so where the figures are read.
    const raters = stage.total.satisfaction?.users ?? 0;
    if (enrolled !== null && raters > enrolled) {
      warnings.push({
        code: 'more_raters_than_enrolled',
        kind: 'satisfaction',
        rows: stage.total.satisfaction?.ratings ?? 0,
        message: `More users gave ratings in “${stage.stageName}” (${formatCount(raters)}) than are enrolled (${formatCount(enrolled)}); the satisfaction figures include them all. Check the stage of the ratings, the enrolment or the user ids.`,
      });
    }
    for (const { group, total } of stage.groups) {
      const a = total.adoption;
      if (a === null || a.enrolledUsers === null || a.activeUsers <= a.enrolledUsers) continue;
      warnings.push({
        code: 'more_active_than_enrolled',
        kind: 'usage',
        rows: a.rows,
        message: `More users were active in the group “${group}” of “${stage.stageName}” (${formatCount(a.activeUsers)}) than the roster enrols in it (${formatCount(a.enrolledUsers)}); check the roster or the user ids.`,
      });
    }
    return warnings;
  });
}

function rowsOf(rows: number, kind: ImportKind): string {
  return formatPlural(rows, `${kindWords[kind]} row`);
}

function be(rows: number): string {
  return rows === 1 ? 'is' : 'are';
}

/** Why rows of one file count nowhere, in a few words each: the printed data sources name them beside the file. */
const notCountedWords: Record<UnplacedReason, string> = {
  outside_stages: 'dated outside every stage',
  unknown_stage: 'naming a stage the plan does not have',
  before_stage_start: 'dated before their stage',
  stage_without_start: 'in a stage without a start date',
  week_without_stage: 'a week number but no stage',
  no_time: 'no date or week',
  beyond_week_limit: 'dated years after their stage',
  repeats_earlier_import: 'the same as an earlier file’s rows',
};

/** "2 not counted (dated outside every stage)" for one file's rows that count in no stage; null when all count. */
export function notCountedText(unplaced: Readonly<Record<UnplacedReason, number>>): string | null {
  const reasons = unplacedReasons.filter((r) => unplaced[r] > 0);
  if (reasons.length === 0) return null;
  const total = reasons.reduce((sum, r) => sum + unplaced[r], 0);
  const words = reasons.map((r) => (reasons.length === 1 ? notCountedWords[r] : `${formatCount(unplaced[r])} ${notCountedWords[r]}`));
  return `${formatCount(total)} not counted (${words.join('; ')})`;
}

/** Whether a warning is about rows of files that count nowhere (then each file's line says it) rather than about figures. */
export function isRowPlacementWarning(code: string): boolean {
  return (unplacedReasons as readonly string[]).includes(code);
}

/**
 * What an import's "N rows accepted" must be read with, when some of its rows count in no stage: "200 rows accepted"
 * alone reads as 200 rows in the figures. When none counts because every row is dated outside every stage, it says
 * so with the dates the rows span and the stages' own dates, so the lead sees at once the stage has no data from it.
 * Null when every row counts, or when the placement is not known yet (the figures are still being worked out).
 */
export function acceptedRowsNote(
  record: { readonly accepted: number; readonly dateRange: { readonly first: string; readonly last: string } | null },
  placement: { readonly rows: number; readonly placedRows: number; readonly unplaced: Readonly<Record<UnplacedReason, number>> } | undefined,
  stages: readonly Pick<StageMetrics, 'stageName' | 'from' | 'to'>[],
): string | null {
  if (placement === undefined || placement.rows !== record.accepted) return null;
  const notCounted = notCountedText(placement.unplaced);
  if (notCounted === null) return null;
  if (placement.placedRows > 0) return `Of these, ${notCounted}.`;
  const these = `these ${formatCount(placement.rows)} rows`;
  if (placement.unplaced.outside_stages === placement.rows && record.dateRange !== null) {
    const { first, last } = record.dateRange;
    const dated = first === last ? formatDate(first) : formatDateRange(first, last);
    const runs = stages.flatMap((s) => (s.from === null ? [] : [`“${s.stageName}” ${formatDateRange(s.from, s.to)}`]));
    return (
      `${placement.rows === 1 ? "This row falls in no stage's dates: it is" : `None of ${these} falls in any stage's dates: they are`} dated ${dated}` +
      `${runs.length === 0 ? '' : `, and the stages run ${runs.join('; ')}`}. Nothing from this file is in any stage's figures: check the file's dates, or the stages' dates.`
    );
  }
  const why = unplacedReasons.filter((r) => placement.unplaced[r] > 0).map((r) => notCountedWords[r]);
  return `${placement.rows === 1 ? 'This row counts in no stage' : `None of ${these} counts in any stage`} (${why.join('; ')}), so nothing from this file is in any stage's figures.`;
}

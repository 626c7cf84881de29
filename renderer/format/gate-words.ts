import type { CriterionResult, JudgedObservation, StageEvaluation } from '../../shared/gates';
import { countOf, formatValue, intervalText, sampledSeenText, weeksText } from '../../shared/gates/wording';
import { formatCount } from '../../shared/format/format';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { Criterion, Stage } from '../../shared/model/schema';
import { formatIsoDate } from './dates';

/*
 * The evidence of a gate result in the words and units the reasons use (shared/gates/wording),
 * so a figure in a card never disagrees with the sentence beside it.
 */

/** The observation a result stands on: the deciding one, or while pending the latest trend. */
export function evidenceOf(result: Pick<CriterionResult, 'evidence' | 'trend'>): JudgedObservation | null {
  return result.evidence ?? result.trend;
}

/**
 * "3 of 5 (60%)", "3.8/5", "—". Given the threshold the value is judged against, it keeps the
 * digits the gate sentence keeps: 57.99% never shows as 58% beside "needs at least 58%".
 */
export function valueWords(obs: JudgedObservation | null, metric: MetricId, threshold: number | null = null): string {
  if (!obs || obs.value === null) return '—';
  const info = metricInfo[metric];
  const shown = formatValue(obs.value, info.unit, threshold);
  return obs.successes !== null && obs.trials !== null && info.kind === 'proportion'
    ? `${formatCount(obs.successes)} of ${formatCount(obs.trials)} (${shown})`
    : shown;
}

/** "5 users", "—" without data. */
export function sampleWords(obs: JudgedObservation | null, metric: MetricId): string {
  if (!obs || (obs.sample === 0 && obs.value === null)) return '—';
  // The file's cases the figure does not rest on are said with its sample, as the verdict says them.
  const counted = countOf(obs.sample, metricInfo[metric].sampleUnit);
  // A sampled log's requests were not all seen: the rows that were are said beside them, as the verdict says them.
  const notes = [...(obs.leftOut === undefined ? [] : [obs.leftOut]), ...(obs.sampled === undefined ? [] : [sampledSeenText(obs, metricInfo[metric])])];
  return notes.length === 0 ? counted : `${counted} (${notes.join('; ')})`;
}

/** "23–88%" for proportions with counts, as the gate sentence writes it; "—" otherwise (means and counts have no Wilson interval). */
export function intervalWords(obs: JudgedObservation | null, threshold: number | null = null): string {
  if (obs?.sampled !== undefined) return 'None from a sampled log';
  if (!obs?.interval) return '—';
  return intervalText(obs.interval, threshold);
}

/** "Week 4 (28 Sept 2026 – 4 Oct 2026)", "Whole stage". */
export function scopeWords(obs: JudgedObservation | null): string {
  if (!obs) return '—';
  const { scope } = obs;
  const group = obs.group === null ? '' : `, group “${obs.group}”`;
  if (scope.kind === 'week') return `Week ${scope.week}${scope.from ? ` (${formatIsoDate(scope.from)} – ${formatIsoDate(scope.to)})` : ''}${group}`;
  return `Whole stage${group}`;
}

/** The weeks a chart marks as judged, and what the mark means. */
export function judgingMark(stage: Pick<Stage, 'durationWeeks'>, criterion: Criterion, result: CriterionResult | null): {
  readonly weeks: readonly number[];
  readonly label: string | null;
  readonly tag?: string;
} {
  switch (criterion.judgedAt.kind) {
    case 'week': {
      const weeks = result && result.judgedWeeks.length > 0 ? result.judgedWeeks : [criterion.judgedAt.week];
      return { weeks, label: `Judged at ${weeksText(weeks)}` };
    }
    case 'stage_end':
      return stage.durationWeeks === null
        ? { weeks: [], label: null }
        : { weeks: [stage.durationWeeks], label: 'Stage end: judged on the whole stage', tag: 'Stage end' };
    case 'continuous':
      return { weeks: [], label: null };
  }
}

/** "Planned start 7 Sept 2026, ends 4 Oct 2026", for the timeline and the stage header. */
export function stageDates(stage: Pick<Stage, 'plannedStart' | 'durationWeeks'>, end: string | null): string {
  if (!stage.plannedStart) return 'No start date yet';
  const from = formatIsoDate(stage.plannedStart);
  return end ? `${from} – ${formatIsoDate(end)}` : `From ${from} (open-ended)`;
}

/** "Earliest decision 5 Oct 2026", or what is missing to know it. */
export function decisionDateWords(evaluation: Pick<StageEvaluation, 'earliestDecisionDate' | 'verdict'>): string {
  if (evaluation.verdict === 'running') return 'No decision due: monitored by its rollback triggers';
  return evaluation.earliestDecisionDate
    ? `Earliest decision: ${formatIsoDate(evaluation.earliestDecisionDate)}`
    : 'Earliest decision: set a planned start date to know it';
}

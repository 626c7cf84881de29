import { formatCount, formatDateRange, formatPlural, formatTarget, formatTargetWithUnit, formatValueWithUnit } from '../format/format';
import { comparatorLabels } from '../model/enums';
import { metricInfo } from '../model/metrics';
import type { Audience, Baseline, Criterion, JudgingPoint, Persistence, Stage } from '../model/schema';

/*
 * Gate criteria and stage facts in plain words, for people who never read a comparator sign.
 * The same sentences appear in the decision log's frozen evidence and on the printed summary,
 * so they live here rather than in the renderer.
 */

/** "1 user", "3 users". */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return formatPlural(count, one, many);
}

/** A measured value with its unit the way people write it: "50%", "3 s", "3.5/5", "0 incidents". */
export function valueWithUnit(value: number, unit: string): string {
  return formatValueWithUnit(value, unit);
}

/** A threshold or target with its unit, exactly as typed: it reads 45.55% here and in every gate sentence. */
export function targetWithUnit(value: number, unit: string): string {
  return formatTargetWithUnit(value, unit);
}

export function audienceWords(audience: Audience): string {
  switch (audience.kind) {
    case 'users':
      if (audience.min === 0 && audience.max === 0) return 'Users not set yet';
      return audience.min === audience.max ? plural(audience.min, 'user') : `${formatCount(audience.min)}–${formatCount(audience.max)} users`;
    case 'traffic':
      return `${formatTarget(audience.percent)}% of traffic`;
    case 'all':
      return 'All target users';
  }
}

export function durationWords(stage: Pick<Stage, 'durationWeeks' | 'minDurationWeeks'>): string {
  const planned = stage.durationWeeks === null ? 'Open-ended' : plural(stage.durationWeeks, 'week');
  return stage.minDurationWeeks > 0 ? `${planned} (at least ${plural(stage.minDurationWeeks, 'week')})` : planned;
}

export function judgingWords(point: JudgingPoint): string {
  switch (point.kind) {
    case 'week':
      return `at week ${point.week}`;
    case 'stage_end':
      return 'at the end of the stage';
    case 'continuous':
      return 'at any time';
  }
}

export function persistenceWords(rule: Persistence): string {
  switch (rule.kind) {
    case 'consecutive_weeks':
      return `in ${plural(rule.weeks, 'consecutive week')}`;
    case 'more_than_weeks':
      return `for more than ${plural(rule.weeks, 'consecutive week')}`;
    case 'after_days':
      return `after ${plural(rule.days, 'day')}`;
  }
}

/** "No critical incidents" reads better than "Critical incidents at most 0 incidents". */
function countWords(criterion: Pick<Criterion, 'metric' | 'comparator' | 'threshold'>, label: string): string | null {
  if (metricInfo[criterion.metric].kind !== 'count' || criterion.threshold !== 0) return null;
  if (criterion.comparator === '<=') return `No ${label.toLowerCase()}`;
  if (criterion.comparator === '>') return `Any ${label.toLowerCase().replace(/s$/, '')}`;
  return null;
}

/** What a criterion compares with: "the previous stage", "control group “Team A”", "the period Nov 2 – 29, 2026". */
export function baselineWords(baseline: Baseline): string {
  if (baseline.kind === 'previous_stage') return 'the previous stage';
  if (baseline.kind === 'period') return `the period ${formatDateRange(baseline.from, baseline.to)}`;
  return `control group “${baseline.group}”`;
}

/** A signed difference: "−0.2", "+0.5 points" (shares differ in percentage points). */
function differenceWords(value: number, unit: string): string {
  const shown = formatTarget(Math.abs(value));
  const signed = value === 0 ? '0' : `${value < 0 ? '−' : '+'}${shown}`;
  if (unit === '%') return `${signed} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
  if (unit.startsWith('/') || unit === '') return signed;
  return `${signed} ${unit}`;
}

/** The rule alone: "Adoption rate at least 50%", or "Mean satisfaction against the previous stage: difference at least −0.2". */
export function ruleWords(criterion: Pick<Criterion, 'metric' | 'comparator' | 'threshold'> & { readonly baseline?: Baseline | null }): string {
  const info = metricInfo[criterion.metric];
  if (criterion.baseline) {
    return `${info.label} against ${baselineWords(criterion.baseline)}: difference ${comparatorLabels[criterion.comparator]} ${differenceWords(criterion.threshold, info.unit)}`;
  }
  return countWords(criterion, info.label) ?? `${info.label} ${comparatorLabels[criterion.comparator]} ${targetWithUnit(criterion.threshold, info.unit)}`;
}

/**
 * One criterion as a sentence, e.g. "Adoption rate at least 50% at week 4 (min. 2 users) — required".
 * `showRequired` is off for rollback triggers, which always act.
 */
export function criterionWords(criterion: Criterion, options: { showRequired: boolean }): string {
  const info = metricInfo[criterion.metric];
  const when = criterion.persistence ? persistenceWords(criterion.persistence) : judgingWords(criterion.judgedAt);
  const parts = [ruleWords(criterion), when];
  if (criterion.everyGroup) parts.push('in every group');
  let sentence = parts.join(' ');
  if (criterion.minSample > 0) sentence += ` (min. ${plural(criterion.minSample, info.sampleUnit.replace(/s$/, ''), info.sampleUnit)})`;
  if (options.showRequired) sentence += criterion.required ? ' — required' : ' — advisory';
  return sentence;
}

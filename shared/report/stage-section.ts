import { afterTodayWords, formatCount, formatDate } from '../format/format';
import { formatValue } from '../gates/wording';
import { changedSinceWords } from '../decisions/changes-since';
import type { ImportRef } from '../decisions/data-since';
import { entryDate, latestStageDecision } from '../decisions/decision-log';
import type { StageUnlock } from '../decisions/stage-unlocks';
import { decisionKindLabels, type DecisionEntry } from '../decisions/schema';
import type { ObservationLookup, WeeklyObservation } from '../gates/observations';
import { criterionStatusLabels, triggerStatusLabels, type CriterionResult, type TriggerResult } from '../gates/results';
import { stageVerdictLabels, type StageEvaluation, type StageVerdict } from '../gates/stage-verdict';
import { weeksNotBegun } from '../gates/weeks-not-begun';
import { wilsonInterval } from '../gates/wilson';
import { comparatorLabels, deploymentPatternLabels } from '../model/enums';
import { metricInfo } from '../model/metrics';
import type { Criterion, Stage } from '../model/schema';
import { meetsRule } from '../gates/judge-observation';
import { handWords } from '../gates/wording';
import { statusTone } from './decision-rows';
import type { ChartPoint, Fact, ResultRow, StageChart, StageSection, Tone } from './report-model';
import { audienceWords, criterionWords, durationWords, judgingWords, ruleWords, targetWithUnit } from './stage-words';

/** At most this many charts per stage: the summary must stay within three pages. */
export const CHARTS_PER_STAGE = 2;

const verdictTones: Record<StageVerdict, Tone> = { proceed: 'good', hold: 'warn', roll_back: 'bad', running: 'good' };

function resultRows(stage: Stage, evaluation: StageEvaluation): ResultRow[] {
  const row = (kind: ResultRow['kind'], rule: Criterion | undefined, result: CriterionResult | TriggerResult, status: string): ResultRow => ({
    kind,
    label: rule ? criterionWords(rule, { showRequired: kind === 'Gate criterion' }) : metricInfo[result.metric].label,
    rule: ruleWords(rule ?? result),
    required: result.required,
    status,
    tone: statusTone(result.status),
    reason: result.reason,
    caveat: 'caveat' in result ? result.caveat : null,
  });
  return [
    ...evaluation.criteria.map((c) => row('Gate criterion', stage.criteria.find((r) => r.id === c.id), c, criterionStatusLabels[c.status])),
    ...evaluation.triggers.map((t) => row('Rollback trigger', stage.triggers.find((r) => r.id === t.id), t, triggerStatusLabels[t.status])),
  ];
}

function point(obs: WeeklyObservation, criterion: Criterion): ChartPoint | null {
  if (obs.value === null) return null;
  const info = metricInfo[criterion.metric];
  // A sampled log's counts give no honest interval (shared/metrics/sampled-logs.ts): no band is drawn.
  const interval =
    info.kind === 'proportion' && obs.sampled === undefined && obs.successes !== null && obs.trials !== null && obs.successes <= obs.trials
      ? wilsonInterval(Math.round(obs.successes), Math.round(obs.trials))
      : null;
  const meets = meetsRule(obs, criterion.comparator, criterion.threshold);
  const counts = obs.successes !== null && obs.trials !== null ? ` (${formatCount(obs.successes)} of ${formatCount(obs.trials)} ${info.sampleUnit})` : '';
  return {
    week: obs.week,
    value: obs.value,
    low: interval ? interval.low * 100 : null,
    high: interval ? interval.high * 100 : null,
    meets,
    text: `Week ${obs.week}: ${formatValue(obs.value, info.unit, criterion.threshold)}${counts}${obs.handRecorded ? ` (${handWords(obs.handRecorded.source)})` : ''} — ${meets ? 'meets the gate' : 'misses the gate'}`,
  };
}

/** A value axis that shows the threshold and every point with some room: percentages on 0–100. */
function axis(unit: string, values: readonly number[], threshold: number): { yMin: number; yMax: number } {
  if (unit === '%') return { yMin: 0, yMax: 100 };
  if (unit === '/5') return { yMin: 1, yMax: 5 };
  const top = Math.max(threshold, ...values, 1) * 1.2;
  const magnitude = 10 ** Math.floor(Math.log10(top));
  return { yMin: 0, yMax: Math.ceil(top / magnitude) * magnitude };
}

function chartFor(stage: Stage, criterion: Criterion, result: CriterionResult, lookup: ObservationLookup, today: string): StageChart | null {
  const observations = lookup(stage.id, criterion.metric);
  if (observations.status !== 'available') return null;
  // A week not begun holds rows dated after today: never drawn as measured (the chart's note or noChartText says so).
  const later = new Set(weeksNotBegun(stage.plannedStart, observations.overall.weeks.map((w) => w.week), today));
  const points = observations.overall.weeks.flatMap((w) => (later.has(w.week) ? [] : (point(w, criterion) ?? [])));
  if (points.length === 0) return null;
  const info = metricInfo[criterion.metric];
  const thresholdText = `${comparatorLabels[criterion.comparator]} ${targetWithUnit(criterion.threshold, info.unit)}`;
  const judgedWeeks = result.judgedWeeks;
  const lastWeek = Math.max(1, stage.durationWeeks ?? 0, ...judgedWeeks, ...points.map((p) => p.week));
  const when = criterion.persistence ? '' : `, judged ${judgingWords(criterion.judgedAt)}`;
  return {
    stageId: stage.id,
    criterionId: criterion.id,
    metricId: criterion.metric,
    title: `${info.label} by week`,
    judgingLabel: criterion.judgedAt.kind === 'continuous' ? null : `Judged ${judgingWords(criterion.judgedAt)}`,
    metric: info.label,
    unit: info.unit,
    comparator: criterion.comparator,
    threshold: criterion.threshold,
    thresholdText,
    points,
    judgedWeeks,
    lastWeek,
    ...axis(info.unit, points.map((p) => p.high ?? p.value), criterion.threshold),
    summary: `${info.label} by week: ${points.map((p) => p.text).join('; ')}. The gate needs ${thresholdText}${when}.`,
  };
}

/** Required criteria first, one chart per metric: the figures the verdict turns on. */
function chartsOf(stage: Stage, evaluation: StageEvaluation, lookup: ObservationLookup, today: string): StageChart[] {
  const charts: StageChart[] = [];
  const seen = new Set<string>();
  const ordered = [...stage.criteria].sort((a, b) => Number(b.required) - Number(a.required));
  for (const criterion of ordered) {
    // A baseline criterion is judged on a difference, not on the weekly values against a line:
    // its chart would mark points against a "threshold" that is a margin. Its reason names both sides.
    if (charts.length >= CHARTS_PER_STAGE || seen.has(criterion.metric) || criterion.baseline) continue;
    const result = evaluation.criteria.find((c) => c.id === criterion.id);
    const chart = result ? chartFor(stage, criterion, result, lookup, today) : null;
    if (chart) {
      charts.push(chart);
      seen.add(criterion.metric);
    }
  }
  return charts;
}

function decisionText(entry: DecisionEntry | null, changedSince: string | null): string {
  if (entry === null) return 'No decision recorded yet for this stage.';
  const override = entry.override && entry.recommendation ? `, overriding the recommendation “${stageVerdictLabels[entry.recommendation].toLowerCase()}”` : '';
  const approved = entry.approvedBy ? `, approved by ${entry.approvedBy}` : '';
  const since = changedSince === null ? '' : ` ${changedSince}`;
  return `Latest decision: ${decisionKindLabels[entry.decision].toLowerCase()} by ${entry.author} on ${formatDate(entryDate(entry))}${approved}${override}.${since}`;
}

/**
 * Why a stage with gates has no chart. Gates that cannot be measured (a damaged file, a figure that cannot be true)
 * are not "no data": the stage may hold weeks of imported rows, and its reasons above say what is wrong.
 */
function noChartText(stage: Stage, evaluation: StageEvaluation, lookup: ObservationLookup, today: string): string {
  const cannot = evaluation.criteria.length > 0 && evaluation.criteria.every((c) => c.status === 'cannot_measure');
  if (cannot) return 'No chart: the gates’ figures cannot be measured (the reasons are above).';
  const later = stage.criteria.some((c) => {
    const o = lookup(stage.id, c.metric);
    return o.status === 'available' && weeksNotBegun(stage.plannedStart, o.overall.weeks.map((w) => w.week), today).length > 0;
  });
  return later ? `No chart: the stage’s weeks with rows have not begun, so those rows are dated ${afterTodayWords(today)}; check the files’ dates.` : 'No weekly pilot data for this stage yet.';
}

/** One stage of the summary: facts, verdict with its reasons, the charts, the decision taken and whether it may start. */
export function stageSection(
  stage: Stage,
  number: number,
  evaluation: StageEvaluation,
  unlock: StageUnlock | undefined,
  decisions: readonly DecisionEntry[],
  lookup: ObservationLookup,
  imports: readonly ImportRef[],
  /** The summary's day: weeks not begun are not charted. */
  today: string,
): StageSection {
  const facts: Fact[] = [
    { label: 'Audience', value: audienceWords(stage.audience) },
    { label: 'Duration', value: durationWords(stage) },
    { label: 'Pattern', value: deploymentPatternLabels[stage.pattern] },
    { label: 'Start', value: stage.plannedStart === null ? 'Not set' : formatDate(stage.plannedStart) },
  ];
  if (evaluation.earliestDecisionDate) facts.push({ label: 'Decision from', value: formatDate(evaluation.earliestDecisionDate) });
  const charts = chartsOf(stage, evaluation, lookup, today);
  const results = resultRows(stage, evaluation);
  const latest = latestStageDecision(decisions, stage.id);
  return {
    number,
    name: stage.name,
    facts,
    verdict: evaluation.verdict,
    verdictLabel: stageVerdictLabels[evaluation.verdict],
    tone: verdictTones[evaluation.verdict],
    reasons: evaluation.reasons,
    // The "may start" line below already says when a stage is locked; don't print it twice.
    summaryReasons: evaluation.reasons.filter(
      (reason) => reason !== unlock?.why && !results.some((r) => r.reason !== '' && reason.includes(r.reason)),
    ),
    results,
    charts,
    // A stage without criteria already says so in its reasons.
    noChartText: charts.length > 0 || stage.criteria.length === 0 ? null : noChartText(stage, evaluation, lookup, today),
    decision: decisionText(latest, changedSinceWords(decisions, latest, stage.id, imports)),
    // The first stage may always start: saying so on paper only takes room.
    unlock: number === 1 ? '' : (unlock?.why ?? ''),
  };
}

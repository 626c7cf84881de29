import { entryDate, latestStageDecision } from '../../shared/decisions/decision-log';
import type { DecisionEntry } from '../../shared/decisions/schema';
import type { StageUnlock } from '../../shared/decisions/stage-unlocks';
import { stageVerdictLabels, type CriterionResult, type StageEvaluation } from '../../shared/gates';
import { formatList } from '../../shared/format/format';
import { importKindOfMetric } from '../../shared/metrics/gate-observations';
import type { UnavailableImport } from '../../shared/metrics/unavailable-imports';
import { metricInfo, type MetricId } from '../../shared/model/metrics';
import type { Stage } from '../../shared/model/schema';
import type { ReadinessSummary } from '../../shared/readiness/score';
import type { ThresholdTally } from '../../shared/thresholds/threshold-status';
import { formatIsoDate } from '../format/dates';
import { plural } from '../format/numbers';
import { memoLast } from './memo';
import { selectDecisions, selectDecisionsLoaded, selectStageUnlocks } from './decisions-selectors';
import { selectReadiness } from './plan-edit-selectors';
import { selectUnavailableImports } from './pilot-data-selectors';
import { selectStageDates, selectStageEvaluations, selectStages, type StageDates } from './stages-selectors';
import { selectThresholdMeasurements, selectThresholdTally } from './thresholds-selectors';
import type { AppState } from './types';
import type { StageView } from './stages-slice';
import type { ChecklistFilter, PlanTab } from './ui-slice';

/** Where a "needs attention" item takes the user. */
export type AttentionTarget =
  | { readonly kind: 'tab'; readonly tab: PlanTab }
  | { readonly kind: 'stage'; readonly stageId: string; readonly view: StageView }
  | { readonly kind: 'checklist'; readonly filter: ChecklistFilter };

export interface AttentionItem {
  /** Stable across renders, for React keys. */
  readonly id: string;
  /** danger: act now (a trigger fired, a blocker is overdue); warning: act soon; info: to do. */
  readonly tone: 'danger' | 'warning' | 'info';
  readonly title: string;
  readonly detail: string;
  readonly target: AttentionTarget;
}

export interface AttentionInput {
  readonly stages: readonly Stage[];
  readonly evaluations: readonly StageEvaluation[];
  readonly dates: readonly StageDates[];
  readonly readiness: ReadinessSummary;
  readonly tally: ThresholdTally;
  readonly today: string;
  /** The decision log; null until it is loaded (then nothing is claimed about decisions missing). */
  readonly decisions: readonly DecisionEntry[] | null;
  readonly unlocks: readonly StageUnlock[];
  /** Listed imports whose rows are missing or damaged here: "import it again", never "import a file" beside it. */
  readonly unavailable: readonly UnavailableImport[];
  /** Thresholds not measured because a file they are read from cannot be read (`cannotMeasure`). */
  readonly thresholdsCannotMeasure?: number;
}

/** Which pilot file carries a metric: "cannot measure" turns into "import this file". */
const fileFor: Partial<Record<MetricId, string>> = {
  adoption_rate: 'a usage file',
  editing_under_limit_share: 'an output-quality file',
  mean_editing_share: 'an output-quality file',
  median_editing_share: 'an output-quality file',
  mean_satisfaction: 'a satisfaction file',
  satisfaction_top2_share: 'a satisfaction file',
  accuracy: 'a test-results file',
  hallucination_rate: 'a test-results file',
  mean_latency: 'a test-results file',
  error_rate: 'an operations file',
  mean_request_latency: 'an operations file',
  p95_latency: 'an operations file with one row per request',
  throughput: 'an operations file',
  cost_per_interaction: 'an operations file',
  escalation_rate: 'an operations file',
  positive_feedback_share: 'an operations file',
  approval_rate: 'a human review log',
  edit_rate: 'a human review log',
  agreement_rate: 'a shadow comparison',
};

/**
 * What needs attention next, most urgent first (SPEC §6): fired rollback triggers, overdue
 * blockers, stages running without a proceed decision on the stage before, decisions that are
 * due, trending triggers, criteria that cannot be measured (with
 * what to do about it), thresholds missed or not measured, stages without a start date, and the
 * remaining blockers. Each item names where to go to act on it.
 */
export function attentionItems({ stages, evaluations, dates, readiness, tally, today, decisions, unlocks, unavailable, thresholdsCannotMeasure = 0 }: AttentionInput): AttentionItem[] {
  const items: AttentionItem[] = [];
  const stageOf = new Map(stages.map((s) => [s.id, s]));

  for (const e of evaluations) {
    for (const t of e.triggers) {
      if (t.required && t.status === 'fired') {
        items.push({
          id: `fired-${e.stageId}-${t.id}`,
          tone: 'danger',
          title: `Rollback trigger fired in “${e.stageName}”`,
          detail: t.reason,
          target: { kind: 'stage', stageId: e.stageId, view: 'results' },
        });
      }
    }
  }

  const overdue = readiness.blockers.filter((b) => b.overdue);
  if (overdue.length > 0) {
    const first = overdue[0];
    items.push({
      id: 'overdue-blockers',
      tone: 'danger',
      title: `${plural(overdue.length, 'blocker')} overdue`,
      detail: first
        ? `${first.question}${first.owner ? ` — ${first.owner}` : ''}${first.dueDate ? `, due ${formatIsoDate(first.dueDate)}` : ''}${overdue.length > 1 ? ` (and ${overdue.length - 1} more)` : ''}`
        : '',
      target: { kind: 'checklist', filter: 'blockers' },
    });
  }

  if (decisions !== null) {
    unlocks.forEach((unlock, index) => {
      const from = dates[index]?.from ?? null;
      if (unlock.mayStart || from === null || from > today) return;
      items.push({
        id: `unlocked-${unlock.stageId}`,
        tone: 'danger',
        title: `“${unlock.stageName}” has started without a decision to proceed`,
        detail: `${unlock.why} Record the decision on the stage before, or hold this one.`,
        target: { kind: 'tab', tab: 'decisions' },
      });
    });
  }

  evaluations.forEach((e, index) => {
    const next = dates[index + 1];
    const nextStarted = next !== undefined && next.from !== null && next.from <= today;
    // A running last stage has nothing to decide until a trigger fires (then it says roll back);
    // a stage that may not start yet is decided on the stage before (its own item says so).
    const locked = decisions !== null && unlocks[index]?.mayStart === false;
    if (e.verdict === 'running' || locked || e.earliestDecisionDate === null || e.earliestDecisionDate > today || nextStarted) return;
    const latest = decisions === null ? null : latestStageDecision(decisions, e.stageId);
    if (latest !== null && entryDate(latest) >= e.earliestDecisionDate) return;
    items.push({
      id: `decision-${e.stageId}`,
      tone: 'warning',
      title: `Decision due for “${e.stageName}”`,
      detail: `The earliest decision date (${formatIsoDate(e.earliestDecisionDate)}) has passed; the recommendation is ${stageVerdictLabels[e.verdict]}. Record the decision in the log.`,
      target: { kind: 'tab', tab: 'decisions' },
    });
  });

  for (const e of evaluations) {
    for (const t of e.trendingTriggers) {
      if (!t.required) continue;
      items.push({
        id: `trending-${e.stageId}-${t.triggerId}`,
        tone: 'warning',
        title: `Rollback trigger trending in “${e.stageName}”: would fire on ${formatIsoDate(t.firesOn)}`,
        detail: t.reason,
        target: { kind: 'stage', stageId: e.stageId, view: 'results' },
      });
    }
  }

  items.push(...unmeasurableItems(evaluations, stageOf, unavailable));

  if (tally.notMet > 0) {
    items.push({
      id: 'thresholds-not-met',
      tone: 'warning',
      title: `${plural(tally.notMet, 'quality threshold')} not met`,
      detail: 'A threshold that is not met is a reason to hold: check the measurement or the target.',
      target: { kind: 'tab', tab: 'thresholds' },
    });
  }
  if (tally.notEnoughData > 0) {
    items.push({
      id: 'thresholds-not-enough-data',
      tone: 'warning',
      title: `${plural(tally.notEnoughData, 'quality threshold')} measured on too few test cases`,
      detail: 'The test set is smaller than the risk tier asks for, so the figure cannot say the threshold is met: import a larger test set.',
      target: { kind: 'tab', tab: 'thresholds' },
    });
  }
  if (tally.notMeasured > 0) {
    items.push({
      id: 'thresholds-not-measured',
      tone: 'info',
      title: `${plural(tally.notMeasured, 'quality threshold')} not measured`,
      detail: notMeasuredDetail(tally.notMeasured, thresholdsCannotMeasure),
      target: { kind: 'tab', tab: 'thresholds' },
    });
  }

  const undated = stages.filter((s) => s.plannedStart === null);
  const firstUndated = undated[0];
  if (firstUndated) {
    items.push({
      id: 'undated-stages',
      tone: 'info',
      title: undated.length === 1 ? `Set a start date for “${firstUndated.name}”` : `${plural(undated.length, 'stage')} without a planned start`,
      detail: 'Without a start date no week can be judged and there is no earliest decision date.',
      target: { kind: 'stage', stageId: firstUndated.id, view: 'edit' },
    });
  }

  const pending = readiness.blockers.length - overdue.length;
  if (pending > 0) {
    items.push({
      id: 'blockers',
      tone: 'info',
      title: `${plural(pending, 'blocker')} before the plan is ready`,
      detail: 'Required checklist items that are not done yet.',
      target: { kind: 'checklist', filter: 'blockers' },
    });
  }
  return items;
}

/** What to do about thresholds not measured: typing a value is no remedy for one whose file cannot be read. */
function notMeasuredDetail(notMeasured: number, cannot: number): string {
  const type = 'Type in the measured values, with their date and source, or import a test-results file.';
  if (cannot === 0) return type;
  const again = `a file ${cannot === 1 ? 'it is' : 'they are'} read from has damaged or missing rows here: import it again (the Thresholds tab names it)`;
  if (cannot >= notMeasured) return `${cannot === 1 ? 'It cannot be measured' : 'They cannot be measured'}: ${again}.`;
  return `${cannot} cannot be measured: ${again}. For the others: ${type.charAt(0).toLowerCase()}${type.slice(1)}`;
}

/** "Cannot measure" results, merged by what fixes them: one file import helps every stage at once. */
function unmeasurableItems(evaluations: readonly StageEvaluation[], stageOf: ReadonlyMap<string, Stage>, unavailable: readonly UnavailableImport[]): AttentionItem[] {
  const byFile = new Map<string, { stages: string[]; result: CriterionResult }>();
  const items: AttentionItem[] = [];
  for (const e of evaluations) {
    for (const c of e.criteria) {
      if (c.status !== 'cannot_measure') continue;
      const label = metricInfo[c.metric].label;
      const stage = stageOf.get(e.stageId);
      const kind = importKindOfMetric(c.metric);
      // The plan lists such a file but its rows cannot be read: it is imported again, not imported.
      const damaged = unavailable.filter((u) => u.kind === kind).map((u) => `“${u.fileName}”`);
      const file = damaged.length > 0 ? `${formatList(damaged)} again` : fileFor[c.metric];
      if (c.metric === 'adoption_rate' && c.evidence?.outcome === 'no_value' && stage && !stage.enrolledUsers) {
        items.push({
          id: `enrolment-${e.stageId}`,
          tone: 'warning',
          title: `Set the enrolled users of “${e.stageName}”`,
          detail: c.reason,
          target: { kind: 'stage', stageId: e.stageId, view: 'edit' },
        });
      } else if (c.evidence === null && file) {
        const entry = byFile.get(file) ?? { stages: [], result: c };
        if (!entry.stages.includes(e.stageName)) entry.stages.push(e.stageName);
        byFile.set(file, entry);
      } else {
        items.push({
          id: `unmeasurable-${e.stageId}-${c.id}`,
          tone: 'warning',
          title: `${label} cannot be measured in “${e.stageName}”`,
          detail: file ? c.reason : `${c.reason} Judge the gate on a metric the pilot files carry, or make it advisory.`,
          target: { kind: 'stage', stageId: e.stageId, view: file ? 'results' : 'edit' },
        });
      }
    }
  }
  const imports = [...byFile].map(
    ([file, { stages, result }]): AttentionItem => ({
      id: `import-${file}`,
      tone: 'warning',
      title: `Import ${file}`,
      detail: `${metricInfo[result.metric].label} cannot be measured in ${stages.map((s) => `“${s}”`).join(', ')}: ${result.reason}`,
      target: { kind: 'tab', tab: 'data' },
    }),
  );
  return [...imports, ...items];
}

const itemsOf = memoLast(
  (
    stages: readonly Stage[],
    evaluations: readonly StageEvaluation[],
    dates: readonly StageDates[],
    readiness: ReadinessSummary,
    tally: ThresholdTally,
    today: string,
    decisions: readonly DecisionEntry[] | null,
    unlocks: readonly StageUnlock[],
    unavailable: readonly UnavailableImport[],
    thresholdsCannotMeasure: number,
  ): readonly AttentionItem[] => attentionItems({ stages, evaluations, dates, readiness, tally, today, decisions, unlocks, unavailable, thresholdsCannotMeasure }),
);

const noItems: readonly AttentionItem[] = [];

/** The open plan's "needs attention next" list, recomputed only when one of its inputs changes. */
export const selectAttentionItems = (state: AppState): readonly AttentionItem[] => {
  const readiness = selectReadiness(state);
  if (!readiness) return noItems;
  return itemsOf(
    selectStages(state),
    selectStageEvaluations(state),
    selectStageDates(state),
    readiness,
    selectThresholdTally(state),
    state.today,
    selectDecisionsLoaded(state) ? selectDecisions(state) : null,
    selectStageUnlocks(state),
    selectUnavailableImports(state),
    selectThresholdMeasurements(state).filter((m) => m.cannotMeasure !== null).length,
  );
};

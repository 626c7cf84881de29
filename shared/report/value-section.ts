import { formatAmount, formatDecimal, formatPlural } from '../format/format';
import type { CostFigure, StageValue, TimeSavedOutcome, ValueSummary } from '../metrics/value-summary';

/**
 * The value delivered on paper (issue 10): the plan's figures in one sentence, then one row per stage that has data. Stages
 * with nothing to measure yet are named in the lead rather than given a row of "no data yet": those rows cost the printed
 * summary a fourth page on Letter.
 */
export interface ValueRow {
  readonly stage: string;
  readonly hoursSaved: string;
  readonly perOutput: string;
  readonly perUserWeek: string;
  readonly cost: string;
}

export interface ValueSection {
  readonly lead: string;
  readonly rows: readonly ValueRow[];
  /** How the figures are computed, in one printed line; the app and README explain it in full. */
  readonly method: string;
}

const NONE = '—';

function costText(cost: CostFigure | null, cannot: string | null): string {
  if (cannot !== null) return 'cannot measure';
  return cost === null ? NONE : `${formatAmount(cost.perInteraction)} (${formatPlural(cost.requests, 'request')})`;
}

function costPartOf(cost: CostFigure | null, cannot: string | null): string {
  if (cannot !== null) return `Cost per interaction: cannot measure. ${cannot}`;
  return cost === null ? 'No cost per interaction: no operations file with a cost column.' : `Cost per interaction: ${formatAmount(cost.perInteraction)} over ${formatPlural(cost.requests, 'request')}.`;
}

function leadOf(time: TimeSavedOutcome, cost: CostFigure | null, costCannot: string | null): string {
  const costPart = costPartOf(cost, costCannot);
  if (time === null) return `Hours saved cannot be measured without an output-quality file. ${costPart}`;
  if (!time.ok) return `Hours saved: cannot measure. ${time.reason} ${costPart}`;
  const f = time.figures;
  const perUser = f.hoursPerUserWeek === null ? '' : `, ${formatDecimal(f.hoursPerUserWeek)} h per active user per week`;
  return `${formatDecimal(f.hoursSaved)} hours saved over ${formatPlural(f.outputs, 'output')}: ${formatDecimal(f.minutesPerOutput ?? 0)} min per output${perUser}. ${costPart}`;
}

/** Rows dated after today are left out of the figures: said with them, never silently. */
function laterPart(summary: ValueSummary): string {
  return summary.datedAfterToday === null ? '' : ` ${summary.datedAfterToday}`;
}

/** Nothing to show for the stage: no output-quality rows (or no such file) and no cost. */
function hasNoData(stage: StageValue): boolean {
  return stage.cost === null && stage.costCannotMeasure === null && (stage.time === null || (!stage.time.ok && stage.time.noRows));
}

/** The report's "Value delivered" section; null when the plan has no data of either kind. */
export function valueSection(summary: ValueSummary | null): ValueSection | null {
  if (summary === null || (summary.time === null && summary.cost === null && summary.costCannotMeasure === null)) return null;
  const empty = summary.stages.filter(hasNoData).map((s) => s.stageName);
  const emptyPart = empty.length === 0 ? '' : ` No data yet: ${empty.join(', ')}.`;
  const withData = summary.stages.filter((s) => !hasNoData(s));
  // No output-quality file at all: a table would hold three columns of dashes and the cost. The costs per stage go
  // into the lead, every figure kept (the traffic sample's table pushed its sign-off onto a fourth page).
  if (summary.time === null) {
    const perStage = withData.map((s) => `${s.stageName} ${costText(s.cost, s.costCannotMeasure)}`).join('; ');
    return {
      lead: `${leadOf(summary.time, summary.cost, summary.costCannotMeasure)}${perStage === '' ? '' : ` Per stage: ${perStage}.`}${emptyPart}${laterPart(summary)}`,
      rows: [],
      method: 'Cost = total ÷ requests with a cost.',
    };
  }
  return {
    lead: `${leadOf(summary.time, summary.cost, summary.costCannotMeasure)}${emptyPart}${laterPart(summary)}`,
    rows: withData.map((s) => {
      const f = s.time?.ok ? s.time.figures : null;
      const missing = s.time === null ? NONE : !s.time.ok && s.time.noRows ? 'no data yet' : 'cannot measure';
      return {
        stage: s.stageName,
        hoursSaved: f ? `${formatDecimal(f.hoursSaved)} h` : missing,
        perOutput: f && f.minutesPerOutput !== null ? `${formatDecimal(f.minutesPerOutput)} min` : f ? NONE : missing,
        perUserWeek: f && f.hoursPerUserWeek !== null ? `${formatDecimal(f.hoursPerUserWeek)} h` : f ? NONE : missing,
        cost: costText(s.cost, s.costCannotMeasure),
      };
    }),
    method:
      'Time saved per output = minutes by hand − minutes editing (unknown minutes by hand are left out, never assumed). Cost = total ÷ requests with a cost.',
  };
}

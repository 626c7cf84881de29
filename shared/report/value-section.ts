import { formatAmount, formatDecimal, formatPlural } from '../format/format';
import type { CostFigure, TimeSavedOutcome, ValueSummary } from '../metrics/value-summary';

/** The value delivered on paper (issue 10): the plan's figures in one sentence, then one row per stage. */
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
  /** How the figures are computed, in plain words. */
  readonly method: string;
}

const NONE = '—';

function costText(cost: CostFigure | null): string {
  return cost === null ? NONE : `${formatAmount(cost.perInteraction)} (${formatPlural(cost.requests, 'request')})`;
}

function leadOf(time: TimeSavedOutcome, cost: CostFigure | null): string {
  const costPart = cost === null ? 'No cost per interaction: no operations file with a cost column.' : `Cost per interaction: ${formatAmount(cost.perInteraction)} over ${formatPlural(cost.requests, 'request')}.`;
  if (time === null) return `Hours saved cannot be measured without an output-quality file. ${costPart}`;
  if (!time.ok) return `Hours saved: cannot measure. ${time.reason} ${costPart}`;
  const f = time.figures;
  const perUser = f.hoursPerUserWeek === null ? '' : `, ${formatDecimal(f.hoursPerUserWeek)} h per user per week`;
  return `${formatDecimal(f.hoursSaved)} hours saved over ${formatPlural(f.outputs, 'output')}: ${formatDecimal(f.minutesPerOutput ?? 0)} min per output${perUser}. ${costPart}`;
}

/** The report's "Value delivered" section; null when the plan has no data of either kind. */
export function valueSection(summary: ValueSummary | null): ValueSection | null {
  if (summary === null || (summary.time === null && summary.cost === null)) return null;
  return {
    lead: leadOf(summary.time, summary.cost),
    rows: summary.stages.map((s) => {
      const f = s.time?.ok ? s.time.figures : null;
      const missing = s.time === null ? NONE : !s.time.ok && s.time.noRows ? 'no data yet' : 'cannot measure';
      return {
        stage: s.stageName,
        hoursSaved: f ? `${formatDecimal(f.hoursSaved)} h` : missing,
        perOutput: f && f.minutesPerOutput !== null ? `${formatDecimal(f.minutesPerOutput)} min` : f ? NONE : missing,
        perUserWeek: f && f.hoursPerUserWeek !== null ? `${formatDecimal(f.hoursPerUserWeek)} h` : f ? NONE : missing,
        cost: costText(s.cost),
      };
    }),
    method:
      'Time saved per output = the minutes the task takes by hand − the minutes spent editing the output (outputs whose minutes by hand are unknown are left out, never assumed). Per user per week: the hours a user saved in a week, averaged over users with outputs that week. Cost per interaction = total cost ÷ requests with a cost.',
  };
}

import { handFigureWords, handWhenWords } from '../decisions/hand-value-changes';
import type { ObservationLookup } from '../gates/observations';
import { metricInfo } from '../model/metrics';
import type { Plan } from '../model/schema';
import { countText } from './report-text';

/** How many hand-recorded values the summary lists; the Stages tab and the decision log have them all. */
export const HAND_VALUES_SHOWN = 4;

/** The measured values recorded by hand (SPEC §5), labelled as such on paper. */
export interface HandValueSection {
  /** "Stage 2, error rate, week 2: 12 of 1500 requests (0.8%) from “Grafana export”". */
  readonly lines: readonly string[];
  readonly total: number;
  /** "and 3 more hand-recorded values: the Stages tab lists every one.", or null. */
  readonly more: string | null;
}

/** Whether the gates use a stage's hand values of a metric: a file measuring it sets them aside. */
function used(lookup: ObservationLookup, stageId: string, metric: Plan['handValues'][number]['metric']): boolean {
  const found = lookup(stageId, metric);
  return found.status === 'available' && (found.overall.weeks.some((w) => w.handRecorded !== undefined) || found.overall.whole?.handRecorded !== undefined);
}

/**
 * Every hand-recorded value as one line naming stage, metric, week, figure and source, in plan
 * order; a value set aside because a file measures its metric says so. `lookup` is the one the
 * gates judge by (hand values included).
 */
export function handValueSection(plan: Pick<Plan, 'stages' | 'handValues'>, lookup: ObservationLookup): HandValueSection {
  const order = new Map(plan.stages.map((s, i) => [s.id, i]));
  const sorted = [...plan.handValues].sort(
    (a, b) => (order.get(a.stageId) ?? Infinity) - (order.get(b.stageId) ?? Infinity) || (a.week ?? 0) - (b.week ?? 0),
  );
  const lines = sorted.slice(0, HAND_VALUES_SHOWN).map((v) => {
    const index = order.get(v.stageId);
    const stage = index === undefined ? 'A removed stage' : `Stage ${index + 1}`;
    const aside = index !== undefined && !used(lookup, v.stageId, v.metric) ? ' (set aside: a file measures this metric)' : '';
    return `${stage}, ${metricInfo[v.metric].label.toLowerCase()}, ${handWhenWords(v)}: ${handFigureWords(v)}${aside}`;
  });
  const more = sorted.length - lines.length;
  return { lines, total: sorted.length, more: more > 0 ? `and ${countText(more, 'more hand-recorded value')}: the Stages tab lists every one.` : null };
}

import { formatDate } from '../format/format';
import { stageVerdictLabels } from '../gates/stage-verdict';
import { dataChangedWords, type ImportRef } from './data-since';
import { entryDate } from './decision-log';
import type { DecisionEntry } from './schema';

/**
 * The logged changes to how a stage is judged that were appended after `decision`: its gate
 * criteria, rollback triggers and settings, and the plan-wide settings (statistical confidence,
 * editing limit). Quality thresholds never decide a stage verdict and are left out. In log order.
 */
export function gateChangesSince(entries: readonly DecisionEntry[], decision: DecisionEntry, stageId: string): DecisionEntry[] {
  const at = entries.findIndex((e) => e.id === decision.id);
  if (at < 0) return [];
  return entries
    .slice(at + 1)
    .filter(
      (e) =>
        e.automatic &&
        e.change !== null &&
        ((e.decision === 'criterion_change' && e.stageId === stageId) ||
          (e.decision === 'setting_change' && (e.stageId === stageId || e.stageId === null))),
    );
}

/**
 * What changed after a decision: the rules it was taken under (with the recommendation it was taken
 * against) and the data it saw (files added or removed since); null when nothing changed. A decision read
 * beside today's recommendation and figures must not look as if it answered rules or data it never saw.
 */
export function changedSinceWords(entries: readonly DecisionEntry[], decision: DecisionEntry | null, stageId: string, imports: readonly ImportRef[]): string | null {
  if (decision === null) return null;
  const rules = gateChangedWords(entries, decision, stageId);
  const data = dataChangedWords(decision, imports);
  return rules === null ? data : data === null ? rules : `${rules} ${data}`;
}

function gateChangedWords(entries: readonly DecisionEntry[], decision: DecisionEntry, stageId: string): string | null {
  const changes = gateChangesSince(entries, decision, stageId);
  const last = changes.at(-1);
  if (last === undefined || last.change === null) return null;
  const then = decision.recommendation === null ? '' : ` It was taken when the recommendation was “${stageVerdictLabels[decision.recommendation].toLowerCase()}”.`;
  if (changes.length === 1) {
    return `The gate changed after this decision, on ${formatDate(entryDate(last))}: ${last.change.what}: ${last.change.before} → ${last.change.after}.${then}`;
  }
  return `The gate changed after this decision: ${changes.length} logged changes to its criteria or settings, the latest on ${formatDate(entryDate(last))} (listed in the decision log).${then}`;
}

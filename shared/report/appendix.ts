import { isRequired } from '../checklist/build-checklist';
import { newestFirst } from '../decisions/decision-log';
import type { DecisionEntry } from '../decisions/schema';
import { itemStatusLabels, type ItemStatus, type RiskTier } from '../model/enums';
import type { Plan } from '../model/schema';
import { appendixDecision } from './decision-rows';
import type { Appendix, AppendixArea, Tone } from './report-model';

const itemTones: Record<ItemStatus, Tone> = {
  done: 'good',
  not_applicable: 'neutral',
  in_progress: 'warn',
  not_started: 'bad',
  cannot_measure: 'warn',
};

/**
 * The audit appendix (SPEC §8): every checklist item with its status, owner, evidence, notes
 * and written reasons, and the complete decision log with each entry's frozen evidence.
 */
export function buildAppendix(
  plan: Plan,
  tier: RiskTier,
  decisions: readonly DecisionEntry[],
  stageNames: ReadonlyMap<string, string>,
): Appendix {
  const checklist: AppendixArea[] = plan.checklist.areas.map((area) => ({
    title: area.title,
    items: plan.checklist.items
      .filter((item) => item.areaId === area.id)
      .map((item) => ({
        question: item.question,
        required: isRequired(item, tier) ? 'Required' : 'Recommended',
        status: itemStatusLabels[item.status],
        tone: itemTones[item.status],
        owner: item.owner.trim() || '—',
        due: item.dueDate ?? '—',
        evidence: item.evidence.trim(),
        notes: item.notes.trim(),
        statusReason: item.statusReason.trim(),
      })),
  }));
  return {
    checklist,
    log: newestFirst(decisions).map((entry) => appendixDecision(entry, decisions, stageNames)),
    logEmptyText: 'No decisions recorded yet.',
  };
}

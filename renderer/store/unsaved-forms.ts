import type { PlanSummary } from '../../shared/model/schema';
import type { DecisionDraftSlice } from './decision-draft-slice';
import type { FormDraftsSlice } from './form-drafts-slice';
import type { UiSlice } from './ui-slice';

type UnsavedState = Pick<DecisionDraftSlice, 'decisionDrafts'> & Pick<FormDraftsSlice, 'formDrafts'> & Pick<UiSlice, 'unsavedStatuses'> & { readonly plans: readonly PlanSummary[] };

/** One form holding typed text that is not in the record, in words for the close question. */
export interface UnsavedForm {
  readonly kind: 'decision' | 'incident' | 'status' | 'form';
  readonly text: string;
}

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Whether a kept form draft holds anything the user would miss: its text, or a box ticked (not just a fold opened). */
function hasContent(key: string, draft: unknown): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const fields = draft as Record<string, unknown>;
  if (key.startsWith('incident:')) {
    return fields.rollback === true || ['description', 'openedAt', 'acknowledgedAt', 'resolvedAt'].some((name) => !blank(fields[name]));
  }
  // A form this list does not know yet: asked about when anything in it is text.
  return Object.values(fields).some((value) => !blank(value));
}

/**
 * The half-written forms the store keeps per plan across tabs and plans (a decision, an incident, a checklist status
 * waiting for its reason). None of them is saved: closing or quitting the app loses them, so the close asks first.
 */
export function unsavedForms(state: UnsavedState): UnsavedForm[] {
  const nameOf = (planId: string) => `“${state.plans.find((plan) => plan.id === planId)?.name ?? 'a plan'}”`;
  const found: UnsavedForm[] = [];
  for (const [planId, draft] of Object.entries(state.decisionDrafts)) {
    const typed = !blank(draft.rationale) || !blank(draft.approvedBy) || draft.chosen !== null;
    if (typed) found.push({ kind: 'decision', text: `A ${draft.corrects === null ? 'decision' : 'correction'} being written for ${nameOf(planId)}, not yet recorded in its decision log` });
  }
  for (const [planId, forms] of Object.entries(state.formDrafts)) {
    for (const [key, draft] of Object.entries(forms)) {
      if (!hasContent(key, draft)) continue;
      const incident = key.startsWith('incident:');
      found.push({ kind: incident ? 'incident' : 'form', text: `${incident ? 'An incident being added' : 'A form being filled in'} for ${nameOf(planId)}, not yet saved` });
    }
  }
  for (const [planId, statuses] of Object.entries(state.unsavedStatuses)) {
    const count = Object.keys(statuses).length;
    if (count > 0) found.push({ kind: 'status', text: `${count === 1 ? 'A checklist status' : `${count} checklist statuses`} in ${nameOf(planId)} waiting for the reason it needs, not yet saved` });
  }
  return found;
}

/** The question's title: the decision by name when it is the only thing, as the user thinks of it. */
export function discardTitle(forms: readonly UnsavedForm[]): string {
  if (forms.length === 1 && forms[0]?.kind === 'decision') return 'Discard the unsaved decision?';
  if (forms.length === 1 && forms[0]?.kind === 'incident') return 'Discard the unsaved incident?';
  return 'Discard what is not saved yet?';
}

import type { DecisionInput } from '../../shared/decisions/new-entry';
import type { SliceCreator } from './types';

/** What the decision form holds before it is recorded. Not saved: it is the user's unfinished sentence, not the record. */
export interface DecisionDraft {
  /** The entry being corrected, or null for a new decision. */
  readonly corrects: string | null;
  /** '' is the whole plan. */
  readonly stageId: string;
  /** null follows the recommendation. */
  readonly chosen: DecisionInput['decision'] | null;
  readonly rationale: string;
  readonly approvedBy: string;
  readonly author: string;
}

export interface DecisionDraftSlice {
  /**
   * Per plan id, the decision being written. It lived in the form, so a look at another tab (to check a figure before
   * writing the rationale) emptied it; here it waits until it is recorded or the correction is cancelled.
   */
  decisionDrafts: Readonly<Record<string, DecisionDraft>>;
  /** Keeps the open plan's draft; null forgets it (recorded, or the correction given up). */
  keepDecisionDraft(draft: DecisionDraft | null): void;
}

/** The open plan's draft, when there is one. */
export const decisionDraftOf = (state: Pick<DecisionDraftSlice, 'decisionDrafts'> & { readonly plan: { readonly id: string } | null }): DecisionDraft | null =>
  (state.plan ? state.decisionDrafts[state.plan.id] : undefined) ?? null;

export const createDecisionDraftSlice: SliceCreator<DecisionDraftSlice> = (set) => ({
  decisionDrafts: {},
  keepDecisionDraft: (draft) =>
    set((state) => {
      const planId = state.plan?.id;
      if (planId === undefined) return state;
      const { [planId]: _dropped, ...rest } = state.decisionDrafts;
      return { decisionDrafts: draft === null ? rest : { ...rest, [planId]: draft } };
    }),
});

import type { SliceCreator } from './types';

export interface FormDraftsSlice {
  /**
   * Per plan id, then per form (e.g. `incident:<stage id>`), what was typed into a form not yet submitted. A screen's
   * own state goes with the screen: a look at another tab emptied the form. Not saved; forgotten on submit.
   */
  formDrafts: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Keeps the open plan's draft of form `key`; null forgets it. */
  keepFormDraft(key: string, draft: object | null): void;
  /** Forgets every half-written form of every plan (the user chose to close without them): drafts, and statuses waiting for a reason. */
  discardUnsavedForms(): void;
}

export const createFormDraftsSlice: SliceCreator<FormDraftsSlice> = (set) => ({
  formDrafts: {},
  keepFormDraft: (key, draft) =>
    set((state) => {
      const planId = state.plan?.id;
      if (planId === undefined) return state;
      const { [key]: _dropped, ...rest } = state.formDrafts[planId] ?? {};
      return { formDrafts: { ...state.formDrafts, [planId]: draft === null ? rest : { ...rest, [key]: draft } } };
    }),
  discardUnsavedForms: () => set({ formDrafts: {}, decisionDrafts: {}, unsavedStatuses: {} }),
});

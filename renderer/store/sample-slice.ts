import { findSamplePlan } from '../../shared/model/sample-plans';
import type { TemplateId } from '../../shared/model/templates';
import type { SliceCreator } from './types';

export interface SampleSlice {
  /** True while a sample plan is being created and its files imported. */
  sampleLoading: boolean;
  /** Asks which template's sample plan to create (the menu, the plan list and the empty state). */
  chooseSamplePlan(): void;
  /** "Try with sample data": the template's complete sample plan in one click, its bundled files imported. */
  trySampleData(templateId: TemplateId): Promise<void>;
}

export const createSampleSlice: SliceCreator<SampleSlice> = (set, get, { api, now }) => ({
  sampleLoading: false,

  chooseSamplePlan: () => {
    if (!get().sampleLoading) get().openDialog({ kind: 'sample-plan' });
  },

  trySampleData: async (templateId) => {
    if (get().sampleLoading) return;
    set({ sampleLoading: true });
    try {
      const sample = findSamplePlan(templateId);
      const plan = sample.build(now());
      const saved = await api.savePlan(plan);
      if (!saved.ok) {
        get().openDialog({ kind: 'error', title: 'Could not create the sample plan', message: saved.error.message, details: saved.error.details ?? [] });
        return;
      }
      get().upsertSummary(saved.value);
      // Opens on its dashboard once, and never moves the user afterwards: the files import in the background.
      get().showPlan(plan, 'dashboard');
      // The same path as the "Load sample" buttons: each file goes through the real import.
      for (const file of sample.files) {
        // Another plan opened meanwhile: the sample files must not land in it.
        if (get().plan?.id !== plan.id) break;
        await get().loadSampleFile(file, { background: true });
        if (get().csvWizard?.phase !== 'done') break;
        get().closeCsvImport();
      }
      const open = get().plan;
      if (open?.id !== plan.id) {
        get().showToast({ message: `Created “${plan.name}”; its sample files stopped importing when another plan was opened. Load them from its Pilot data tab.` });
        return;
      }
      // The toast counts what is stored, not what is in memory: the plan holding the imports is saved first.
      if (!(await get().flushSave())) {
        get().showToast({
          tone: 'error',
          message: `Created “${plan.name}”, but the plan with its imported sample files could not be saved: ${(get().save.message ?? 'unknown error').replace(/\.?$/, '.')} The app keeps them in memory and retries; or press Retry beside “Not saved” at the top.`,
        });
        return;
      }
      const imported = open.imports.length;
      const total = sample.files.length;
      get().showToast({
        message:
          imported === total
            ? `Created “${plan.name}” with ${imported} sample files imported`
            : `Created “${plan.name}”; ${total - imported} sample file(s) could not be imported — see Pilot data`,
      });
    } finally {
      set({ sampleLoading: false });
    }
  },
});

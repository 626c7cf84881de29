import { importKinds } from '../../shared/csv/kinds';
import { buildSamplePlan } from '../../shared/model/sample-plan';
import type { SliceCreator } from './types';

/**
 * The kinds the sample plan imports. The weekly-figures and incidents samples are offered by their own
 * "Load sample" buttons only: the sample plan's figures already come from row-level files, and its
 * incident register is left for the lead to keep.
 */
const planSampleKinds = importKinds.filter((k) => k !== 'weekly_figures' && k !== 'incidents');

export interface SampleSlice {
  /** True while the sample plan is being created and its files imported. */
  sampleLoading: boolean;
  /** "Try with sample data": a complete plan in one click, with every bundled file imported. */
  trySampleData(): Promise<void>;
}

export const createSampleSlice: SliceCreator<SampleSlice> = (set, get, { api, now }) => ({
  sampleLoading: false,

  trySampleData: async () => {
    if (get().sampleLoading) return;
    set({ sampleLoading: true });
    try {
      const plan = buildSamplePlan(now());
      const saved = await api.savePlan(plan);
      if (!saved.ok) {
        get().openDialog({ kind: 'error', title: 'Could not create the sample plan', message: saved.error.message, details: saved.error.details ?? [] });
        return;
      }
      get().upsertSummary(saved.value);
      // Opens on its dashboard once, and never moves the user afterwards: the files import in the background.
      get().showPlan(plan, 'dashboard');
      // The same path as the "Load sample" buttons: each file goes through the real import.
      for (const kind of planSampleKinds) {
        // Another plan opened meanwhile: the sample files must not land in it.
        if (get().plan?.id !== plan.id) break;
        await get().loadSampleData(kind, { background: true });
        if (get().csvWizard?.phase !== 'done') break;
        get().closeCsvImport();
      }
      const open = get().plan;
      const imported = open?.id === plan.id ? open.imports.length : 0;
      get().showToast({
        message:
          open?.id !== plan.id
            ? `Created “${plan.name}”; its sample files stopped importing when another plan was opened. Load them from its Pilot data tab.`
            : imported === planSampleKinds.length
            ? `Created “${plan.name}” with ${imported} sample files imported`
            : `Created “${plan.name}”; ${planSampleKinds.length - imported} sample file(s) could not be imported — see Pilot data`,
      });
    } finally {
      set({ sampleLoading: false });
    }
  },
});

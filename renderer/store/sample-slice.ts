import { importKinds } from '../../shared/csv/kinds';
import { buildSamplePlan } from '../../shared/model/sample-plan';
import type { GetState, SliceCreator } from './types';

export interface SampleSlice {
  /** True while the sample plan is being created and its files imported. */
  sampleLoading: boolean;
  /** "Try with sample data": a complete plan in one click, with every bundled file imported. */
  trySampleData(): Promise<void>;
}

const METRICS_WAIT_MS = 15_000;

/** Waits until the open plan's pilot metrics include the test results (computed asynchronously). */
async function metricsReady(get: GetState): Promise<boolean> {
  const deadline = Date.now() + METRICS_WAIT_MS;
  while (Date.now() < deadline) {
    const state = get();
    if (state.pilotMetricsStatus === 'ready' && state.pilotMetrics?.tests) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
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
      get().showPlan(plan, 'data');
      // The same path as the "Load sample" buttons: each file goes through the real import.
      for (const kind of importKinds) {
        await get().loadSampleData(kind);
        if (get().csvWizard?.phase !== 'done') break;
        get().closeCsvImport();
      }
      const imported = get().plan?.imports.length ?? 0;
      // The thresholds take their measured values from the imported data by themselves (selectThresholdMeasurements).
      if (imported === importKinds.length) await metricsReady(get);
      get().showTab('dashboard');
      get().showToast({
        message:
          imported === importKinds.length
            ? `Created “${plan.name}” with ${imported} sample files imported`
            : `Created “${plan.name}”; ${importKinds.length - imported} sample file(s) could not be imported — see Pilot data`,
      });
    } finally {
      set({ sampleLoading: false });
    }
  },
});

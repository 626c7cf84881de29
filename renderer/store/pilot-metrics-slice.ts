import { metricsOptionsOf, type PilotMetrics } from '../../shared/metrics';
import type { Plan } from '../../shared/model/schema';
import type { Result } from '../../shared/result';
import { apiRowsReader, expectedRowsOf, type ExpectedRows, type StoredRowsState } from '../../shared/service/stored-rows';
import { mark } from '../import/import-client';
import { createMetricsClient } from '../import/metrics-client';
import type { AppState, AppStore, SliceCreator } from './types';

/** How far the stored rows of one import of the open plan are. */
export type ImportDataState = { readonly status: 'loading' } | StoredRowsState;

/**
 * The open plan's pilot metrics and the stored rows behind them. The metrics are the one derived value
 * kept in the store: they are computed from the stored rows (megabytes, decoded and aggregated in a
 * worker), so they cannot be recomputed synchronously in a selector.
 */
export interface PilotMetricsSlice {
  /** Null until the open plan's rows are loaded (or when it has no imports). */
  pilotMetrics: PilotMetrics | null;
  pilotMetricsStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the metrics could not be computed (status `error`). */
  pilotMetricsError: string | null;
  /** Per import of the open plan: are its rows loaded, missing or damaged. */
  importData: Readonly<Record<string, ImportDataState>>;
  /** Hands a fresh import's stored rows to the metrics worker (before its record joins the plan). */
  loadImportRows(planId: string, importId: string, rows: Uint8Array): Promise<void>;
  /**
   * Saves a fresh import's rows (and `rejectedCsv`, its rejected rows) from the metrics worker itself
   * (browser) and keeps them there; the rows are transferred. Null when the worker cannot reach the
   * storage: save both through the API and call `loadImportRows` instead. The import's record may join
   * the plan only when the result is ok (every part saved).
   * The worker also works out the metrics the plan will have once the record joins (without the
   * import `replacing` takes out) while it writes; they are shown only if the plan then has exactly
   * those inputs (otherwise computed again as always), and never when the save failed.
   */
  storeImportRows(
    planId: string,
    importId: string,
    rows: Uint8Array,
    options?: { readonly replacing?: string | null; readonly rejectedCsv?: string | null },
  ): Promise<Result<void>> | null;
  /**
   * Hands the first rows of an import still being parsed (stored form, transferred) to the metrics worker
   * to warm up on with the open plan's stages (`metrics-engine.ts`, `warmUp`); nothing is kept or shown.
   */
  warmPilotMetrics(planId: string, sample: Uint8Array): void;
  /** Forgets an import's rows in the metrics worker (its stored data is deleted by the caller). */
  forgetImportRows(planId: string, importId: string): void;
  /** Called by the store subscription `watchPilotData`; not for components. */
  syncPilotData(state: AppState, previous: AppState): void;
}

const COMPUTE_DELAY_MS = 60;

/** The inputs the metrics depend on, as one comparable string (stages carry more than these). */
function metricsKey(plan: Plan, ready: readonly string[]): string {
  const stages = plan.stages.map((s) => [s.id, s.name, s.plannedStart, s.durationWeeks, s.enrolledUsers, s.enrolledByGroup]);
  return JSON.stringify([stages, metricsOptionsOf(plan), ready]);
}

const stageInputs = (plan: Plan) =>
  plan.stages.map(({ id, name, plannedStart, durationWeeks, enrolledUsers, enrolledByGroup }) => ({
    id,
    name,
    plannedStart,
    durationWeeks,
    enrolledUsers,
    enrolledByGroup,
  }));

export const createPilotMetricsSlice: SliceCreator<PilotMetricsSlice> = (set, get, { api, storedRows }) => {
  // The worker reads stored rows itself where it can: only ids and a count cross the UI thread.
  const engine = createMetricsClient({ ...(storedRows ? { location: storedRows } : {}), fallback: apiRowsReader(api) });
  let loadGeneration = 0;
  /** True while a freshly opened plan's rows are loading: no computation runs on half of them. */
  let loading = false;
  let computeTimer: ReturnType<typeof setTimeout> | undefined;
  let computeSeq = 0;
  let lastKey: string | null = null;
  let lastReadyKey: string | null = null;
  /** Metrics worked out while a fresh import's rows were saved (saved: yes), for the inputs `key` names. */
  let early: { readonly planId: string; readonly key: string; readonly metrics: PilotMetrics } | null = null;

  const setImportData = (importId: string, data: ImportDataState | null): void =>
    set((state) => {
      const next = { ...state.importData };
      if (data === null) delete next[importId];
      else next[importId] = data;
      return { importData: next };
    });

  const readyImports = (plan: Plan): string[] =>
    plan.imports.filter((r) => get().importData[r.id]?.status === 'ready').map((r) => r.id);

  function scheduleCompute(force = false): void {
    const plan = get().plan;
    if (!plan) return;
    const ready = readyImports(plan);
    const key = metricsKey(plan, ready);
    if (!force && key === lastKey) return;
    lastKey = key;
    clearTimeout(computeTimer);
    const readyKey = ready.join('\n');
    if (early !== null && early.planId === plan.id && early.key === key && !loading) {
      // Computed from these very inputs (the same rows, stages and options) while the rows were saved.
      const { metrics } = early;
      early = null;
      lastReadyKey = readyKey;
      computeSeq++;
      mark('rr:metrics-computed');
      set({ pilotMetrics: metrics, pilotMetricsStatus: 'ready', pilotMetricsError: null });
      return;
    }
    // Typing a date fires once per keystroke: the metrics follow the last one. New rows (an import
    // done, a plan opened) are no keystroke: computed at once.
    const delay = readyKey === lastReadyKey ? COMPUTE_DELAY_MS : 0;
    lastReadyKey = readyKey;
    computeTimer = setTimeout(() => void compute(), delay);
  }

  async function compute(): Promise<void> {
    const plan = get().plan;
    if (!plan || loading) return;
    const ready = readyImports(plan);
    const seq = ++computeSeq;
    if (ready.length === 0) {
      set({ pilotMetrics: null, pilotMetricsStatus: 'ready', pilotMetricsError: null });
      return;
    }
    const result = await engine.compute(plan.id, ready, stageInputs(plan), metricsOptionsOf(plan));
    if (seq !== computeSeq || get().plan?.id !== plan.id) return;
    mark('rr:metrics-computed');
    if (result.ok) set({ pilotMetrics: result.value, pilotMetricsStatus: 'ready', pilotMetricsError: null });
    else set({ pilotMetricsStatus: 'error', pilotMetricsError: result.error.message });
  }

  /** Loads the stored rows of every import of a freshly opened plan into the engine. */
  async function loadPlanData(plan: Plan | null): Promise<void> {
    const generation = ++loadGeneration;
    early = null;
    lastKey = null;
    lastReadyKey = null;
    clearTimeout(computeTimer);
    computeSeq++;
    if (!plan || plan.imports.length === 0) {
      loading = false;
      set({ pilotMetrics: null, pilotMetricsStatus: plan ? 'ready' : 'idle', pilotMetricsError: null, importData: {} });
      await engine.retainOnly(plan?.id ?? null);
      return;
    }
    loading = true;
    set({
      pilotMetrics: null,
      pilotMetricsStatus: 'loading',
      pilotMetricsError: null,
      importData: Object.fromEntries(plan.imports.map((r) => [r.id, { status: 'loading' } as const])),
    });
    await engine.retainOnly(plan.id);
    for (const record of plan.imports) {
      const state = await loadImport(plan.id, record.id, expectedRowsOf(record));
      if (generation !== loadGeneration) return;
      setImportData(record.id, state);
    }
    loading = false;
    scheduleCompute(true);
  }

  async function loadNewRecords(plan: Plan): Promise<void> {
    const generation = loadGeneration;
    const fresh = plan.imports.filter((r) => !(r.id in get().importData));
    for (const record of fresh) setImportData(record.id, { status: 'loading' });
    for (const record of fresh) {
      const state = await loadImport(plan.id, record.id, expectedRowsOf(record));
      if (generation !== loadGeneration) return;
      setImportData(record.id, state);
    }
  }

  const loadImport = (planId: string, importId: string, expectedRows: ExpectedRows): Promise<ImportDataState> =>
    engine.loadStored(planId, importId, expectedRows);

  return {
    pilotMetrics: null,
    pilotMetricsStatus: 'idle',
    pilotMetricsError: null,
    importData: {},

    loadImportRows: async (planId, importId, rows) => {
      // Into the engine first, so the recomputation the new record triggers already counts it.
      setImportData(importId, { status: 'loading' });
      const loaded = await engine.load(planId, importId, rows);
      setImportData(importId, loaded.ok ? { status: 'ready', rows: loaded.value.rows } : { status: 'damaged', message: loaded.error.message });
    },

    storeImportRows: (planId, importId, rows, options = {}) => {
      const plan = get().plan;
      // The plan as it will be once the record joins: its imports now (but the one replaced) and this one.
      const importIds = plan?.id === planId && !loading ? [...readyImports(plan).filter((id) => id !== options.replacing), importId] : null;
      const compute = plan && importIds ? { importIds, stages: stageInputs(plan), options: metricsOptionsOf(plan) } : undefined;
      const storing = engine.storeRows(planId, importId, rows, { rejectedCsv: options.rejectedCsv ?? null, ...(compute ? { compute } : {}) });
      if (!storing) return null;
      early = null;
      setImportData(importId, { status: 'loading' });
      return storing.then(({ saved, loaded, metrics }) => {
        if (!saved.ok) setImportData(importId, null);
        else setImportData(importId, loaded?.ok ? { status: 'ready', rows: loaded.value.rows } : { status: 'damaged', message: loaded?.error.message ?? '' });
        if (saved.ok && loaded?.ok && metrics?.ok && plan && importIds) early = { planId, key: metricsKey(plan, importIds), metrics: metrics.value };
        return saved;
      });
    },

    warmPilotMetrics: (planId, sample) => {
      const plan = get().plan;
      if (plan?.id === planId) engine.warm(sample, stageInputs(plan), metricsOptionsOf(plan));
    },

    forgetImportRows: (planId, importId) => {
      // Its record never joins the plan (the rejected rows could not be saved): the early metrics went with it.
      early = null;
      void engine.drop(planId, importId);
      if (get().plan?.id === planId) setImportData(importId, null);
    },

    syncPilotData: (state, previous) => {
      const plan = state.plan;
      if (plan?.id !== previous.plan?.id) {
        void loadPlanData(plan);
        return;
      }
      if (!plan || loading) return;
      // A record without data state came from elsewhere (the plan was replaced by an imported file).
      if (plan.imports !== previous.plan?.imports && plan.imports.some((r) => !(r.id in state.importData))) {
        void loadNewRecords(plan);
        return;
      }
      if (plan !== previous.plan || state.importData !== previous.importData) scheduleCompute();
    },
  };
};

/**
 * Keeps the pilot data in step with the store: loads on plan open, recomputes on relevant edits, closes
 * an import wizard of another plan, and settles removals whose Undo is gone.
 */
export function watchPilotData(store: AppStore): () => void {
  return store.subscribe((state, previous) => {
    if (state.toasts !== previous.toasts || state.savedPlan !== previous.savedPlan) state.settleImportRemovals();
    if (state.plan?.id !== previous.plan?.id && state.csvWizard && state.csvWizard.planId !== state.plan?.id) state.closeCsvImport();
    state.syncPilotData(state, previous);
    state.syncImportPreview();
  });
}

import { formatCount } from '../../shared/format/format';
import { SAMPLE_BYTES, sha256Hex, templateCsv, templateFileName, type ColumnMapping, type CsvSettings, type ImportKind, type ImportProgress } from '../../shared/csv';
import type { PilotMetrics } from '../../shared/metrics';
import { localIsoDate } from '../../shared/model/dates';
import { newId } from '../../shared/model/ids';
import type { Plan } from '../../shared/model/schema';
import { readHead } from '../import/file-chunks';
import { startImport, type RunningImport } from '../import/import-client';
import { measureThresholds, testResultsSource } from '../import/measured-thresholds';
import { createMetricsClient } from '../import/metrics-client';
import { sampleFile } from '../import/sample-files';
import { toImportRecord, toStoredMapping } from '../import/to-import-record';
import { selectCsvPreview } from './pilot-data-selectors';
import type { AppState, AppStore, SliceCreator } from './types';

/** How far the stored rows of one import of the open plan are. */
export type ImportDataState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly rows: number }
  | { readonly status: 'missing' | 'damaged'; readonly message: string };

export type CsvWizardPhase = 'setup' | 'running' | 'saving' | 'done' | 'duplicate' | 'failed';

/** The import in progress on the Pilot data tab: the file, the user's choices, and how far it got. */
export interface CsvWizard {
  readonly planId: string;
  readonly file: Blob;
  readonly fileName: string;
  readonly size: number;
  /** The first 64 KB: detection and the preview read only these. */
  readonly sample: Uint8Array;
  /** SHA-256 of the whole file when the sample is all of it (so a re-import shows before importing). */
  readonly sampleHash: string | null;
  /** The kind the user chose; null while the suggestion from the headers stands. */
  readonly kind: ImportKind | null;
  /** The mapping as the user edited it; null while the proposed one stands. */
  readonly mapping: ColumnMapping | null;
  /** The user's choices and answers (delimiter, header row, date order…). */
  readonly settings: Partial<CsvSettings>;
  readonly phase: CsvWizardPhase;
  readonly progress: ImportProgress | null;
  readonly error: { readonly message: string; readonly details: readonly string[] } | null;
  /** The import record this run created (`done`) or the earlier one with the same content (`duplicate`). */
  readonly importId: string | null;
}

/**
 * Imported pilot data of the open plan. The metrics are the one derived value kept in the
 * store: they are computed from the stored rows (megabytes, decoded and aggregated in a
 * worker), so they cannot be recomputed synchronously in a selector.
 */
export interface PilotDataSlice {
  /** Null until the open plan's rows are loaded (or when it has no imports). */
  pilotMetrics: PilotMetrics | null;
  pilotMetricsStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Why the metrics could not be computed (status `error`). */
  pilotMetricsError: string | null;
  /** Per import of the open plan: are its rows loaded, missing or damaged. */
  importData: Readonly<Record<string, ImportDataState>>;
  csvWizard: CsvWizard | null;

  /** Starts the import wizard for a chosen or dropped file. */
  /** `background`: the wizard runs without taking the user to the Pilot data tab (the sample plan's imports). */
  openCsvFile(file: Blob, fileName: string, options?: { readonly background?: boolean }): Promise<void>;
  /** Imports a bundled sample file in one go (through the same wizard and worker as any file). */
  loadSampleData(kind: ImportKind, options?: { readonly background?: boolean }): Promise<void>;
  setImportKind(kind: ImportKind): void;
  /** Maps a field to a column (by header), or unmaps it with null. */
  setImportField(fieldId: string, header: string | null): void;
  setImportLatencyUnit(unit: ColumnMapping['latencyUnit']): void;
  setImportSettings(patch: Partial<CsvSettings>): void;
  runCsvImport(): Promise<void>;
  cancelCsvImport(): void;
  /** Back from a failed run to the settings. */
  backToImportSetup(): void;
  closeCsvImport(): void;
  /** Removes an import from the plan; a toast offers Undo, and its stored rows go only once that toast is gone. */
  removeImport(importId: string): void;
  downloadRejectedRows(importId: string): Promise<void>;
  downloadTemplate(kind: ImportKind): Promise<void>;
  setEditingShareLimit(limit: number): void;
  /** Puts the test-results figures into the matching default thresholds as their measured values. */
  updateThresholdsFromTests(): void;
  /** Called by the store subscription `watchPilotData`; not for components. */
  syncPilotData(state: AppState, previous: AppState): void;
}

const COMPUTE_DELAY_MS = 60;

/**
 * UTF-8 bytes of a text. Copied into this realm's Uint8Array: under jsdom, TextEncoder comes from
 * Node and its arrays fail the API's `instanceof Uint8Array` check.
 */
function utf8Bytes(text: string): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  return encoded instanceof Uint8Array ? encoded : new Uint8Array(encoded);
}

/** The inputs the metrics depend on, as one comparable string (stages carry more than these). */
function metricsKey(plan: Plan, ready: readonly string[]): string {
  const stages = plan.stages.map((s) => [s.id, s.name, s.plannedStart, s.durationWeeks, s.enrolledUsers, s.enrolledByGroup]);
  return JSON.stringify([stages, plan.editingShareLimit, ready]);
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

export const createPilotDataSlice: SliceCreator<PilotDataSlice> = (set, get, { api, now }) => {
  const engine = createMetricsClient();
  let running: { readonly token: number; readonly run: RunningImport } | null = null;
  let nextToken = 1;
  let loadGeneration = 0;
  /** True while a freshly opened plan's rows are loading: no computation runs on half of them. */
  let loading = false;
  let computeTimer: ReturnType<typeof setTimeout> | undefined;
  let computeSeq = 0;
  let lastKey: string | null = null;
  /** Removed imports whose stored rows wait for their Undo toast to go. */
  const pendingRemovals = new Map<string, { planId: string; toastId: number; restored: boolean }>();

  const patchWizard = (patch: Partial<CsvWizard>): void =>
    set((state) => (state.csvWizard ? { csvWizard: { ...state.csvWizard, ...patch } } : {}));

  const setImportData = (importId: string, data: ImportDataState | null): void =>
    set((state) => {
      const next = { ...state.importData };
      if (data === null) delete next[importId];
      else next[importId] = data;
      return { importData: next };
    });

  const errorToast = (message: string): void => void get().showToast({ tone: 'error', message });

  const readyImports = (plan: Plan): string[] =>
    plan.imports.filter((r) => get().importData[r.id]?.status === 'ready').map((r) => r.id);

  function scheduleCompute(force = false): void {
    const plan = get().plan;
    if (!plan) return;
    const key = metricsKey(plan, readyImports(plan));
    if (!force && key === lastKey) return;
    lastKey = key;
    clearTimeout(computeTimer);
    // Typing a date fires once per keystroke: the metrics follow the last one.
    computeTimer = setTimeout(() => void compute(), COMPUTE_DELAY_MS);
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
    const result = await engine.compute(plan.id, ready, stageInputs(plan), plan.editingShareLimit);
    if (seq !== computeSeq || get().plan?.id !== plan.id) return;
    if (result.ok) set({ pilotMetrics: result.value, pilotMetricsStatus: 'ready', pilotMetricsError: null });
    else set({ pilotMetricsStatus: 'error', pilotMetricsError: result.error.message });
  }

  /** Loads the stored rows of every import of a freshly opened plan into the engine. */
  async function loadPlanData(plan: Plan | null): Promise<void> {
    const generation = ++loadGeneration;
    lastKey = null;
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
      const state = await loadImport(plan.id, record.id, record.accepted);
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
      const state = await loadImport(plan.id, record.id, record.accepted);
      if (generation !== loadGeneration) return;
      setImportData(record.id, state);
    }
  }

  async function loadImport(planId: string, importId: string, expectedRows: number): Promise<ImportDataState> {
    const loaded = await api.loadImportData(planId, importId, 'rows');
    if (!loaded.ok) return { status: 'damaged', message: `The imported rows could not be read: ${loaded.error.message}` };
    if (loaded.value === null) {
      return { status: 'missing', message: 'The imported rows are missing from this computer. Remove this import and import the file again.' };
    }
    const decoded = await engine.load(planId, importId, loaded.value);
    if (!decoded.ok) return { status: 'damaged', message: `${decoded.error.message} Remove this import and import the file again.` };
    if (decoded.value.rows !== expectedRows) {
      void engine.drop(planId, importId);
      return {
        status: 'damaged',
        message: `The stored rows (${decoded.value.rows}) do not match this import (${expectedRows} accepted rows). Remove this import and import the file again.`,
      };
    }
    return { status: 'ready', rows: decoded.value.rows };
  }

  function cancelRunning(): void {
    running?.run.cancel();
    running = null;
  }

  /** Deletes the stored rows of removed imports whose Undo toast is gone and that were not restored. */
  function settleRemovals(toastIds: ReadonlySet<number>): void {
    for (const [importId, removal] of pendingRemovals) {
      if (toastIds.has(removal.toastId)) continue;
      pendingRemovals.delete(importId);
      // Undo runs right after its toast is dismissed: look again once it had its turn.
      setTimeout(() => {
        const plan = get().plan;
        if (removal.restored || (plan?.id === removal.planId && plan.imports.some((r) => r.id === importId))) return;
        void api.deleteImportData(removal.planId, importId);
        void engine.drop(removal.planId, importId);
        if (plan?.id === removal.planId) setImportData(importId, null);
      }, 0);
    }
  }

  const slice: PilotDataSlice = {
    pilotMetrics: null,
    pilotMetricsStatus: 'idle',
    pilotMetricsError: null,
    importData: {},
    csvWizard: null,

    openCsvFile: async (file, fileName, options = {}) => {
      const plan = get().plan;
      if (!plan) {
        errorToast(`Open a plan first: “${fileName}” is pilot data and belongs to a plan.`);
        return;
      }
      if (running) {
        errorToast(`An import is still running. Wait for it or cancel it before importing “${fileName}”.`);
        return;
      }
      if (!options.background) get().showTab('data');
      let sample: Uint8Array;
      try {
        sample = await readHead(file, SAMPLE_BYTES);
      } catch (error) {
        errorToast(`“${fileName}” could not be read: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      set({
        csvWizard: {
          planId: plan.id,
          file,
          fileName,
          size: file.size,
          sample,
          sampleHash: file.size <= SAMPLE_BYTES ? sha256Hex(sample) : null,
          kind: null,
          mapping: null,
          settings: {},
          phase: 'setup',
          progress: null,
          error: null,
          importId: null,
        },
      });
    },

    loadSampleData: async (kind, options = {}) => {
      const sample = sampleFile(kind);
      await get().openCsvFile(sample, sample.name, options);
      if (get().csvWizard?.fileName !== sample.name) return;
      patchWizard({ kind });
      if (selectCsvPreview(get())?.ok) await get().runCsvImport();
    },

    setImportKind: (kind) => patchWizard({ kind, mapping: null }),

    setImportField: (fieldId, header) => {
      const preview = selectCsvPreview(get());
      if (!preview?.ok) return;
      const base = preview.value.mapping;
      const fields: Record<string, string | null | undefined> = { ...base.fields };
      // A column feeds one field: taking it here frees it elsewhere.
      if (header !== null) for (const [id, h] of Object.entries(fields)) if (h === header) fields[id] = null;
      fields[fieldId] = header;
      patchWizard({ mapping: { ...base, fields } });
    },

    setImportLatencyUnit: (latencyUnit) => {
      const preview = selectCsvPreview(get());
      if (preview?.ok) patchWizard({ mapping: { ...preview.value.mapping, latencyUnit } });
    },

    setImportSettings: (patch) => {
      const wizard = get().csvWizard;
      if (!wizard) return;
      // Reading the file differently changes its columns: the mapping is proposed again.
      const rereads = 'encoding' in patch || 'delimiter' in patch || 'hasHeader' in patch;
      patchWizard({ settings: { ...wizard.settings, ...patch }, ...(rereads ? { mapping: null } : {}) });
    },

    runCsvImport: async () => {
      const wizard = get().csvWizard;
      const plan = get().plan;
      const preview = selectCsvPreview(get());
      if (!wizard || !plan || wizard.planId !== plan.id || running || !preview?.ok || !preview.value.ready) return;
      if (plan.imports.length >= 500) {
        patchWizard({ phase: 'failed', error: { message: 'This plan holds 500 imports, the most it can keep. Remove old imports first.', details: [] } });
        return;
      }
      const { kind, settings, mapping } = preview.value;
      const token = nextToken++;
      const run = startImport(wizard.file, { kind, settings, mapping, today: get().today, totalBytes: wizard.size }, (progress) => {
        if (running?.token === token) patchWizard({ progress });
      });
      running = { token, run };
      patchWizard({ phase: 'running', progress: null, error: null, importId: null });
      const result = await run.result;
      if (running?.token !== token) return;
      running = null;
      if (!result.ok) {
        if (result.error.reason === 'cancelled') {
          patchWizard({ phase: 'setup', progress: null });
          get().showToast({ message: `Import of “${wizard.fileName}” cancelled: nothing was imported.` });
        } else patchWizard({ phase: 'failed', error: { message: result.error.message, details: result.error.details ?? [] } });
        return;
      }
      const { summary } = result;
      const current = get().plan;
      if (!current || current.id !== wizard.planId) return;
      const earlier = current.imports.find((r) => r.sha256 === summary.sha256 && r.kind === summary.kind);
      if (earlier) {
        patchWizard({ phase: 'duplicate', importId: earlier.id });
        return;
      }

      patchWizard({ phase: 'saving' });
      const importId = newId();
      const stored = await api.saveImportData(current.id, importId, 'rows', result.rows);
      const storedRejected =
        stored.ok && result.rejectedCsv !== null
          ? await api.saveImportData(current.id, importId, 'rejected', utf8Bytes(result.rejectedCsv))
          : stored;
      if (!stored.ok || !storedRejected.ok) {
        void api.deleteImportData(current.id, importId);
        const error = stored.ok ? storedRejected : stored;
        patchWizard({ phase: 'failed', error: { message: `The imported rows could not be stored: ${error.ok ? '' : error.error.message}`, details: [] } });
        return;
      }
      // Into the engine first, so the recomputation the new record triggers already counts it.
      setImportData(importId, { status: 'loading' });
      const loaded = await engine.load(current.id, importId, result.rows);
      setImportData(importId, loaded.ok ? { status: 'ready', rows: loaded.value.rows } : { status: 'damaged', message: loaded.error.message });
      const record = toImportRecord({ id: importId, fileName: wizard.fileName, importedAt: now().toISOString(), summary });
      get().editPlan((p) => ({
        ...p,
        imports: [...p.imports, record],
        columnMappings: { ...p.columnMappings, [summary.kind]: toStoredMapping(summary.mapping) },
      }));
      patchWizard({ phase: 'done', importId });
    },

    cancelCsvImport: () => {
      // The worker is stopped at once; `runCsvImport` reports the cancellation.
      running?.run.cancel();
    },

    backToImportSetup: () => patchWizard({ phase: 'setup', error: null, progress: null }),

    closeCsvImport: () => {
      cancelRunning();
      set({ csvWizard: null });
    },

    removeImport: (importId) => {
      const plan = get().plan;
      const index = plan?.imports.findIndex((r) => r.id === importId) ?? -1;
      const record = plan?.imports[index];
      if (!plan || !record) return;
      get().editPlan((p) => ({ ...p, imports: p.imports.filter((r) => r.id !== importId) }));
      const removal = { planId: plan.id, toastId: 0, restored: false };
      removal.toastId = get().showToast({
        message: `Removed the import of “${record.fileName}”`,
        planId: plan.id,
        undo: () => {
          removal.restored = true;
          get().editPlan((p) =>
            p.id !== removal.planId || p.imports.some((r) => r.id === importId)
              ? p
              : { ...p, imports: [...p.imports.slice(0, index), record, ...p.imports.slice(index)] },
          );
        },
      });
      pendingRemovals.set(importId, removal);
    },

    downloadRejectedRows: async (importId) => {
      const plan = get().plan;
      const record = plan?.imports.find((r) => r.id === importId);
      if (!plan || !record) return;
      const loaded = await api.loadImportData(plan.id, importId, 'rejected');
      if (!loaded.ok) return errorToast(`The rejected rows could not be read: ${loaded.error.message}`);
      if (loaded.value === null) return errorToast(`The rejected rows of “${record.fileName}” are not stored on this computer.`);
      // The file starts with a byte order mark for Excel; decoding must keep it.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(loaded.value);
      const stem = record.fileName.replace(/\.[^.]*$/, '') || 'import';
      const saved = await api.saveTextFile({ suggestedName: `${stem}-rejected-rows.csv`.slice(0, 200), text, kind: 'csv' });
      if (!saved.ok) errorToast(`The rejected rows could not be saved: ${saved.error.message}`);
      else if (saved.value.saved) get().showToast({ message: `Saved ${formatCount(record.rejected)} rejected rows as “${saved.value.fileName}”.` });
    },

    downloadTemplate: async (kind) => {
      const saved = await api.saveTextFile({ suggestedName: templateFileName(kind), text: templateCsv(kind), kind: 'csv' });
      if (!saved.ok) errorToast(`The template could not be saved: ${saved.error.message}`);
    },

    setEditingShareLimit: (limit) => {
      if (!Number.isFinite(limit) || limit < 0 || limit > 100) return;
      get().editPlan((plan) => (plan.editingShareLimit === limit ? plan : { ...plan, editingShareLimit: limit }));
    },

    updateThresholdsFromTests: () => {
      const plan = get().plan;
      const tests = get().pilotMetrics?.tests ?? null;
      if (!plan || !tests) return;
      const date = localIsoDate(now());
      const { thresholds, updated } = measureThresholds(plan.thresholds, tests.overall, date, testResultsSource(plan.imports));
      if (updated.length === 0) {
        get().showToast({
          tone: 'error',
          message: 'No threshold measures accuracy, hallucination rate or average response time. Add those defaults on the Thresholds tab first.',
        });
        return;
      }
      get().editPlan((p) => ({ ...p, thresholds }));
      get().showToast({ message: `Measured values updated from the test results: ${updated.join(', ')}.`, planId: plan.id });
    },

    syncPilotData: (state, previous) => {
      if (state.toasts !== previous.toasts && pendingRemovals.size > 0) settleRemovals(new Set(state.toasts.map((t) => t.id)));
      const plan = state.plan;
      if (plan?.id !== previous.plan?.id) {
        if (state.csvWizard && state.csvWizard.planId !== plan?.id) {
          cancelRunning();
          set({ csvWizard: null });
        }
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
  return slice;
};

/** Keeps the pilot data in step with the store: loads on plan open, recomputes on relevant edits, settles removals. */
export function watchPilotData(store: AppStore): () => void {
  return store.subscribe((state, previous) => state.syncPilotData(state, previous));
}

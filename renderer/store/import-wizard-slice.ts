import { SAMPLE_BYTES, sha256Hex, type CsvPreview, type CsvResult, type ImportKind, type ImportProgress } from '../../shared/csv';
import { mergeIncidents } from '../../shared/incidents';
import { decodeColumns } from '../../shared/metrics';
import { storedChecksum } from '../../shared/metrics/columnar-checksum';
import { newId } from '../../shared/model/ids';
import { readHead } from '../import/file-chunks';
import { mark, prepareImportWorker, startImport, type PreparedImportWorker, type RunningImport } from '../import/import-client';
import { bundledSampleFile, sampleFile } from '../import/sample-files';
import type { SampleFile } from '../../shared/model/sample-plans';
import { toImportRecord, toStoredMapping } from '../import/to-import-record';
import { utf8Bytes } from '../import/fresh-rows';
import { sealRejectedRows } from '../../shared/csv/rejected-part';
import { createPreviewClient, type PreviewClient } from '../import/preview-client';
import { keptImportOf, previewRequest, selectCsvPreview, selectEarlierImport } from './pilot-data-selectors';
import { CHANGED_FIRST } from './plan-edit-slice';
import { selectChangedOutside } from './plans-selectors';
import type { SliceCreator } from './types';
import { isWorkbookFile } from '../../shared/xlsx/container';
import { createWorkbookActions, freshWizard } from './workbook-wizard';
import { createImportChoiceActions, type ImportChoiceActions } from './import-choices';
import type { CsvWizard } from './import-wizard-state';

export type { CsvWizard, CsvWizardPhase } from './import-wizard-state';

/** The import wizard on the Pilot data tab: the file, the user's choices and answers, the run and its outcome. */
export interface ImportWizardSlice extends ImportChoiceActions {
  csvWizard: CsvWizard | null;
  /**
   * Starts the import wizard for a chosen or dropped file. `background`: the wizard runs without
   * taking the user to the Pilot data tab (the sample plan's imports).
   */
  openCsvFile(file: Blob, fileName: string, options?: { readonly background?: boolean }): Promise<void>;
  /** Imports a bundled sample file in one go (through the same wizard and worker as any file). */
  loadSampleData(kind: ImportKind, options?: { readonly background?: boolean }): Promise<void>;
  /** Imports one file of a sample plan, as its kind, in one go. */
  loadSampleFile(file: SampleFile, options?: { readonly background?: boolean }): Promise<void>;
  /** Reads another sheet of the workbook being imported. */
  chooseImportSheet(name: string): Promise<void>;
  runCsvImport(): Promise<void>;
  /** Imports the file again in place of the earlier import of the same file (other kind or columns). */
  replaceEarlierImport(): Promise<void>;
  cancelCsvImport(): void;
  /** Back from a failed run to the settings. */
  backToImportSetup(): void;
  closeCsvImport(): void;
  /** Asks for a new preview when its inputs changed; called by `watchPilotData`. */
  syncImportPreview(): void;
}

export const createImportWizardSlice: SliceCreator<ImportWizardSlice> = (set, get, { api, now }) => {
  let running: { readonly token: number; readonly run: RunningImport } | null = null;
  /** The open wizard's import worker, started as the file was chosen (see `prepareImportWorker`). */
  let prepared: PreparedImportWorker | null = null;
  const releasePrepared = (): void => {
    prepared?.dispose();
    prepared = null;
  };
  let nextToken = 1;
  const workbooks = createWorkbookActions(set, get);

  const patchWizard = (patch: Partial<CsvWizard>): void =>
    set((state) => (state.csvWizard ? { csvWizard: { ...state.csvWizard, ...patch } } : {}));

  const errorToast = (message: string): void => void get().showToast({ tone: 'error', message });

  function cancelRunning(): void {
    running?.run.cancel();
    running = null;
  }

  let previews: PreviewClient | null = null;
  let lastInputs: readonly unknown[] | null = null;
  let waiting: (() => void)[] = [];

  /** The preview of the current choices, once the worker has answered. */
  function currentPreview(): Promise<CsvResult<CsvPreview> | null> {
    if (!get().csvWizard || get().csvWizard?.preview) return Promise.resolve(selectCsvPreview(get()));
    return new Promise((resolve) => waiting.push(() => resolve(selectCsvPreview(get()))));
  }

  /** A bundled sample through the same wizard and worker as any file, without questions: the samples are ours. */
  async function loadSample(sample: File, kind: ImportKind, options: { readonly background?: boolean }): Promise<void> {
    await get().openCsvFile(sample, sample.name, options);
    if (get().csvWizard?.fileName !== sample.name) return;
    // The samples are ours, dated for the sample plan: rows outside its stages are reported by the metrics.
    patchWizard({ kind, settings: { fileStage: '' }, warningsConfirmed: true });
    if ((await currentPreview())?.ok) await get().runCsvImport();
  }

  return {
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
      if (isWorkbookFile(fileName, sample)) return workbooks.open(plan.id, file, fileName);
      const sampleHash = file.size <= SAMPLE_BYTES ? sha256Hex(sample) : null;
      // Its module loads while the user looks at the preview, not after the click on Import.
      releasePrepared();
      prepared = prepareImportWorker(file.size);
      set({ csvWizard: freshWizard({ planId: plan.id, file, fileName, size: file.size, sample, sampleHash, workbook: null }) });
    },

    loadSampleData: (kind, options = {}) => loadSample(sampleFile(kind), kind, options),

    loadSampleFile: (file, options = {}) => loadSample(bundledSampleFile(file), file.kind, options),
    chooseImportSheet: (name) => workbooks.chooseSheet(name),

    ...createImportChoiceActions(get, patchWizard),

    runCsvImport: async () => {
      const wizard = get().csvWizard;
      const plan = get().plan;
      const preview = selectCsvPreview(get());
      if (!wizard || !plan || wizard.planId !== plan.id || running || !preview?.ok || !preview.value.ready) return;
      const { plausibility } = preview.value;
      if (plausibility.blocked !== null || (plausibility.warnings.length > 0 && !wizard.warningsConfirmed)) return;
      if (plan.imports.length >= 500) {
        patchWizard({ phase: 'failed', error: { message: 'This plan holds 500 imports, the most it can keep. Remove old imports first.', details: [] } });
        return;
      }
      const { kind, settings, mapping } = preview.value;
      const workbook = wizard.workbook;
      if (workbook && (workbook.sheet === null || workbook.sha256 === null)) return;
      const token = nextToken++;
      const onProgress = (progress: ImportProgress): void => {
        if (running?.token === token) patchWizard({ progress });
      };
      // A workbook's sheet is imported from its CSV text; the fingerprint is the workbook's own, taken when it was read.
      const ahead = prepared;
      prepared = null;
      const run = startImport(wizard.file, { kind, settings, mapping, today: get().today, totalBytes: wizard.size }, onProgress, workbook?.sha256 ?? undefined, {
        prepared: ahead,
        onSample: (sample) => {
          if (running?.token === token) get().warmPilotMetrics(wizard.planId, sample);
        },
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
      const summary = workbook ? { ...result.summary, bytes: workbook.size } : result.summary;
      const current = get().plan;
      if (!current || current.id !== wizard.planId) return;
      if (summary.accepted === 0) {
        // Nothing would count: no record is kept, so the file is not "already imported" next time.
        const reason = summary.rejections[0]?.examples[0]?.message;
        patchWizard({
          phase: 'failed',
          error: { message: `Every row of the file was rejected (${summary.rejected}), so nothing was kept.${reason ? ` For example: ${reason}.` : ''}`, details: [] },
        });
        return;
      }
      const earlier = keptImportOf(current, summary.sha256);
      const replacing = earlier !== null && wizard.replaceImportId === earlier.id;
      if (earlier && !replacing) {
        patchWizard({ phase: 'duplicate', importId: earlier.id });
        return;
      }

      // Changed outside the app and not accepted: its rows would be stored for a plan nothing can be saved to.
      if (selectChangedOutside(get()) !== null) {
        patchWizard({ phase: 'failed', error: { message: CHANGED_FIRST, details: [] } });
        return;
      }
      patchWizard({ phase: 'saving' });
      // An incidents file feeds the plan's register in the same edit as its record, so the log names the file.
      // Decoded before the rows go to storage and the metrics worker (which may take their buffer).
      const decoded = summary.kind === 'incidents' ? decodeColumns(result.rows) : null;
      const incidentColumns = decoded?.ok && decoded.value.kind === 'incidents' ? decoded.value : null;
      const merge = incidentColumns === null ? null : mergeIncidents(current.incidents, incidentColumns, current.stages);
      const importId = newId();
      // Read before the rows go to the worker (which may take their buffer): the record keeps it, tying these rows to it.
      const rowsChecksum = storedChecksum(result.rows);
      // In the browser the metrics worker saves the rows and the rejected rows itself (the same rule as the
      // API): 34 MB for a million rows are no longer cloned into IndexedDB, nor the rejected rows encoded,
      // on the UI thread. Elsewhere they go through the API.
      const storing = get().storeImportRows(current.id, importId, result.rows, { replacing: replacing ? earlier.id : null, rejectedCsv: result.rejectedCsv });
      const stored = storing ? await storing : await api.saveImportData(current.id, importId, 'rows', result.rows);
      const storedRejected =
        !storing && stored.ok && result.rejectedCsv !== null
          ? await api.saveImportData(current.id, importId, 'rejected', sealRejectedRows(utf8Bytes(result.rejectedCsv)))
          : stored;
      if (!stored.ok || !storedRejected.ok) {
        void api.deleteImportData(current.id, importId);
        if (storing) get().forgetImportRows(current.id, importId);
        const error = stored.ok ? storedRejected : stored;
        patchWizard({ phase: 'failed', error: { message: `The imported rows could not be stored: ${error.ok ? '' : error.error.message}`, details: [] } });
        return;
      }
      if (!storing) await get().loadImportRows(current.id, importId, result.rows);
      // Another plan was opened while the rows were stored: the record must not join that plan. The rows go.
      if (get().plan?.id !== current.id) {
        void api.deleteImportData(current.id, importId);
        get().forgetImportRows(current.id, importId);
        get().showToast({ message: `Import of “${wizard.fileName}” stopped: another plan was opened before it finished. Nothing was imported; import it again in “${current.name}”.` });
        return;
      }
      mark('rr:import-stored');
      const record = toImportRecord({ id: importId, fileName: wizard.fileName, importedAt: now().toISOString(), summary, sheet: workbook?.sheet ?? null, rowsChecksum });
      get().editPlan((p) => ({
        ...p,
        imports: [...p.imports, record],
        columnMappings: { ...p.columnMappings, [summary.kind]: toStoredMapping(summary.mapping) },
        ...(incidentColumns === null ? {} : { incidents: mergeIncidents(p.incidents, incidentColumns, p.stages).incidents }),
      }));
      if (replacing) get().removeImport(earlier.id);
      // "Imported" is said once the plan holding the import is stored, not while its save is pending.
      const planSaved = await get().flushSave();
      // The wizard was closed (or another file opened) meanwhile: the import stands, the outcome goes unsaid.
      if (get().csvWizard?.file !== wizard.file) return;
      patchWizard({
        phase: 'done',
        importId,
        ...(merge === null ? {} : { incidentMerge: merge }),
        ...(planSaved ? {} : { planNotSaved: get().save.message ?? 'unknown error' }),
      });
    },

    replaceEarlierImport: async () => {
      const wizard = get().csvWizard;
      const plan = get().plan;
      if (!wizard || !plan) return;
      const earlier = wizard.phase === 'duplicate' ? plan.imports.find((r) => r.id === wizard.importId) : selectEarlierImport(get());
      if (!earlier) return;
      patchWizard({ replaceImportId: earlier.id, phase: 'setup', warningsConfirmed: wizard.warningsConfirmed });
      await get().runCsvImport();
    },

    cancelCsvImport: () => {
      // The worker is stopped at once; `runCsvImport` reports the cancellation.
      running?.run.cancel();
    },

    backToImportSetup: () => patchWizard({ phase: 'setup', error: null, progress: null }),

    closeCsvImport: () => {
      cancelRunning();
      releasePrepared();
      previews?.dispose();
      previews = null;
      lastInputs = null;
      set({ csvWizard: null });
    },

    syncImportPreview: () => {
      // While the file is imported and once it is done nothing shows the preview; the import's own
      // edit of the plan (the remembered mapping) would otherwise recompute it beside the metrics.
      // Back at the settings (or at a duplicate's offer to replace) it follows its inputs again.
      const phase = get().csvWizard?.phase;
      if (phase === 'running' || phase === 'saving' || phase === 'done') return;
      const request = previewRequest(get());
      if (!request) {
        lastInputs = null;
        return;
      }
      const same = lastInputs !== null && lastInputs.length === request.inputs.length && lastInputs.every((v, i) => v === request.inputs[i]);
      if (same) return;
      lastInputs = request.inputs;
      const planId = get().csvWizard?.planId;
      if (get().csvWizard?.preview) patchWizard({ preview: null });
      previews ??= createPreviewClient();
      previews.request(request.sample, request.options, (result) => {
        if (get().csvWizard?.planId !== planId || lastInputs !== request.inputs) return;
        patchWizard({ preview: result });
        const done = waiting;
        waiting = [];
        for (const resolve of done) resolve();
      });
    },

  };
};

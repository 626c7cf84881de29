import { previewCsv, type ColumnMapping, type CsvPreview, type CsvResult, type CsvSettings, type ImportKind } from '../../shared/csv';
import type { ObservationLookup } from '../../shared/gates/observations';
import { withIncidents } from '../../shared/incidents';
import { computeMetrics, observationLookup, withHandValues, type PilotMetrics } from '../../shared/metrics';
import type { ImportRecord } from '../../shared/model/import-record';
import type { HandValue, Incident, Plan, Stage } from '../../shared/model/schema';
import { memoLast } from './memo';
import type { AppState } from './types';

const emptyMetricsOf = memoLast((stages: Plan['stages'], limit: number) => computeMetrics({}, stages, { editingShareLimit: limit }));

/** The open plan's pilot metrics; metrics of no data at all until the rows are loaded. */
export const selectPilotMetrics = (state: AppState): PilotMetrics | null => {
  if (state.pilotMetrics) return state.pilotMetrics;
  const plan = state.plan;
  return plan ? emptyMetricsOf(plan.stages, plan.editingShareLimit) : null;
};

const lookupOf = memoLast((metrics: PilotMetrics) => observationLookup(metrics));
// Files first; then the incident register (critical incidents); then hand-recorded values.
const recordedOf = memoLast(
  (
    lookup: ObservationLookup,
    handValues: readonly HandValue[],
    stages: readonly Stage[],
    incidents: readonly Incident[],
    incidentsKeptSince: Plan['incidentsKeptSince'],
    today: string,
  ) => withHandValues(withIncidents(lookup, { stages, incidents, incidentsKeptSince }, today), handValues),
);

const NONE: readonly never[] = [];

/** What the gate rules see of the pilot data, the incident register and the hand-recorded values, for `evaluateStage`/`evaluatePlan`. */
export const selectObservationLookup = (state: AppState): ObservationLookup | null => {
  const metrics = selectPilotMetrics(state);
  const plan = state.plan;
  if (!metrics) return null;
  return recordedOf(lookupOf(metrics), plan?.handValues ?? NONE, plan?.stages ?? NONE, plan?.incidents ?? NONE, plan?.incidentsKeptSince ?? null, state.today);
};

/** The pilot files alone, without hand values: what tells whether a hand value is used or set aside. */
export const selectFileLookup = (state: AppState): ObservationLookup | null => {
  const metrics = selectPilotMetrics(state);
  return metrics ? lookupOf(metrics) : null;
};

const previewOf = memoLast(
  (
    sample: Uint8Array,
    totalBytes: number,
    kind: ImportKind | null,
    mapping: ColumnMapping | null,
    settings: Partial<CsvSettings>,
    remembered: Plan['columnMappings'] | null,
    today: string,
  ): CsvResult<CsvPreview> => {
    const options = { totalBytes, settings, today, ...(kind ? { kind } : {}), ...(mapping ? { mapping } : {}) };
    const first = previewCsv(sample, options);
    // The remembered mapping is per kind, and the kind is only known once the headers are read.
    if (!first.ok || mapping) return first;
    const rememberedMapping = remembered?.[first.value.kind] ?? null;
    return rememberedMapping ? previewCsv(sample, { ...options, kind: first.value.kind, remembered: rememberedMapping }) : first;
  },
);

/**
 * What the import wizard shows: detected settings, the proposed (or edited) mapping, open questions
 * and the first rows as parsed values. Derived from the file's first 64 KB and the user's choices.
 */
export const selectCsvPreview = (state: AppState): CsvResult<CsvPreview> | null => {
  const wizard = state.csvWizard;
  if (!wizard) return null;
  return previewOf(
    wizard.sample,
    wizard.size,
    wizard.kind,
    wizard.mapping,
    wizard.settings,
    state.plan?.columnMappings ?? null,
    state.today,
  );
};

/** An earlier import of the open plan with the same bytes and kind (shown before importing when the file is small). */
export const selectEarlierImport = (state: AppState): ImportRecord | null => {
  const wizard = state.csvWizard;
  const preview = selectCsvPreview(state);
  if (!wizard || !preview?.ok || !state.plan) return null;
  if (wizard.phase === 'duplicate') return state.plan.imports.find((r) => r.id === wizard.importId) ?? null;
  if (wizard.sampleHash === null) return null;
  return state.plan.imports.find((r) => r.sha256 === wizard.sampleHash && r.kind === preview.value.kind) ?? null;
};

/** The import the wizard just created. */
export const selectWizardRecord = (state: AppState): ImportRecord | null => {
  const wizard = state.csvWizard;
  if (!wizard || wizard.phase !== 'done' || !state.plan) return null;
  return state.plan.imports.find((r) => r.id === wizard.importId) ?? null;
};

const noImports: readonly ImportRecord[] = [];

export const selectImports = (state: AppState): readonly ImportRecord[] => state.plan?.imports ?? noImports;

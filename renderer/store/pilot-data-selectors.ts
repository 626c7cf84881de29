import type { ColumnMapping, CsvPreview, CsvResult, CsvSettings, ImportKind, PreviewOptions } from '../../shared/csv';
import type { ObservationLookup } from '../../shared/gates/observations';
import { withIncidents } from '../../shared/incidents';
import { computeMetrics, metricsOptionsOf, observationLookup, sampledLogs, withHandValues, withSampledLogs, withUnavailableImports, withWeeklyFigures, type PilotMetrics, type UnavailableImport } from '../../shared/metrics';
import type { ImportRecord } from '../../shared/model/import-record';
import type { HandValue, Incident, Plan, Stage } from '../../shared/model/schema';
import { acceptedRowsNote, isRowPlacementWarning, notCountedText } from '../../shared/metrics/warnings';
import { memoLast } from './memo';
import type { AppState } from './types';
import type { CsvWizard } from './import-wizard-state';

const emptyMetricsOf = memoLast((stages: Plan['stages'], limit: number, minutes: number | null) =>
  computeMetrics({}, stages, metricsOptionsOf({ stages, editingShareLimit: limit, manualMinutesPerTask: minutes })),
);

const noTexts: readonly string[] = [];
const warningTextsOf = memoLast((metrics: PilotMetrics | null): readonly string[] => {
  const figures = metrics?.warnings.filter((w) => !isRowPlacementWarning(w.code)) ?? [];
  return figures.length === 0 ? noTexts : figures.map((w) => w.message);
});
/**
 * The pilot metrics' warnings about figures (a re-run, repeat ratings, more active than enrolled), as the Pilot data
 * tab words them; rows that count nowhere are said beside their file (`selectNotCounted`).
 */
export const selectDataWarningTexts = (state: AppState): readonly string[] => warningTextsOf(state.pilotMetrics);

const noneNotCounted: Readonly<Record<string, string>> = {};
const notCountedOf = memoLast((metrics: PilotMetrics | null): Readonly<Record<string, string>> => {
  const entries = (metrics?.imports ?? []).flatMap((i) => {
    const text = notCountedText(i.unplaced);
    return text === null ? [] : [[i.importId, text] as const];
  });
  return entries.length === 0 ? noneNotCounted : Object.fromEntries(entries);
});
/** Per import id, its rows that count in no stage and why, for the printed data sources. */
export const selectNotCounted = (state: AppState): Readonly<Record<string, string>> => notCountedOf(state.pilotMetrics);

/**
 * What an import's "N rows accepted" must be read with when some rows count in no stage ("None of these 200 rows
 * falls in any stage's dates: …"); null when all count or while the figures are still being worked out.
 */
export const selectAcceptedRowsNote = (state: AppState, record: ImportRecord): string | null => {
  const metrics = state.pilotMetrics;
  if (!metrics) return null;
  return acceptedRowsNote(record, metrics.imports.find((i) => i.importId === record.id), metrics.stages);
};

/** The open plan's pilot metrics; metrics of no data at all until the rows are loaded. */
export const selectPilotMetrics = (state: AppState): PilotMetrics | null => {
  if (state.pilotMetrics) return state.pilotMetrics;
  const plan = state.plan;
  return plan ? emptyMetricsOf(plan.stages, plan.editingShareLimit, plan.manualMinutesPerTask) : null;
};

const NO_FIGURES: readonly never[] = [];
const noImports: readonly ImportRecord[] = [];
const namesOf = memoLast((imports: readonly ImportRecord[]) => new Map(imports.map((r) => [r.id, r.fileName])));
// Row-level files, with the weekly-figures files beside them (a week both give is "cannot tell"); a listed
// import whose rows are missing or damaged makes its metrics "cannot measure", never judged on the rest.
const sampledOf = memoLast(sampledLogs);
// A sampled log marks the shares read from its own rows, before the weekly figures join them.
const lookupOf = memoLast((metrics: PilotMetrics, imports: readonly ImportRecord[], unavailable: readonly UnavailableImport[]) =>
  withUnavailableImports(withWeeklyFigures(withSampledLogs(observationLookup(metrics), sampledOf(imports), metrics), metrics.figures ?? NO_FIGURES, namesOf(imports)), unavailable),
);
const unavailableOf = memoLast((imports: readonly ImportRecord[], data: AppState['importData']): readonly UnavailableImport[] =>
  imports.flatMap((r) => {
    const status = data[r.id]?.status;
    return status === 'missing' || status === 'damaged' ? [{ kind: r.kind, fileName: r.fileName }] : [];
  }),
);
/** The open plan's listed imports whose rows are missing or damaged here: their metrics are "cannot measure" everywhere. */
export const selectUnavailableImports = (state: AppState): readonly UnavailableImport[] =>
  unavailableOf(state.plan?.imports ?? noImports, state.importData);

const unreadableIdsOf = memoLast((imports: readonly ImportRecord[], data: AppState['importData']): readonly string[] =>
  imports.filter((r) => data[r.id]?.status === 'missing' || data[r.id]?.status === 'damaged').map((r) => r.id),
);
/** The ids of those imports, for the printed data sources. */
export const selectUnreadableImportIds = (state: AppState): readonly string[] => unreadableIdsOf(state.plan?.imports ?? noImports, state.importData);

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
  const imports = plan?.imports ?? noImports;
  return recordedOf(lookupOf(metrics, imports, unavailableOf(imports, state.importData)), plan?.handValues ?? NONE, plan?.stages ?? NONE, plan?.incidents ?? NONE, plan?.incidentsKeptSince ?? null, state.today);
};

/** The pilot files alone, without hand values: what tells whether a hand value is used or set aside. */
export const selectFileLookup = (state: AppState): ObservationLookup | null => {
  const metrics = selectPilotMetrics(state);
  const imports = state.plan?.imports ?? noImports;
  return metrics ? lookupOf(metrics, imports, unavailableOf(imports, state.importData)) : null;
};

/**
 * The wizard's settings with what the workbook reader knows for sure of its sheet's text: its decimal mark and the
 * workbook's date system. Added here, not kept among the answers: a new kind or sheet clears those, and these must stay.
 */
function withWorkbookFacts(wizard: CsvWizard): Partial<CsvSettings> {
  const workbook = wizard.workbook;
  if (!workbook) return wizard.settings;
  return { decimalComma: workbook.decimalComma, ...(workbook.date1904 ? { excelDateSystem: '1904' as const } : {}), ...wizard.settings };
}

/** What the preview of the wizard's file is computed from: the file's first 64 KB and the user's choices. */
export function previewRequest(state: AppState): { readonly sample: Uint8Array; readonly options: PreviewOptions; readonly inputs: readonly unknown[] } | null {
  const wizard = state.csvWizard;
  if (!wizard) return null;
  const plan = state.plan;
  const options: PreviewOptions = {
    planStages: plan?.stages ?? [],
    totalBytes: wizard.size,
    settings: withWorkbookFacts(wizard),
    today: state.today,
    rememberedByKind: plan?.columnMappings ?? null,
    ...(wizard.kind ? { kind: wizard.kind } : {}),
    ...(wizard.mapping ? { mapping: wizard.mapping } : {}),
  };
  // Compared item by item: the preview is computed again only when one of these changed.
  const inputs = [wizard.sample, wizard.size, wizard.kind, wizard.mapping, wizard.settings, plan?.stages, plan?.columnMappings, state.today];
  return { sample: wizard.sample, options, inputs };
}

/**
 * What the import wizard shows: detected settings, the proposed (or edited) mapping, open questions,
 * plausibility checks and the first rows as parsed values. Computed off the UI thread (the preview
 * worker) from the file's first 64 KB and the user's choices; null while it is being computed.
 */
export const selectCsvPreview = (state: AppState): CsvResult<CsvPreview> | null => state.csvWizard?.preview ?? null;

/** The kept import of these bytes: only imports that were kept with rows count (a failed or empty one leaves no trace). */
export function keptImportOf(plan: Plan, sha256: string): ImportRecord | null {
  return plan.imports.find((r) => r.sha256 === sha256 && r.accepted > 0) ?? null;
}

/** Whether an earlier import read the file the same way (same kind and columns): importing again would only double it. */
export function sameReading(record: ImportRecord, kind: ImportKind, mapping: ColumnMapping): boolean {
  if (record.kind !== kind) return false;
  const keys = new Set([...Object.keys(record.mapping.fields), ...Object.keys(mapping.fields)]);
  for (const key of keys) if ((record.mapping.fields[key] ?? null) !== (mapping.fields[key] ?? null)) return false;
  return true;
}

/** An earlier kept import of the open plan with the same bytes (known before importing when the file is small). */
export const selectEarlierImport = (state: AppState): ImportRecord | null => {
  const wizard = state.csvWizard;
  const preview = selectCsvPreview(state);
  if (!wizard || !preview?.ok || !state.plan) return null;
  if (wizard.phase === 'duplicate') return state.plan.imports.find((r) => r.id === wizard.importId) ?? null;
  if (wizard.sampleHash === null) return null;
  return keptImportOf(state.plan, wizard.sampleHash);
};

/** The import the wizard just created. */
export const selectWizardRecord = (state: AppState): ImportRecord | null => {
  const wizard = state.csvWizard;
  if (!wizard || wizard.phase !== 'done' || !state.plan) return null;
  return state.plan.imports.find((r) => r.id === wizard.importId) ?? null;
};

export const selectImports = (state: AppState): readonly ImportRecord[] => state.plan?.imports ?? noImports;

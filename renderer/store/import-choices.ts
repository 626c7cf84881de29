/**
 * The user's choices in the import wizard before anything is imported: the kind, which column feeds
 * which field, the latency unit, how the file is read, and the confirmation of the plausibility
 * warnings. Each choice changes only the wizard; the preview follows it (`syncImportPreview`).
 */
import type { ColumnMapping, CsvSettings, ImportKind } from '../../shared/csv';
import { remapField } from '../../shared/csv/latency-unit';
import type { CsvWizard } from './import-wizard-state';
import { selectCsvPreview } from './pilot-data-selectors';
import type { GetState } from './types';

export interface ImportChoiceActions {
  setImportKind(kind: ImportKind): void;
  /** Maps a field to a column (by header), or unmaps it with null. */
  setImportField(fieldId: string, header: string | null): void;
  setImportLatencyUnit(unit: ColumnMapping['latencyUnit']): void;
  setImportSettings(patch: Partial<CsvSettings>): void;
  /** Confirms (or withdraws) the preview's plausibility warnings. */
  confirmImportWarnings(confirmed: boolean): void;
}

export function createImportChoiceActions(get: GetState, patchWizard: (patch: Partial<CsvWizard>) => void): ImportChoiceActions {
  return {
    setImportKind: (kind) => patchWizard({ kind, mapping: null, warningsConfirmed: false }),

    confirmImportWarnings: (confirmed) => patchWizard({ warningsConfirmed: confirmed }),

    setImportField: (fieldId, header) => {
      const wizard = get().csvWizard;
      const preview = selectCsvPreview(get());
      if (!wizard || !preview?.ok) return;
      const base = preview.value.mapping;
      const mapping = remapField(base, fieldId, header);
      // An answer about the latency or cost unit was about the column it asked of: another column is asked again.
      const moved = (field: string): boolean => (mapping.fields[field] ?? null) !== (base.fields[field] ?? null);
      const { latencyUnit, costUnit, ...otherSettings } = wizard.settings;
      const settings = { ...otherSettings, ...(moved('latency') || latencyUnit === undefined ? {} : { latencyUnit }), ...(moved('cost') || costUnit === undefined ? {} : { costUnit }) };
      patchWizard({ mapping, warningsConfirmed: false, ...(moved('latency') || moved('cost') ? { settings } : {}) });
    },

    setImportLatencyUnit: (latencyUnit) => {
      const preview = selectCsvPreview(get());
      if (preview?.ok) patchWizard({ mapping: { ...preview.value.mapping, latencyUnit } });
    },

    setImportSettings: (patch) => {
      const wizard = get().csvWizard;
      if (!wizard) return;
      // Reading the file differently changes its columns: the mapping is proposed again.
      const rereads = 'encoding' in patch || 'delimiter' in patch || 'hasHeader' in patch || 'skipTop' in patch || 'extraHeaderRows' in patch;
      patchWizard({ settings: { ...wizard.settings, ...patch }, warningsConfirmed: false, ...(rereads ? { mapping: null } : {}) });
    },
  };
}

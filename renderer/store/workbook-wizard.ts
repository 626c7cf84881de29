/**
 * The workbook step of the import wizard: an .xlsx file is read in a worker, the user chooses the
 * sheet when more than one holds values, and the chosen sheet becomes the wizard's CSV text (line N =
 * sheet row N). From there the wizard previews, maps, validates and imports it as it does any CSV
 * file; only the provenance differs: the size and SHA-256 are the workbook's, and the sheet is named.
 */
import { NO_SHEET_NOTES, sheetNotes, type SheetNotes, type SheetSummary } from '../../shared/xlsx';
import { readWorkbook } from '../import/workbook-client';
import type { CsvWizard } from './import-wizard-slice';
import type { GetState, SetState } from './types';

export interface WorkbookSource extends SheetNotes {
  /** The .xlsx file itself (the wizard's `file` is the chosen sheet as CSV). */
  readonly file: Blob;
  /** Size of the .xlsx file, as the import record keeps it. */
  readonly size: number;
  /** SHA-256 of the .xlsx bytes; null until the worker has read them. */
  readonly sha256: string | null;
  readonly sheets: readonly SheetSummary[];
  /** The workbook counts days from 1904: every preview and import of its sheets reads serial dates so. */
  readonly date1904: boolean;
  /** The chosen sheet's CSV text writes numbers with a decimal comma (the reader's answer: detection must not guess it). */
  readonly decimalComma: boolean;
  /** The sheet being imported; null while the user is asked to choose. */
  readonly sheet: string | null;
  readonly reading: boolean;
  /** Why the workbook cannot be imported (nothing was read or stored). */
  readonly error: string | null;
}

const noBytes = new Uint8Array(0);

/** A wizard at its first step for a file (or, for a workbook, its chosen sheet as CSV): nothing chosen yet. */
export function freshWizard(source: Pick<CsvWizard, 'planId' | 'file' | 'fileName' | 'size' | 'sample' | 'sampleHash' | 'workbook'>): CsvWizard {
  return {
    ...source,
    kind: null,
    mapping: null,
    settings: {},
    phase: 'setup',
    progress: null,
    error: null,
    importId: null,
    warningsConfirmed: false,
    replaceImportId: null,
    preview: null,
  };
}

export interface WorkbookActions {
  /** Starts the wizard for a workbook: reads it, and its only sheet with values if there is just one. */
  open(planId: string, file: Blob, fileName: string): Promise<void>;
  /** Reads another sheet of the open workbook; the mapping and answers start afresh (the columns differ). */
  chooseSheet(name: string): Promise<void>;
}

export function createWorkbookActions(set: SetState, get: GetState): WorkbookActions {
  /** Reads the workbook (and a sheet) and puts the answer into the wizard, unless the wizard moved on meanwhile. */
  async function read(source: Blob, fileName: string, sheet: string | null): Promise<void> {
    const answer = await readWorkbook({ file: source, fileName, sheet });
    const wizard = get().csvWizard;
    if (!wizard?.workbook || wizard.workbook.file !== source || wizard.fileName !== fileName) return;
    if (!answer.ok) {
      set({ csvWizard: { ...wizard, workbook: { ...wizard.workbook, reading: false, error: answer.error.message } } });
      return;
    }
    const workbook: WorkbookSource = {
      ...wizard.workbook,
      size: answer.size,
      sha256: answer.sha256,
      sheets: answer.sheets,
      date1904: answer.date1904,
      decimalComma: answer.decimalComma,
      sheet: answer.sheet,
      reading: false,
      error: null,
      ...sheetNotes(answer),
    };
    // A new sheet has other columns: kind, mapping and answers start afresh.
    const next = freshWizard({
      planId: wizard.planId,
      fileName: wizard.fileName,
      workbook,
      file: answer.csv ?? new Blob([]),
      size: answer.csv?.size ?? 0,
      sample: answer.sample ?? noBytes,
      // The duplicate check compares the workbook's own fingerprint, known now for a file of any size.
      sampleHash: answer.sha256,
    });
    // A totals row ending the sheet (its cells add up the rows above) is skipped as a line at the bottom, shown and changeable.
    set({ csvWizard: answer.totalsAtEnd > 0 ? { ...next, settings: { skipBottom: answer.totalsAtEnd } } : next });
  }

  return {
    open: async (planId, file, fileName) => {
      const workbook: WorkbookSource = { file, size: file.size, sha256: null, sheets: [], date1904: false, decimalComma: false, sheet: null, reading: true, error: null, ...NO_SHEET_NOTES };
      set({ csvWizard: freshWizard({ planId, file: new Blob([]), fileName, size: 0, sample: noBytes, sampleHash: null, workbook }) });
      await read(file, fileName, null);
    },
    chooseSheet: async (name) => {
      const wizard = get().csvWizard;
      if (!wizard?.workbook || wizard.phase !== 'setup' || wizard.workbook.reading) return;
      set({ csvWizard: { ...wizard, workbook: { ...wizard.workbook, sheet: name, reading: true, error: null } } });
      await read(wizard.workbook.file, wizard.fileName, name);
    },
  };
}

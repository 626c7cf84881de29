import { formatPlural } from '../../shared/format/format';
import { templateCsv, templateFileName, type ImportKind } from '../../shared/csv';
import { openRejectedRows } from '../../shared/csv/rejected-part';
import { savedFileWords } from '../format/saved-file-words';
import type { SliceCreator } from './types';

/** Files the Pilot data tab saves: an import's rejected rows, and the templates. */
export interface ImportDownloadsSlice {
  downloadRejectedRows(importId: string): Promise<void>;
  downloadTemplate(kind: ImportKind): Promise<void>;
}

export const createImportDownloadsSlice: SliceCreator<ImportDownloadsSlice> = (_set, get, { api }) => {
  const errorToast = (message: string): void => void get().showToast({ tone: 'error', message });
  return {
    downloadRejectedRows: async (importId) => {
      const plan = get().plan;
      const record = plan?.imports.find((r) => r.id === importId);
      if (!plan || !record) return;
      const loaded = await api.loadImportData(plan.id, importId, 'rejected');
      if (!loaded.ok) return errorToast(`The rejected rows could not be read: ${loaded.error.message}`);
      if (loaded.value === null) return errorToast(`The rejected rows of “${record.fileName}” are not stored on this computer.`);
      // Checked like the accepted rows: a changed byte would hand out a line the file never had.
      const opened = openRejectedRows(loaded.value);
      if (!opened.ok) {
        return errorToast(`The rejected rows of “${record.fileName}” are damaged (${opened.problem}), so they were not saved. Remove the import and import the file again to get them back.`);
      }
      // The file starts with a byte order mark for Excel; decoding must keep it.
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(opened.csv);
      const stem = record.fileName.replace(/\.[^.]*$/, '') || 'import';
      const saved = await api.saveTextFile({ suggestedName: `${stem}-rejected-rows.csv`.slice(0, 200), text, kind: 'csv' });
      if (!saved.ok) errorToast(`The rejected rows could not be saved: ${saved.error.message}`);
      else if (saved.value.saved) {
        const rows = formatPlural(record.rejected, 'rejected row');
        get().showToast({ message: savedFileWords(saved.value, `Saved ${rows} as “${saved.value.fileName}”.`, rows) });
      }
    },

    downloadTemplate: async (kind) => {
      const saved = await api.saveTextFile({ suggestedName: templateFileName(kind), text: templateCsv(kind), kind: 'csv' });
      if (!saved.ok) errorToast(`The template could not be saved: ${saved.error.message}`);
    },

  };
};

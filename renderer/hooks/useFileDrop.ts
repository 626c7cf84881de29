import { useEffect, useState } from 'react';
import { desktopBridge } from '../desktop';
import { useStoreApi } from '../store/useAppStore';

/**
 * Pilot data: text files, and workbooks. An .xls, macro workbook, OpenDocument (.ods) or Numbers file gets
 * its message from the wizard: what it is and how to save it as .xlsx or CSV.
 */
const csvExtensions = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xlsb', '.xls', '.ods', '.numbers'];

/**
 * Dropping a .json plan file anywhere on the window imports it; a .csv/.tsv/.txt/.xlsx file starts the pilot
 * data import of the open plan. Returns whether a file is over the window.
 */
export function useFileDrop(): boolean {
  const store = useStoreApi();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth += 1;
      setOver(true);
    };
    const onLeave = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      const state = store.getState();
      const name = file.name.toLowerCase();
      // Pilot data goes to the import wizard of the open plan (Pilot data tab).
      if (csvExtensions.some((ext) => name.endsWith(ext))) {
        void state.openCsvFile(file, file.name);
        return;
      }
      if (!name.endsWith('.json')) {
        state.openDialog({
          kind: 'error',
          title: 'Not a plan or pilot data file',
          message: `“${file.name}” is neither a plan file (.json, exported with “Export” in the plan actions) nor pilot data (.csv, .tsv, .txt or an Excel .xlsx workbook).`,
          details: [],
        });
        return;
      }
      // Only a handle: the file is read (and its size checked) by the import, off the UI thread.
      void desktopBridge()
        .openDroppedFile(file)
        .then((opened) => {
          if (opened.ok) return state.importPlanFile(opened.value.token);
          state.openDialog({ kind: 'error', title: 'Could not import the file', message: opened.error.message, details: [] });
        });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
  return over;
}

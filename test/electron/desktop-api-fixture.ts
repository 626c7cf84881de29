import { createFileDialogs } from '../../electron/files';
import { createHandlers, type HandlerDeps } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { createOpenedPlanFiles } from '../../shared/service/opened-plan-files';
import type { RolloutService } from '../../shared/service/rollout-service';
import type { TakesFiles } from '../shared/api/import-text';
import { makeFakeWindow } from './fixtures';

// Apart from fixtures.ts: this pulls in electron-store (and so `electron`), which a test that
// mocks `electron` with a factory reading its own variables must not load before them.
/** Dialogs that are always cancelled: tests of the storage rules hand no files to the user. */
export const cancelledDialogs = {
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
};

/**
 * The desktop API over a data folder, as the main process builds it (the shared service over
 * the file-system adapter); opening it again is a restart.
 */
export function openDesktopApi(dataDir: string, options: Omit<HandlerDeps, 'dataDir' | 'files' | 'printer'> & Partial<Pick<HandlerDeps, 'files'>> = {}): TakesFiles & RolloutService {
  const files = options.files ?? createFileDialogs(cancelledDialogs, () => dataDir);
  // The chosen files, as main.ts shares them with the desktop handlers (files opened by the OS, drops).
  const openedFiles = options.openedFiles ?? createOpenedPlanFiles();
  const api = createHandlers({ ...options, dataDir, files, openedFiles, printer: createReportPrinter(makeFakeWindow, files) });
  return { ...api, offerPlanFile: (source) => openedFiles.add(source) };
}

import { createDecisionLog } from '../../../electron/decision-log';
import { createFileDialogs } from '../../../electron/files';
import { createImportDataStore } from '../../../electron/import-data-store';
import { createHandlers } from '../../../electron/ipc';
import { createReportPrinter } from '../../../electron/report-printer';
import { createStorage } from '../../../electron/storage';
import 'fake-indexeddb/auto';
import type { FilePlatform } from '../../../renderer/api/file-platform';
import { createIdbStorage } from '../../../renderer/api/idb-storage';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createStoredApi } from '../../../renderer/api/stored-api';
import type { RolloutApi } from '../../../shared/api';
import type { Plan } from '../../../shared/model/schema';
import { makeFakeWindow, makeTempDir } from '../../electron/fixtures';

/** The clock both services run on in these tests. */
export const CLOCK = new Date('2026-11-25T10:00:00.000Z');

const cleanups: (() => void)[] = [];
let databases = 0;

/** The contract is about storage rules; no test here hands files to the user. */
const noFiles: FilePlatform = {
  saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  savePlanFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  openTextFile: async () => ({ ok: true, value: null }),
  printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
};

/** Removes the temp folders of the adapters opened by the last test. */
export function closeAdapters(): void {
  for (const cleanup of cleanups.splice(0)) cleanup();
}

/**
 * The same API over the desktop's files and over the browser's storage: one set of rules must
 * hold in both. Test files that use this must mock `electron` (electron-store imports it).
 */
export const adapters: [string, (plans: Plan[]) => Promise<RolloutApi>][] = [
  [
    'files (Electron)',
    async (plans) => {
      const { dir, cleanup } = makeTempDir();
      cleanups.push(cleanup);
      const storage = createStorage(dir, { now: () => CLOCK });
      for (const plan of plans) storage.savePlan(plan);
      const dialog = { showSaveDialog: async () => ({ canceled: true, filePath: '' }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }) };
      const files = createFileDialogs(dialog, () => dir);
      return createHandlers({
        storage,
        files,
        importData: createImportDataStore(dir, { planExists: (id) => storage.findSummary(id) !== null }),
        decisions: createDecisionLog(dir, { findPlan: (id) => storage.findSummary(id), getPlan: (id) => storage.getPlan(id), now: () => CLOCK }),
        printer: createReportPrinter(makeFakeWindow, files),
        now: () => CLOCK,
      });
    },
  ],
  ['records (browser, in memory)', async (plans) => createMemoryApi({ plans, now: () => CLOCK })],
  [
    'IndexedDB (browser, fake-indexeddb)',
    async (plans) => {
      databases += 1;
      const api = createStoredApi(createIdbStorage(`contract-${databases}`), noFiles, { now: () => CLOCK });
      for (const plan of plans) await api.savePlan(plan);
      return api;
    },
  ],
];

import type { FilePlatform } from '../../../shared/service/file-platform';

/** A file platform for storage tests: every save and print is "not saved" (no dialog here), nothing to open. */
export const noFiles: FilePlatform = {
  saveTextFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  savePlanFile: async (fileName) => ({ ok: true, value: { saved: false, fileName } }),
  openPlanFile: async () => ({ ok: true, value: null }),
  printPage: async (request) => ({ ok: true, value: { saved: false, fileName: request.suggestedName } }),
};

import type { OpenedFile } from '../../shared/api';
import type { PlanFileContents } from '../../shared/model/plan-file';
import { fail, ok, type Result } from '../../shared/result';
import type { FilePlatform, TextFileKind } from '../../shared/service/file-platform';
import { planExportTooLarge } from '../../shared/service/limits';
import { createOpenedPlanFiles, type PlanFileSource } from '../../shared/service/opened-plan-files';
import { buildPlanFileBlob, readPlanFileInWorker } from '../plan-file/plan-file-client';

const mimeTypes: Record<TextFileKind, string> = {
  plan: 'application/json',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/**
 * The plan files chosen in this page (file input or drop), by token: one set for the page, so
 * a dropped file and a chosen one reach the same import.
 */
export const browserOpenedFiles = createOpenedPlanFiles({ setTimer: (run, ms) => void setTimeout(run, ms) });

/** A chosen `File` as the service reads it: by its size first, then in the plan-file worker. */
export function fileSource(file: File, read: (file: Blob) => Promise<Result<PlanFileContents>> = readPlanFileInWorker): PlanFileSource {
  return { name: file.name, size: file.size, read: () => read(file) };
}

/** A plan file dropped on the window, under a token for `importPlan`; it is not read until then. */
export function offerDroppedFile(file: File): OpenedFile {
  return browserOpenedFiles.add(fileSource(file));
}

/** Starts the download of a Blob under a name. */
function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later keeps slow browsers from losing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads, a hidden file input and the print dialog: how a web page hands files to and from the user. */
export const browserFiles: FilePlatform = {
  async saveTextFile(fileName, text, kind) {
    download(fileName, new Blob([text], { type: mimeTypes[kind] }));
    return ok({ saved: true, fileName, downloaded: true });
  },

  async savePlanFile(fileName, plan, now, evidence, maxBytes) {
    const built = await buildPlanFileBlob(plan, now, evidence);
    if (!built.ok) return built;
    if (built.value.size > maxBytes) return fail('too_large', planExportTooLarge(maxBytes));
    download(fileName, built.value);
    return ok({ saved: true, fileName, downloaded: true });
  },

  openPlanFile() {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.hidden = true;
      const finish = (result: Result<PlanFileSource | null>): void => {
        input.remove();
        resolve(result);
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        finish(ok(file ? fileSource(file) : null));
      });
      input.addEventListener('cancel', () => finish(ok(null)));
      document.body.append(input);
      input.click();
    });
  },

  async printPage({ suggestedName }) {
    // The browser's own dialog offers both a printer and "Save as PDF", and says nothing of what the user
    // chose there: nothing is reported saved that may not have been (the dialog itself was the feedback).
    window.print();
    return ok({ saved: false, fileName: suggestedName });
  },
};

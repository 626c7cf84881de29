import { formatBytes } from '../../shared/format/format';
import { MAX_PLAN_FILE_BYTES, type OpenedFile } from '../../shared/api';
import { fail, ok, type Result } from '../../shared/result';
import type { FilePlatform, TextFileKind } from '../../shared/service/file-platform';
import { planExportTooLarge } from '../../shared/service/limits';
import { buildPlanFileBlob } from '../plan-file/plan-file-client';

const mimeTypes: Record<TextFileKind, string> = {
  plan: 'application/json',
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

/** Reads a file the user chose or dropped, refusing one above the plan-file limit before reading it. */
export async function readChosenFile(file: File): Promise<Result<OpenedFile>> {
  if (file.size > MAX_PLAN_FILE_BYTES) {
    return fail('too_large', `"${file.name}" is ${formatBytes(file.size)}; the limit for a plan file is ${formatBytes(MAX_PLAN_FILE_BYTES)}.`);
  }
  return ok({ name: file.name, size: file.size, text: await file.text() });
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
    return ok({ saved: true, fileName });
  },

  async savePlanFile(fileName, plan, now, evidence, maxBytes) {
    const built = await buildPlanFileBlob(plan, now, evidence);
    if (!built.ok) return built;
    if (built.value.size > maxBytes) return fail('too_large', planExportTooLarge(maxBytes));
    download(fileName, built.value);
    return ok({ saved: true, fileName });
  },

  openTextFile() {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.hidden = true;
      const finish = (result: Result<OpenedFile | null>): void => {
        input.remove();
        resolve(result);
      };
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) finish(ok(null));
        else void readChosenFile(file).then(finish);
      });
      input.addEventListener('cancel', () => finish(ok(null)));
      document.body.append(input);
      input.click();
    });
  },

  async printPage({ suggestedName }) {
    // The browser's own dialog offers both a printer and "Save as PDF"; it gives no word of a cancel.
    window.print();
    return ok({ saved: true, fileName: suggestedName });
  },
};

/**
 * The preview Web Worker: detection, kind scoring, mapping and the plausibility checks on a file's first
 * 64 KB, off the UI thread. One per open import wizard; each answer carries the request's number so the
 * window keeps only the latest.
 */
import { setFormatLocale } from '../../shared/format/locale';
import { previewCsv } from '../../shared/csv';
import type { FromPreviewWorker, ToPreviewWorker } from './preview-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToPreviewWorker>) => void) | null;
  postMessage(message: FromPreviewWorker): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);

scope.onmessage = (event) => {
  const { id, sample, options } = event.data;
  scope.postMessage({ id, result: previewCsv(sample, options) });
};

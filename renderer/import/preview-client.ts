/**
 * Asks for a file's preview off the UI thread. Where there is no Worker (jsdom in component tests) the
 * same code runs inline and answers at once.
 */
import { previewCsv, type CsvPreview, type CsvResult, type PreviewOptions } from '../../shared/csv';
import type { FromPreviewWorker, ToPreviewWorker } from './preview-protocol';

export interface PreviewClient {
  /** Computes the preview; `onResult` is called once, unless a later request came first. */
  request(sample: Uint8Array, options: PreviewOptions, onResult: (result: CsvResult<CsvPreview>) => void): void;
  dispose(): void;
}

export function createPreviewClient(): PreviewClient {
  if (typeof Worker === 'undefined') {
    return { request: (sample, options, onResult) => onResult(previewCsv(sample, options)), dispose: () => undefined };
  }
  let worker: Worker | null = null;
  let latest = 0;
  let pending: ((result: CsvResult<CsvPreview>) => void) | null = null;
  const start = (): Worker => {
    const created = new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'csv-preview' });
    created.onmessage = (event: MessageEvent<FromPreviewWorker>) => {
      // Only the latest request's answer counts: the user changed something in between.
      if (event.data.id !== latest || !pending) return;
      const deliver = pending;
      pending = null;
      deliver(event.data.result);
    };
    // A worker that failed, or whose answer was lost, answers the request waiting with why; the next request starts afresh.
    const fail = (message: string): void => {
      created.terminate();
      worker = null;
      const deliver = pending;
      pending = null;
      deliver?.({ ok: false, error: { code: 'invalid', reason: 'internal', message } });
    };
    created.onerror = (event) => {
      event.preventDefault();
      fail(`The file could not be read because of an unexpected problem (${event.message || 'worker error'}).`);
    };
    created.onmessageerror = () => fail('The preview could not be shown: its answer could not be received (the browser may have run out of memory).');
    return created;
  };
  return {
    request(sample, options, onResult) {
      worker ??= start();
      latest += 1;
      pending = onResult;
      worker.postMessage({ id: latest, sample, options } satisfies ToPreviewWorker);
    },
    dispose() {
      worker?.terminate();
      worker = null;
      pending = null;
    },
  };
}

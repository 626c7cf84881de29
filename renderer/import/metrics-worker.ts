/** The metrics Web Worker: a thin shell around `createMetricsEngine`, answering requests in order. */
import { setFormatLocale } from '../../shared/format/locale';
import { createMetricsEngine, guarded, loadStoredRows } from './metrics-engine';
import type { FromMetricsWorker, ToMetricsWorker } from './metrics-protocol';
import { createStoredRowsReader, type StoredRowsLocation } from './stored-rows-reader';
import type { StoredRowsReader } from '../../shared/service/stored-rows';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToMetricsWorker>) => void) | null;
  postMessage(message: FromMetricsWorker): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);
const engine = createMetricsEngine();
const readers = new Map<string, StoredRowsReader>();
const readerFor = (location: StoredRowsLocation): StoredRowsReader => {
  const key = JSON.stringify(location);
  let reader = readers.get(key);
  if (!reader) {
    reader = createStoredRowsReader(location);
    readers.set(key, reader);
  }
  return reader;
};

async function handle(message: ToMetricsWorker): Promise<FromMetricsWorker> {
  switch (message.type) {
    case 'load': {
      const result = guarded(() => engine.load(message.planId, message.importId, message.bytes));
      return { id: message.id, type: 'loaded', result: result.ok ? result.value : result };
    }
    case 'loadStored': {
      const { planId, importId, expectedRows, location } = message;
      const state = await loadStoredRows(engine, readerFor(location), planId, importId, expectedRows);
      return { id: message.id, type: 'stored', state };
    }
    case 'compute': {
      const { planId, importIds, stages, options } = message;
      const result = guarded(() => engine.compute(planId, importIds, stages, options));
      return { id: message.id, type: 'metrics', result };
    }
    case 'drop':
      engine.drop(message.planId, message.importId);
      return { id: message.id, type: 'done' };
    case 'retain':
      engine.retainOnly(message.planId);
      return { id: message.id, type: 'done' };
  }
}

// Reading stored rows waits on storage: the queue keeps every answer (and every drop or retain) in the order asked.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const message = event.data;
  queue = queue
    .then(() => handle(message))
    .then(
      (answer) => scope.postMessage(answer),
      // Thrown outside the queue so the window sees the worker fail (and starts a new one) as it would for a synchronous error.
      (error: unknown) => void setTimeout(() => {
        throw error;
      }),
    );
};

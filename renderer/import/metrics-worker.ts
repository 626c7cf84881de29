/** The metrics Web Worker: a thin shell around `createMetricsEngine`, answering requests in order. */
// First: before any module builds a schema (see the file).
import '../zod-interpreted';
import { setFormatLocale } from '../../shared/format/locale';
import { createWriteSignal, storeAndLoadRows } from './fresh-rows';
import { createMetricsEngine, guarded, loadStoredRows, warmUp } from './metrics-engine';
import type { FromMetricsWorker, ToMetricsWorker } from './metrics-protocol';
import { createStoredRowsReader, importDataMethodsAt, type StoredRowsLocation } from './stored-rows-reader';
import type { ImportDataMethods } from '../../shared/service/import-data';
import { apiRowsReader, type StoredRowsReader } from '../../shared/service/stored-rows';
import { fail } from '../../shared/result';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToMetricsWorker>) => void) | null;
  postMessage(message: FromMetricsWorker): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);
const engine = createMetricsEngine();
/** One way to the storage per location, opened on first use and kept (one IndexedDB connection). */
const storages = new Map<string, { readonly read: StoredRowsReader; readonly methods: ImportDataMethods | null }>();
/** When a store's write has started: the rows are decoded and the metrics computed beside it. */
const writes = createWriteSignal();
const storageAt = (location: StoredRowsLocation) => {
  const key = JSON.stringify(location);
  let storage = storages.get(key);
  if (!storage) {
    const methods = importDataMethodsAt(location, writes.fire);
    storage = { methods, read: methods ? apiRowsReader(methods) : createStoredRowsReader(location) };
    storages.set(key, storage);
  }
  return storage;
};

async function handle(message: ToMetricsWorker): Promise<FromMetricsWorker> {
  switch (message.type) {
    case 'load': {
      const result = guarded(() => engine.load(message.planId, message.importId, message.bytes));
      return { id: message.id, type: 'loaded', result: result.ok ? result.value : result };
    }
    case 'loadStored': {
      const { planId, importId, expectedRows, location } = message;
      const state = await loadStoredRows(engine, storageAt(location).read, planId, importId, expectedRows);
      return { id: message.id, type: 'stored', state };
    }
    case 'store': {
      const { planId, importId, bytes, location, compute, rejectedCsv = null } = message;
      const { methods } = storageAt(location);
      const answer = methods
        ? await storeAndLoadRows(engine, methods.saveImportData, planId, importId, bytes, { written: writes.next(), rejectedCsv, ...(compute ? { compute } : {}) })
        : { saved: fail('io', 'the worker cannot reach this storage'), loaded: null, metrics: null };
      return { id: message.id, type: 'saved', ...answer };
    }
    case 'compute': {
      const { planId, importIds, stages, options } = message;
      const result = guarded(() => engine.compute(planId, importIds, stages, options));
      return { id: message.id, type: 'metrics', result };
    }
    case 'warm':
      warmUp(message.bytes, message.stages, message.options);
      return { id: message.id, type: 'done' };
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

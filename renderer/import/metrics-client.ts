/**
 * The window's side of the metrics engine: one long-lived Web Worker holding the open plan's
 * decoded columns (inline in jsdom, where there is no Worker). All calls are asynchronous
 * either way, so the store code is the same in tests and in the app.
 */
import type { MetricsOptions, PilotMetrics, StageInput } from '../../shared/metrics';
import { fail, type Result } from '../../shared/result';
import { settleStoredRows, type ExpectedRows, type StoredRowsReader, type StoredRowsState } from '../../shared/service/stored-rows';
import { createWriteSignal, storeAndLoadRows, type FreshRowsExtras, type StoredFreshRows } from './fresh-rows';
import { createMetricsEngine, guarded, loadStoredRows, type LoadedImport } from './metrics-engine';
import type { FromMetricsWorker, ToMetricsWorker } from './metrics-protocol';
import { createStoredRowsReader, importDataMethodsAt, type StoredRowsLocation } from './stored-rows-reader';

/**
 * How the engine reaches stored rows: from `location` itself when the storage can be opened there
 * (the rows never cross the UI thread), otherwise through `fallback` (the API) on this thread.
 */
export interface StoredRowsSource {
  readonly location?: StoredRowsLocation;
  readonly fallback: StoredRowsReader;
}

export interface MetricsClient {
  /** Hands an import's stored bytes to the engine (transferred: the caller must not use them afterwards). */
  load(planId: string, importId: string, bytes: Uint8Array): Promise<Result<LoadedImport>>;
  /**
   * Saves a fresh import's rows (and its rejected rows) where the engine runs (the rows transferred: the
   * caller must not use them afterwards) and keeps them, with `compute` the metrics over them worked
   * out while the storage writes (`fresh-rows.ts`); null when the engine cannot reach the storage
   * (then the caller saves through the API and calls `load`).
   */
  storeRows(planId: string, importId: string, bytes: Uint8Array, extra?: Omit<FreshRowsExtras, 'written'>): Promise<StoredFreshRows> | null;
  /** Reads an import's stored rows and keeps them when they pass the stored-rows rule (shared/service/stored-rows). */
  loadStored(planId: string, importId: string, expectedRows: ExpectedRows): Promise<StoredRowsState>;
  compute(planId: string, importIds: readonly string[], stages: readonly StageInput[], options: MetricsOptions): Promise<Result<PilotMetrics>>;
  drop(planId: string, importId: string): Promise<void>;
  retainOnly(planId: string | null): Promise<void>;
  /**
   * Warms the engine up on an import's early sample of rows (transferred) while the rest is parsed
   * (`metrics-engine.ts`, `warmUp`); nothing is kept. Inline (jsdom) it does nothing: nothing runs beside.
   */
  warm(bytes: Uint8Array, stages: readonly StageInput[], options: MetricsOptions): void;
}

type Request = ToMetricsWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export function createMetricsClient(source: StoredRowsSource): MetricsClient {
  return typeof Worker === 'undefined' ? inlineClient(source) : workerClient(source);
}

function inlineClient(source: StoredRowsSource): MetricsClient {
  const engine = createMetricsEngine();
  const read = source.location ? createStoredRowsReader(source.location) : source.fallback;
  const writes = createWriteSignal();
  const methods = source.location ? importDataMethodsAt(source.location, writes.fire) : null;
  return {
    storeRows: (planId, importId, bytes, extra = {}) =>
      methods ? storeAndLoadRows(engine, methods.saveImportData, planId, importId, bytes, { ...extra, written: writes.next() }) : null,
    loadStored: (planId, importId, expectedRows) => loadStoredRows(engine, read, planId, importId, expectedRows),
    load: async (planId, importId, bytes) => {
      const result = guarded(() => engine.load(planId, importId, bytes));
      return result.ok ? result.value : result;
    },
    compute: async (planId, importIds, stages, limit) => guarded(() => engine.compute(planId, importIds, stages, limit)),
    drop: async (planId, importId) => engine.drop(planId, importId),
    retainOnly: async (planId) => engine.retainOnly(planId),
    warm: () => undefined,
  };
}

function workerClient(source: StoredRowsSource): MetricsClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, (message: FromMetricsWorker | null) => void>();

  const start = (): Worker => {
    if (worker) return worker;
    const created = new Worker(new URL('./metrics-worker.ts', import.meta.url), { type: 'module', name: 'pilot-metrics' });
    created.onmessage = (event: MessageEvent<FromMetricsWorker>) => {
      const resolve = pending.get(event.data.id);
      pending.delete(event.data.id);
      resolve?.(event.data);
    };
    // A crashed worker lost its columns, and one whose answer was lost cannot be matched to its question:
    // either way answer everyone, and start afresh on the next call.
    const restart = (): void => {
      created.terminate();
      worker = null;
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
    };
    created.onerror = (event) => {
      event.preventDefault();
      restart();
    };
    created.onmessageerror = restart;
    worker = created;
    return created;
  };

  const send = (request: Request, transfer: Transferable[] = []): Promise<FromMetricsWorker | null> => {
    const id = nextId++;
    const target = start();
    return new Promise((resolve) => {
      pending.set(id, resolve);
      target.postMessage({ ...request, id } as ToMetricsWorker, transfer);
    });
  };
  const crashedMessage = 'The pilot data engine stopped unexpectedly; reopen the plan to load the data again.';
  const crashed = fail('io', crashedMessage);

  const load = async (planId: string, importId: string, bytes: Uint8Array): Promise<Result<LoadedImport>> => {
    const answer = await send({ type: 'load', planId, importId, bytes }, [bytes.buffer as ArrayBuffer]);
    return answer?.type === 'loaded' ? answer.result : crashed;
  };
  const drop = async (planId: string, importId: string): Promise<void> => void (await send({ type: 'drop', planId, importId }));
  const crashedState: StoredRowsState = { status: 'damaged', message: crashedMessage };

  return {
    load,
    storeRows(planId, importId, bytes, extra = {}) {
      const { location } = source;
      if (location?.kind !== 'indexeddb') return null;
      return send({ type: 'store', planId, importId, bytes, location, ...extra }, [bytes.buffer as ArrayBuffer]).then((answer) =>
        answer?.type === 'saved' ? { saved: answer.saved, loaded: answer.loaded, metrics: answer.metrics } : { saved: crashed, loaded: null, metrics: null },
      );
    },
    async loadStored(planId, importId, expectedRows) {
      const { location, fallback } = source;
      if (location) {
        const answer = await send({ type: 'loadStored', planId, importId, expectedRows, location });
        return answer?.type === 'stored' ? answer.state : crashedState;
      }
      // No storage the worker can open (Electron on a dev server): read here and transfer the bytes.
      return settleStoredRows(await fallback(planId, importId), expectedRows, {
        load: (bytes) => load(planId, importId, bytes),
        drop: () => drop(planId, importId),
      });
    },
    compute: async (planId, importIds, stages, options) => {
      const answer = await send({ type: 'compute', planId, importIds, stages, options });
      return answer?.type === 'metrics' ? answer.result : crashed;
    },
    drop,
    retainOnly: async (planId) => void (await send({ type: 'retain', planId })),
    warm: (bytes, stages, options) => void send({ type: 'warm', bytes, stages, options }, [bytes.buffer as ArrayBuffer]),
  };
}

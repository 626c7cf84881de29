/**
 * The window's side of the metrics engine: one long-lived Web Worker holding the open plan's
 * decoded columns (inline in jsdom, where there is no Worker). All calls are asynchronous
 * either way, so the store code is the same in tests and in the app.
 */
import type { MetricsOptions, PilotMetrics, StageInput } from '../../shared/metrics';
import { fail, type Result } from '../../shared/result';
import { createMetricsEngine, guarded, type LoadedImport } from './metrics-engine';
import type { FromMetricsWorker, ToMetricsWorker } from './metrics-protocol';

export interface MetricsClient {
  /** Hands an import's stored bytes to the engine (transferred: the caller must not use them afterwards). */
  load(planId: string, importId: string, bytes: Uint8Array): Promise<Result<LoadedImport>>;
  compute(planId: string, importIds: readonly string[], stages: readonly StageInput[], options: MetricsOptions): Promise<Result<PilotMetrics>>;
  drop(planId: string, importId: string): Promise<void>;
  retainOnly(planId: string | null): Promise<void>;
}

type Request = ToMetricsWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

export function createMetricsClient(): MetricsClient {
  return typeof Worker === 'undefined' ? inlineClient() : workerClient();
}

function inlineClient(): MetricsClient {
  const engine = createMetricsEngine();
  return {
    load: async (planId, importId, bytes) => {
      const result = guarded(() => engine.load(planId, importId, bytes));
      return result.ok ? result.value : result;
    },
    compute: async (planId, importIds, stages, limit) => guarded(() => engine.compute(planId, importIds, stages, limit)),
    drop: async (planId, importId) => engine.drop(planId, importId),
    retainOnly: async (planId) => engine.retainOnly(planId),
  };
}

function workerClient(): MetricsClient {
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
    created.onerror = (event) => {
      event.preventDefault();
      // A crashed worker lost its columns: answer everyone, and start afresh on the next call.
      created.terminate();
      worker = null;
      for (const resolve of pending.values()) resolve(null);
      pending.clear();
    };
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
  const crashed = fail('io', 'The pilot data engine stopped unexpectedly; reopen the plan to load the data again.');

  return {
    load: async (planId, importId, bytes) => {
      const answer = await send({ type: 'load', planId, importId, bytes }, [bytes.buffer as ArrayBuffer]);
      return answer?.type === 'loaded' ? answer.result : crashed;
    },
    compute: async (planId, importIds, stages, options) => {
      const answer = await send({ type: 'compute', planId, importIds, stages, options });
      return answer?.type === 'metrics' ? answer.result : crashed;
    },
    drop: async (planId, importId) => void (await send({ type: 'drop', planId, importId })),
    retainOnly: async (planId) => void (await send({ type: 'retain', planId })),
  };
}

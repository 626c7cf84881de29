/** The metrics Web Worker: a thin shell around `createMetricsEngine`, answering requests in order. */
import { setFormatLocale } from '../../shared/format/locale';
import { createMetricsEngine, guarded } from './metrics-engine';
import type { FromMetricsWorker, ToMetricsWorker } from './metrics-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToMetricsWorker>) => void) | null;
  postMessage(message: FromMetricsWorker): void;
}

const scope = self as unknown as WorkerScope;
// A worker has its own copy of shared/format: its messages (row counts, sizes, dates) use the user's locale too.
setFormatLocale(navigator.language);
const engine = createMetricsEngine();

scope.onmessage = (event) => {
  const message = event.data;
  switch (message.type) {
    case 'load': {
      const result = guarded(() => engine.load(message.planId, message.importId, message.bytes));
      scope.postMessage({ id: message.id, type: 'loaded', result: result.ok ? result.value : result });
      return;
    }
    case 'compute': {
      const { planId, importIds, stages, options } = message;
      const result = guarded(() => engine.compute(planId, importIds, stages, options));
      scope.postMessage({ id: message.id, type: 'metrics', result });
      return;
    }
    case 'drop':
      engine.drop(message.planId, message.importId);
      scope.postMessage({ id: message.id, type: 'done' });
      return;
    case 'retain':
      engine.retainOnly(message.planId);
      scope.postMessage({ id: message.id, type: 'done' });
  }
};

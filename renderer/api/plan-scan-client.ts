import type { CheckedPlanRecord } from '../../shared/service/plan-check';
import type { PlanScanAnswer, PlanScanRequest } from './plan-scan-protocol';

/** The part of a Worker the scan uses (tests pass a stand-in). */
export interface ScanWorker {
  onmessage: ((event: MessageEvent<PlanScanAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(request: PlanScanRequest): void;
  terminate(): void;
}

const scanWorker = (): ScanWorker => new Worker(new URL('./plan-scan-worker.ts', import.meta.url), { type: 'module', name: 'plan-scan' });

/**
 * Starts the start-up plan scan in a worker of its own and resolves with its checked records; the
 * worker is stopped once it has answered. Rejects when the worker cannot start, fails or cannot
 * answer: the service then reads the plans on the page, with the same result.
 */
export function startPlanScan(dbName: string, start: () => ScanWorker = scanWorker): Promise<readonly CheckedPlanRecord[]> {
  return new Promise((resolve, reject) => {
    let worker: ScanWorker;
    try {
      worker = start();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const fail = (why: string) => {
      worker.terminate();
      reject(new Error(`The start-up plan scan failed: ${why}`));
    };
    worker.onmessage = (event) => {
      const answer = event.data;
      if (!answer.ok) return fail(answer.error);
      worker.terminate();
      resolve(answer.records);
    };
    worker.onerror = (event) => fail(event.message || 'the worker stopped');
    worker.onmessageerror = () => fail('its answer could not be read');
    worker.postMessage({ dbName });
  });
}

import type { RolloutApi } from '../../shared/api';
import type { CheckedPlanRecord } from '../../shared/service/plan-check';
import { createRolloutService } from '../../shared/service/rollout-service';
import { browserFiles, browserOpenedFiles } from './browser-files';
import { createWorkerBytesStore } from './idb-bytes-client';
import { createIdbStorage } from './idb-storage';

/**
 * The browser twin of the Electron preload, used by `npm run dev:web` and the end-to-end tests:
 * the shared service over IndexedDB, exports as downloads, imports through a file input.
 * `startupScan`: the stored plans already read and checked by the start-up worker (startup-scan.ts).
 */
export function createBrowserApi(dbName?: string, startupScan?: Promise<readonly CheckedPlanRecord[] | undefined>): RolloutApi {
  // Without Worker (jsdom, Node tests) the page's own connection reads and writes the stored parts.
  const bytes = typeof Worker === 'undefined' ? undefined : createWorkerBytesStore();
  return createRolloutService(createIdbStorage(dbName, undefined, bytes), browserFiles, {
    openedFiles: browserOpenedFiles,
    ...(startupScan ? { startupScan } : {}),
  });
}

import type { RolloutApi } from '../../shared/api';
import { createRolloutService } from '../../shared/service/rollout-service';
import { browserFiles, browserOpenedFiles } from './browser-files';
import { createWorkerBytesStore } from './idb-bytes-client';
import { createIdbStorage } from './idb-storage';

/**
 * The browser twin of the Electron preload, used by `npm run dev:web` and the end-to-end tests:
 * the shared service over IndexedDB, exports as downloads, imports through a file input.
 */
export function createBrowserApi(dbName?: string): RolloutApi {
  return createRolloutService(createIdbStorage(dbName, undefined, createWorkerBytesStore()), browserFiles, { openedFiles: browserOpenedFiles });
}

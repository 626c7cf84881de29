import type { RolloutApi } from '../../shared/api';
import { createPlanFileReader } from '../plan-file/plan-file-client';
import { browserFiles } from './browser-files';
import { createIdbStorage } from './idb-storage';
import { createStoredApi } from './stored-api';

/**
 * The browser twin of the Electron preload, used by `npm run dev:web` and the end-to-end tests:
 * plans and settings in IndexedDB, exports as downloads, imports through a file input.
 */
export function createBrowserApi(dbName?: string): RolloutApi {
  return createStoredApi(createIdbStorage(dbName), browserFiles, { readPlanFile: createPlanFileReader() });
}

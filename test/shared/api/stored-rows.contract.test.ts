import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFileStore } from '../../../electron/file-store';
import { createImportRowsHandler } from '../../../electron/import-rows-protocol';
import { createBrowserApi } from '../../../renderer/api/browser-api';
import { createMetricsEngine, loadStoredRows } from '../../../renderer/import/metrics-engine';
import { createStoredRowsReader } from '../../../renderer/import/stored-rows-reader';
import type { RolloutApi } from '../../../shared/api';
import { createRolloutService } from '../../../shared/service/rollout-service';
import { apiRowsReader, type StoredRowsReader } from '../../../shared/service/stored-rows';
import { makePlan, makeTempDir } from '../../electron/fixtures';
import { storedRows } from '../rows-fixture';
import { storedChecksum } from '../../../shared/metrics/columnar-checksum';
import type { FilePlatform } from '../../../shared/service/file-platform';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const noFiles = {} as FilePlatform;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The API a store saves through, and the reader the metrics worker uses over the same storage. */
interface Setup {
  readonly api: RolloutApi;
  readonly workerReader: StoredRowsReader;
}

let databases = 0;
const setups: [string, () => Setup][] = [
  [
    'IndexedDB opened in the worker (fake-indexeddb)',
    () => {
      const dbName = `stored-rows-${++databases}`;
      return { api: createBrowserApi(dbName), workerReader: createStoredRowsReader({ kind: 'indexeddb', dbName }) };
    },
  ],
  [
    'Electron app protocol over a temp data folder',
    () => {
      const { dir, cleanup } = makeTempDir();
      cleanups.push(cleanup);
      const api = createRolloutService(createFileStore(dir), noFiles);
      const handler = createImportRowsHandler(api.loadImportData);
      const fetchRows = async (url: string) => (await handler({ url, method: 'GET' })) ?? new Response('not routed', { status: 599 });
      return { api, workerReader: createStoredRowsReader({ kind: 'app-protocol', origin: 'app://rollout' }, fetchRows) };
    },
  ],
];

const plan = makePlan({ id: 'plan/with a slash?&x', name: 'Stored rows' });

/** What is stored before the read, and what is asked for. */
const cases: [string, { store?: Uint8Array; planId?: string; importId?: string; expectedRows: number; checksum?: number }, RegExp | 'ready'][] = [
  ['rows that decode to the accepted count', { store: storedRows('usage', 20), expectedRows: 20 }, 'ready'],
  ['nothing stored', { expectedRows: 20 }, /^missing: The imported rows are missing from this computer/],
  ['bytes that do not decode', { store: new Uint8Array([1, 2, 3, 4]), expectedRows: 20 }, /^damaged: .*Remove this import and import the file again\.$/],
  ['another row count than the import', { store: storedRows('quality', 20), expectedRows: 21 }, /^damaged: The stored rows \(20\) do not match this import \(21 accepted rows\)/],
  ['the rows recorded with the import (its checksum)', { store: storedRows('usage', 20, 1), expectedRows: 20, checksum: storedChecksum(storedRows('usage', 20, 1))! }, 'ready'],
  [
    'another import’s rows of the same kind and count (swapped)',
    { store: storedRows('usage', 20, 2), expectedRows: 20, checksum: storedChecksum(storedRows('usage', 20, 1))! },
    /^damaged: The stored rows are damaged: they are not the rows recorded for this import .*Remove this import and import the file again\.$/,
  ],
  ['a plan that does not exist', { planId: 'gone', expectedRows: 20 }, /^damaged: The imported rows could not be read: This plan does not exist/],
  ['an import id that could climb out of the folder', { importId: '../x', expectedRows: 20 }, /^damaged: The imported rows could not be read: The (import id is not valid|request was refused)/],
];

describe.each(setups)('stored rows read by the metrics worker, over %s', (_name, setup) => {
  it.each(cases)('%s: the same state as through the API', async (_case, { store, planId = plan.id, importId = 'imp-1', expectedRows: rows, checksum }, expected) => {
    const expectedRows = { rows, ...(checksum === undefined ? {} : { checksum }) };
    const { api, workerReader } = setup();
    expect((await api.savePlan(plan)).ok).toBe(true);
    if (store) expect((await api.saveImportData(plan.id, 'imp-1', 'rows', store)).ok).toBe(true);

    const viaWorker = createMetricsEngine();
    const viaApi = createMetricsEngine();
    const worker = await loadStoredRows(viaWorker, workerReader, planId, importId, expectedRows);
    const onUiThread = await loadStoredRows(viaApi, apiRowsReader(api), planId, importId, expectedRows);

    expect(worker).toEqual(onUiThread);
    const said = worker.status === 'ready' ? 'ready' : `${worker.status}: ${worker.message}`;
    if (expected === 'ready') expect(said).toBe('ready');
    else expect(said).toMatch(expected);
    // Rows that fail the rule are never kept for the metrics.
    expect(viaWorker.has(planId, importId)).toBe(expected === 'ready');
  });
});

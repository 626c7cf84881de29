/** Messages between the window and the metrics worker; every request carries an id its answer repeats. */
import type { MetricsOptions, PilotMetrics, StageInput } from '../../shared/metrics';
import type { Result } from '../../shared/result';
import type { ExpectedRows, StoredRowsState } from '../../shared/service/stored-rows';
import type { MetricsRequest, StoredFreshRows } from './fresh-rows';
import type { LoadedImport } from './metrics-engine';
import type { StoredRowsLocation } from './stored-rows-reader';

export type ToMetricsWorker =
  | { readonly id: number; readonly type: 'load'; readonly planId: string; readonly importId: string; readonly bytes: Uint8Array }
  | {
      readonly id: number;
      readonly type: 'compute';
      readonly planId: string;
      readonly importIds: readonly string[];
      readonly stages: readonly StageInput[];
      readonly options: MetricsOptions;
    }
  /** Reads an import's stored rows in the worker itself and keeps them when they pass the stored-rows rule. */
  | {
      readonly id: number;
      readonly type: 'loadStored';
      readonly planId: string;
      readonly importId: string;
      readonly expectedRows: ExpectedRows;
      readonly location: StoredRowsLocation;
    }
  /** Stores a fresh import's rows (the service's saveImportData rule, in the worker) and keeps them; browser only (`fresh-rows.ts`). */
  | {
      readonly id: number;
      readonly type: 'store';
      readonly planId: string;
      readonly importId: string;
      readonly bytes: Uint8Array;
      readonly location: StoredRowsLocation;
      /** The metrics to work out over the kept rows while the storage writes (returned only when saved). */
      readonly compute?: MetricsRequest;
      /** The rejected rows as CSV text, saved after the rows (`fresh-rows.ts`). */
      readonly rejectedCsv?: string | null;
    }
  /** An import's early sample of rows to warm the engine up on (`metrics-engine.ts`, `warmUp`); nothing is kept. */
  | { readonly id: number; readonly type: 'warm'; readonly bytes: Uint8Array; readonly stages: readonly StageInput[]; readonly options: MetricsOptions }
  | { readonly id: number; readonly type: 'drop'; readonly planId: string; readonly importId: string }
  | { readonly id: number; readonly type: 'retain'; readonly planId: string | null };

export type FromMetricsWorker =
  | { readonly id: number; readonly type: 'loaded'; readonly result: Result<LoadedImport> }
  | { readonly id: number; readonly type: 'metrics'; readonly result: Result<PilotMetrics> }
  | { readonly id: number; readonly type: 'stored'; readonly state: StoredRowsState }
  | ({ readonly id: number; readonly type: 'saved' } & StoredFreshRows)
  | { readonly id: number; readonly type: 'done' };

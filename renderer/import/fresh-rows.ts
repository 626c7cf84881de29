/**
 * A fresh import's rows, saved where the metrics engine runs and kept there, with the metrics over
 * them worked out while the storage writes.
 *
 * Once the storage has taken its copy of the bytes (IndexedDB clones a value when `put` is called,
 * then writes it on a thread of its own), the rows are decoded and the metrics computed here, beside
 * the write, instead of after it and a round trip through the window. Nothing is reported saved that
 * is not: the rows are kept and the metrics returned only when the save succeeded; a failed save
 * leaves the engine as it was.
 */
import type { MetricsOptions, PilotMetrics, StageInput } from '../../shared/metrics';
import type { Result } from '../../shared/result';
import { sealRejectedRows } from '../../shared/csv/rejected-part';
import type { ImportDataMethods } from '../../shared/service/import-data';
import { guarded, type LoadedImport, type MetricsEngine } from './metrics-engine';

/** The metrics to compute once the rows are kept: over these imports of the plan (the fresh one among them). */
export interface MetricsRequest {
  readonly importIds: readonly string[];
  readonly stages: readonly StageInput[];
  readonly options: MetricsOptions;
}

export interface StoredFreshRows {
  readonly saved: Result<void>;
  /** Null when nothing was saved. */
  readonly loaded: Result<LoadedImport> | null;
  /** Null when none were asked for, or nothing was saved or kept. */
  readonly metrics: Result<PilotMetrics> | null;
}

/**
 * Says when the storage has started a write (its copy of the bytes is taken): the storage's
 * `writeImportData` calls `fire`, `next` is waited on by the one store in progress (the metrics
 * worker handles one request at a time).
 */
export interface WriteSignal {
  fire(): void;
  next(): Promise<void>;
}

export function createWriteSignal(): WriteSignal {
  let waiting: (() => void) | null = null;
  return {
    fire() {
      const resolve = waiting;
      waiting = null;
      resolve?.();
    },
    next: () => new Promise<void>((resolve) => (waiting = resolve)),
  };
}

/** A macrotask later: by then every microtask of the write call has run, so `put` has been called. */
const afterThisTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a fresh import stores besides its rows, and how the work beside the write is timed. */
export interface FreshRowsExtras {
  readonly compute?: MetricsRequest;
  /** The rejected rows as CSV text, saved (UTF-8) after the rows as the `rejected` part. */
  readonly rejectedCsv?: string | null;
  readonly written?: Promise<void>;
}

/**
 * UTF-8 bytes of a text. Copied into this realm's Uint8Array: under jsdom, TextEncoder comes from
 * Node and its arrays fail the API's `instanceof Uint8Array` check.
 */
export function utf8Bytes(text: string): Uint8Array {
  const encoded = new TextEncoder().encode(text);
  return encoded instanceof Uint8Array ? encoded : new Uint8Array(encoded);
}

/**
 * Saves the rows through the service's `saveImportData` rule and keeps them in the engine; with
 * `compute`, also the metrics over them; with `rejectedCsv`, the rejected rows after the rows (here,
 * so neither their encoding nor their copy happens on the UI thread). `written` resolves when the
 * storage has started the write (`WriteSignal.next()`): the decoding and the metrics then run while
 * it writes. Without it they run after the save. `saved` is ok only when every part was saved; the
 * caller adds the import record only then (and otherwise deletes what may have been written).
 */
export async function storeAndLoadRows(
  engine: MetricsEngine,
  save: ImportDataMethods['saveImportData'],
  planId: string,
  importId: string,
  bytes: Uint8Array,
  extra: FreshRowsExtras = {},
): Promise<StoredFreshRows> {
  const rejectedCsv = extra.rejectedCsv ?? null;
  const saving = save(planId, importId, 'rows', bytes).then((rows) => (rows.ok && rejectedCsv !== null ? save(planId, importId, 'rejected', sealRejectedRows(utf8Bytes(rejectedCsv))) : rows));
  // A save refused before it writes (no such plan, a bad id) settles first: nothing is decoded then.
  const writing = extra.written ? await Promise.race([extra.written.then(() => true), saving.then(() => false)]) : false;
  let early: Omit<StoredFreshRows, 'saved'> | null = null;
  if (writing) {
    await afterThisTask();
    early = keep(engine, planId, importId, bytes, extra.compute);
  }
  const saved = await saving;
  if (!saved.ok) {
    if (early) engine.drop(planId, importId);
    return { saved, loaded: null, metrics: null };
  }
  return { saved, ...(early ?? keep(engine, planId, importId, bytes, extra.compute)) };
}

function keep(engine: MetricsEngine, planId: string, importId: string, bytes: Uint8Array, compute: MetricsRequest | undefined): Omit<StoredFreshRows, 'saved'> {
  const decoded = guarded(() => engine.load(planId, importId, bytes));
  const loaded = decoded.ok ? decoded.value : decoded;
  if (!loaded.ok || !compute) return { loaded, metrics: null };
  return { loaded, metrics: guarded(() => engine.compute(planId, compute.importIds, compute.stages, compute.options)) };
}

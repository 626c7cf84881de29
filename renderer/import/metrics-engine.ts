/**
 * Holds the decoded columns of the open plan's imports and computes the pilot metrics from
 * them. Lives in the metrics worker (inline in jsdom): the columns of a million rows are
 * decoded once, when the plan opens or a file is imported, and every later change of a stage
 * date, an enrolment or the editing limit only runs `computeMetrics` again, off the UI thread.
 */
import { computeMetrics, decodeColumns, type Columns, type MetricsOptions, type PilotMetrics, type StageInput } from '../../shared/metrics';
import { fail, ok, type Result } from '../../shared/result';
import { settleStoredRows, type ExpectedRows, type StoredRowsReader, type StoredRowsState } from '../../shared/service/stored-rows';

export interface LoadedImport {
  readonly kind: Columns['kind'];
  readonly rows: number;
}

export interface MetricsEngine {
  /** Decodes an import's stored rows and keeps them; damaged bytes give an error, never wrong numbers. */
  load(planId: string, importId: string, bytes: Uint8Array): Result<LoadedImport>;
  has(planId: string, importId: string): boolean;
  /**
   * Metrics over the listed imports of the plan. The page lists only imports it was told are loaded; one the
   * engine does not hold (lost when the worker restarted) throws: figures without it would be confidently wrong.
   */
  compute(planId: string, importIds: readonly string[], stages: readonly StageInput[], options: MetricsOptions): PilotMetrics;
  drop(planId: string, importId: string): void;
  /** Forgets every plan but this one (another plan was opened). */
  retainOnly(planId: string | null): void;
}

export function createMetricsEngine(): MetricsEngine {
  const plans = new Map<string, Map<string, Columns>>();
  const of = (planId: string): Map<string, Columns> => {
    let imports = plans.get(planId);
    if (!imports) {
      imports = new Map();
      plans.set(planId, imports);
    }
    return imports;
  };
  return {
    load(planId, importId, bytes) {
      const decoded = decodeColumns(bytes);
      if (!decoded.ok) return decoded;
      of(planId).set(importId, decoded.value);
      return ok({ kind: decoded.value.kind, rows: decoded.value.rowCount });
    },
    has: (planId, importId) => plans.get(planId)?.has(importId) ?? false,
    compute(planId, importIds, stages, options) {
      const imports = plans.get(planId);
      const columns: Record<string, Columns> = {};
      let missing = 0;
      for (const id of importIds) {
        const found = imports?.get(id);
        if (found) columns[id] = found;
        else missing++;
      }
      if (missing > 0) {
        throw new Error(
          `the rows of ${missing === 1 ? 'one import are' : `${missing} imports are`} no longer loaded (the pilot data engine restarted). Reopen the plan to load them again.`,
        );
      }
      return computeMetrics(columns, stages, options);
    },
    drop: (planId, importId) => void plans.get(planId)?.delete(importId),
    retainOnly(planId) {
      for (const id of [...plans.keys()]) if (id !== planId) plans.delete(id);
    },
  };
}

/** Runs a computation and turns a thrown error into a value, so one bad file cannot break the tab. */
export function guarded<T>(run: () => T): Result<T> {
  try {
    return ok(run());
  } catch (error) {
    return fail('invalid', `The pilot metrics could not be computed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads an import's stored rows and keeps them in the engine when they pass the one stored-rows rule. */
export async function loadStoredRows(
  engine: MetricsEngine,
  read: StoredRowsReader,
  planId: string,
  importId: string,
  expectedRows: ExpectedRows,
): Promise<StoredRowsState> {
  let loaded: Result<Uint8Array | null>;
  try {
    loaded = await read(planId, importId);
  } catch (error) {
    loaded = fail('io', `the storage reported "${error instanceof Error ? error.message : String(error)}"`);
  }
  return settleStoredRows(loaded, expectedRows, {
    load: (bytes) => {
      const result = guarded(() => engine.load(planId, importId, bytes));
      return result.ok ? result.value : result;
    },
    drop: () => engine.drop(planId, importId),
  });
}

/** Times the early sample is computed: enough for the engine's code to be optimised before the real rows come. */
export const WARM_UP_RUNS = 16;

/**
 * Runs the decoding and the metrics over an import's early sample (its first rows, `run-import-job.ts`)
 * a few times and forgets the result: the code the real rows then need is already compiled and
 * optimised (the first computation over a million rows took about twice as long as later ones). Done
 * in the metrics worker while the import worker still parses, on the core the parse leaves idle. Keeps
 * nothing, changes nothing; whatever goes wrong here is for the real rows to report.
 */
export function warmUp(bytes: Uint8Array, stages: readonly StageInput[], options: MetricsOptions, runs = WARM_UP_RUNS): number {
  let done = 0;
  try {
    for (; done < runs; done++) {
      const decoded = decodeColumns(bytes);
      if (!decoded.ok) break;
      computeMetrics({ sample: decoded.value }, stages, options);
    }
  } catch {
    // Nothing depends on a warm-up.
  }
  return done;
}


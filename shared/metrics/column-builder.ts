import type { ImportKind, RowByKind } from '../csv/kinds';
import type { Columns, ColumnsOf } from './columns';
import { encodeColumnsReleasing, type EncodableColumns, type StoredDict } from './columnar';
import { operationsSink, qualitySink, reviewsSink, satisfactionSink, shadowSink, testResultSink, usageSink } from './core-sinks';
import { wideDict } from './growing-columns';
import { figuresSink, incidentsSink } from './kind-sinks';
import type { Sink } from './timed-base';

/** Collects typed rows of one kind into columns, as the importer delivers them batch by batch. */
export interface ColumnsBuilder<K extends ImportKind> {
  readonly kind: K;
  readonly rowCount: number;
  append(row: RowByKind[K]): void;
  appendBatch(rows: readonly RowByKind[K][]): void;
  /** The finished columns, trimmed to size; the builder accepts no rows afterwards. */
  finish(): ColumnsOf<K>;
  /**
   * The stored form (`encodeColumns(finish())`) for a caller that keeps only that: each column's memory
   * is given back as soon as it is written, so the columns and the stored form are never both whole in
   * memory at the import's peak. The builder accepts no rows afterwards, and `finish` cannot follow.
   */
  encode(): Uint8Array;
  /**
   * The finished columns as the stored form takes them (dictionary codes as narrow as collected), for a
   * part of a file to be joined with the other's (`columnar-concat.ts`) and then encoded once.
   */
  finishStored(): EncodableColumns;
}

/**
 * A builder for one import. Arrays start at `initialCapacity` rows and double when full, so a
 * million rows cost about twenty copies rather than a million small allocations.
 */
export function createColumnsBuilder<K extends ImportKind>(kind: K, initialCapacity = 1024): ColumnsBuilder<K> {
  const sink = makeSink(kind, Math.max(16, initialCapacity));
  let finished = false;
  let encoded = false;
  const builder: ColumnsBuilder<K> = {
    kind,
    get rowCount() {
      return sink.length;
    },
    append(row) {
      if (finished) throw new Error('The columns are finished; start a new builder for more rows.');
      sink.append(row as never);
    },
    appendBatch(rows) {
      for (const row of rows) builder.append(row);
    },
    finish() {
      if (encoded) throw new Error('The columns were encoded and given back; keep the stored form instead.');
      finished = true;
      return widenDictionaries(sink.finish()) as ColumnsOf<K>;
    },
    encode() {
      if (encoded) throw new Error('The columns were encoded and given back; keep the stored form instead.');
      finished = true;
      encoded = true;
      // The dictionaries' narrow codes go into the stored form as they are: no four-byte copy at the peak.
      return encodeColumnsReleasing(sink.finish());
    },
    finishStored() {
      if (encoded) throw new Error('The columns were encoded and given back; keep the stored form instead.');
      finished = true;
      encoded = true;
      return sink.finish();
    },
  };
  return builder;
}

/** The metrics read four-byte dictionary codes: narrower ones are widened (a copy, off the import's stored-form path). */
function widenDictionaries(columns: EncodableColumns): Columns {
  const wide: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(columns)) wide[name] = isStoredDict(value) ? wideDict(value) : value;
  return wide as unknown as Columns;
}

function isStoredDict(value: unknown): value is StoredDict {
  return typeof value === 'object' && value !== null && 'values' in value && 'codes' in value;
}

function makeSink(kind: ImportKind, capacity: number): Sink<never> {
  switch (kind) {
    case 'usage':
      return usageSink(capacity);
    case 'quality':
      return qualitySink(capacity);
    case 'satisfaction':
      return satisfactionSink(capacity);
    case 'test_results':
      return testResultSink(capacity);
    case 'operations':
      return operationsSink(capacity);
    case 'reviews':
      return reviewsSink(capacity);
    case 'shadow':
      return shadowSink(capacity);
    case 'weekly_figures':
      return figuresSink(capacity);
    case 'incidents':
      return incidentsSink(capacity);
  }
}

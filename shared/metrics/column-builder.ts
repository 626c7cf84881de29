import { reviewDecisions, type ImportKind, type RowByKind, type RowTime } from '../csv/kinds';
import {
  NO_DAY,
  NO_WEEK,
  TRI_NO,
  TRI_UNKNOWN,
  TRI_YES,
  type Columns,
  type ColumnsOf,
  type TimedColumns,
} from './columns';
import { encodeColumnsReleasing, type EncodableColumns, type StoredDict } from './columnar';
import { dayFromIso } from './day-number';
import { DictBuilder, Growable, shrinkable, trimmed, wideDict } from './growing-columns';
import { figuresSink, incidentsSink } from './kind-sinks';

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

export interface Sink<Row> {
  readonly length: number;
  append(row: Row): void;
  /** The columns, dictionary codes as narrow as collected. */
  finish(): EncodableColumns;
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

/** The columns every dated kind has, dictionary codes as narrow as collected. */
type StoredTimedColumns = Omit<TimedColumns, 'stage' | 'group' | 'user'> & {
  readonly stage: StoredDict | null;
  readonly group: StoredDict | null;
  readonly user: StoredDict;
};

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

type TimedRow = RowTime & { line: number; stage: string | null; group: string | null; userId: string };

/** Columns shared by the dated kinds (usage, quality, satisfaction, operations). */
export class TimedBase {
  length = 0;
  readonly line: Growable<Uint32Array>;
  readonly day: Growable<Int32Array>;
  readonly week: Growable<Uint16Array>;
  readonly stage: DictBuilder;
  readonly group: DictBuilder;
  readonly user: DictBuilder;
  private lastDate = '';
  private lastDay = NO_DAY;
  /** The kind's own columns, grown together with the common ones. */
  private readonly extra: readonly { ensure(length: number): void }[];
  constructor(capacity: number, extra: readonly { ensure(length: number): void }[]) {
    this.extra = extra;
    this.line = new Growable(shrinkable(Uint32Array, capacity));
    this.day = new Growable(shrinkable(Int32Array, capacity));
    this.week = new Growable(shrinkable(Uint16Array, capacity));
    this.stage = new DictBuilder(capacity);
    this.group = new DictBuilder(capacity);
    this.user = new DictBuilder(capacity);
  }
  /** Writes the common fields of the next row and returns its index. */
  next(row: TimedRow): number {
    const i = this.length;
    if (i === this.line.data.length) {
      const n = i * 2;
      for (const column of [this.line, this.day, this.week, this.stage.codes, this.group.codes, this.user.codes]) column.ensure(n);
      for (const column of this.extra) column.ensure(n);
    }
    this.line.data[i] = row.line;
    this.day.data[i] = this.dayOf(row.date);
    // Most files give dates, not weeks: NO_WEEK is 0, what a new array holds, so it is not written and
    // the week column's pages are never touched (a written 0 would cost 2 bytes a row for nothing).
    if (row.week !== null) {
      this.week.data[i] = weekOf(row.week);
      this.week.used = true;
    }
    this.stage.put(i, row.stage);
    this.group.put(i, row.group);
    this.user.put(i, row.userId);
    this.length = i + 1;
    return i;
  }
  common(): StoredTimedColumns {
    const n = this.length;
    return {
      rowCount: n,
      line: trimmed(this.line.data, n),
      day: this.day.take(n, true),
      week: this.week.take(n, true),
      stage: this.stage.take(n, true),
      group: this.group.take(n, true),
      user: this.user.take(n, false)!,
    };
  }
  private dayOf(date: string | null): number {
    if (date === null) return NO_DAY;
    if (date !== this.lastDate) {
      const day = dayFromIso(date);
      if (day === null) throw new RangeError(`"${date}" is not a YYYY-MM-DD date`);
      this.lastDate = date;
      this.lastDay = day;
    }
    this.day.used = true;
    return this.lastDay;
  }
}

function weekOf(week: number | null): number {
  if (week === null) return NO_WEEK;
  if (!Number.isInteger(week) || week < 1 || week > 65535) throw new RangeError(`Week ${week} is not a week number`);
  return week;
}

function usageSink(capacity: number): Sink<RowByKind['usage']> {
  const uses = new Growable(shrinkable(Float32Array, capacity));
  const base = new TimedBase(capacity, [uses]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (row.uses !== null && !Number.isFinite(row.uses)) throw new RangeError(`Use count ${row.uses} on line ${row.line} is not a number`);
      const i = base.next(row);
      if (row.uses === null) uses.data[i] = NaN;
      else {
        uses.data[i] = row.uses;
        uses.used = true;
      }
    },
    finish: () => ({ kind: 'usage', ...base.common(), uses: uses.take(base.length, true) }),
  };
}

function qualitySink(capacity: number): Sink<RowByKind['quality']> {
  const share = new Growable(shrinkable(Float64Array, capacity));
  // Most editing logs give a share only: the minutes columns cost nothing until a row has minutes.
  const editing = new LazyMinutes();
  const manual = new LazyMinutes();
  const base = new TimedBase(capacity, [share, editing, manual]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isFinite(row.editingShare)) throw new RangeError(`Editing share ${row.editingShare} on line ${row.line} is not a number`);
      const i = base.next(row);
      share.data[i] = row.editingShare;
      editing.put(i, row.editingMinutes, base.line.data.length);
      manual.put(i, row.manualMinutes, base.line.data.length);
    },
    finish: () => ({
      kind: 'quality',
      ...base.common(),
      editingShare: trimmed(share.data, base.length),
      editingMinutes: editing.take(base.length),
      manualMinutes: manual.take(base.length),
    }),
  };
}

/**
 * A minutes column allocated on its first value (NaN before and wherever a row has none). Once it
 * exists, every row writes its slot (a value or NaN), so only the rows before the first value are
 * filled with NaN: the room past the last row is never touched and costs no memory (see `trimmed`).
 */
class LazyMinutes {
  private data: Float64Array | null = null;
  ensure(length: number): void {
    const data = this.data;
    if (data === null || length <= data.length) return;
    const next = shrinkable(Float64Array, Math.max(length, data.length * 2));
    next.set(data);
    this.data = next;
  }
  put(i: number, value: number | undefined, capacity: number): void {
    if (value === undefined || value === null) {
      if (this.data !== null) this.data[i] = NaN;
      return;
    }
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`Minutes ${value} on row ${i + 1} are not a duration`);
    if (this.data === null) this.data = shrinkable(Float64Array, capacity).fill(NaN, 0, i);
    this.data[i] = value;
  }
  take(length: number): Float64Array | null {
    return this.data === null ? null : trimmed(this.data, length);
  }
}

function satisfactionSink(capacity: number): Sink<RowByKind['satisfaction']> {
  const rating = new Growable(shrinkable(Uint8Array, capacity));
  const comment = new DictBuilder(capacity);
  const base = new TimedBase(capacity, [rating, comment.codes]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isInteger(row.rating) || row.rating < 1 || row.rating > 5) {
        throw new RangeError(`Rating ${row.rating} on line ${row.line} is not a whole number 1–5`);
      }
      const i = base.next(row);
      rating.data[i] = row.rating;
      comment.put(i, row.comment);
    },
    finish: () => ({
      kind: 'satisfaction',
      ...base.common(),
      rating: trimmed(rating.data, base.length),
      comment: comment.take(base.length, true),
    }),
  };
}

/** Optional measures of an operations row, in column order. */
const operationsMeasures = ['errors', 'latencySeconds', 'cost', 'escalations', 'thumbsUp', 'thumbsDown'] as const;

function operationsSink(capacity: number): Sink<RowByKind['operations']> {
  const requests = new Growable(shrinkable(Float64Array, capacity));
  const measures = operationsMeasures.map(() => new Growable(shrinkable(Float64Array, capacity)));
  const base = new TimedBase(capacity, [requests, ...measures]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      if (!Number.isFinite(row.requests) || row.requests < 0) throw new RangeError(`Requests ${row.requests} on line ${row.line} is not a count`);
      const i = base.next(row);
      requests.data[i] = row.requests;
      for (let m = 0; m < operationsMeasures.length; m++) {
        const value = row[operationsMeasures[m] as (typeof operationsMeasures)[number]];
        const column = measures[m] as Growable<Float64Array>;
        if (value === null) column.data[i] = NaN;
        else {
          if (!Number.isFinite(value)) throw new RangeError(`${operationsMeasures[m]} ${value} on line ${row.line} is not a number`);
          column.data[i] = value;
          column.used = true;
        }
      }
    },
    finish: () => {
      const n = base.length;
      const [errors, latency, cost, escalations, thumbsUp, thumbsDown] = measures.map((m) => m.take(n, true));
      return {
        kind: 'operations',
        ...base.common(),
        requests: trimmed(requests.data, n),
        errors: errors ?? null,
        latency: latency ?? null,
        cost: cost ?? null,
        escalations: escalations ?? null,
        thumbsUp: thumbsUp ?? null,
        thumbsDown: thumbsDown ?? null,
      };
    },
  };
}

function reviewsSink(capacity: number): Sink<RowByKind['reviews']> {
  const decision = new Growable(shrinkable(Uint8Array, capacity));
  const minutes = new Growable(shrinkable(Float64Array, capacity));
  const base = new TimedBase(capacity, [decision, minutes]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      const code = reviewDecisions.indexOf(row.decision);
      if (code < 0) throw new RangeError(`Decision ${row.decision} on line ${row.line} is not approved, edited or rejected`);
      const i = base.next(row);
      decision.data[i] = code;
      if (row.minutes === null) minutes.data[i] = NaN;
      else {
        minutes.data[i] = row.minutes;
        minutes.used = true;
      }
    },
    finish: () => ({ kind: 'reviews', ...base.common(), decision: trimmed(decision.data, base.length), minutes: minutes.take(base.length, true) }),
  };
}

function shadowSink(capacity: number): Sink<RowByKind['shadow']> {
  const match = new Growable(shrinkable(Uint8Array, capacity));
  const base = new TimedBase(capacity, [match]);
  return {
    get length() {
      return base.length;
    },
    append(row) {
      const i = base.next(row);
      match.data[i] = row.match ? 1 : 0;
    },
    finish: () => ({ kind: 'shadow', ...base.common(), match: trimmed(match.data, base.length) }),
  };
}

function testResultSink(capacity: number): Sink<RowByKind['test_results']> {
  let length = 0;
  const line = new Growable(shrinkable(Uint32Array, capacity));
  const group = new DictBuilder(capacity);
  const caseId = new DictBuilder(capacity);
  const correct = new Growable(shrinkable(Uint8Array, capacity));
  const hallucination = new Growable(shrinkable(Uint8Array, capacity));
  const latency = new Growable(shrinkable(Float64Array, capacity));
  return {
    get length() {
      return length;
    },
    append(row) {
      const i = length;
      if (i === line.data.length) {
        for (const column of [line, group.codes, caseId.codes, correct, hallucination, latency]) column.ensure(i * 2);
      }
      line.data[i] = row.line;
      group.put(i, row.group);
      caseId.put(i, row.caseId);
      correct.data[i] = tri(row.correct);
      hallucination.data[i] = tri(row.hallucination);
      if (row.latencySeconds !== null && !Number.isFinite(row.latencySeconds)) {
        throw new RangeError(`Latency ${row.latencySeconds} on line ${row.line} is not a number`);
      }
      if (row.latencySeconds === null) latency.data[i] = NaN;
      else {
        latency.data[i] = row.latencySeconds;
        latency.used = true;
      }
      length = i + 1;
    },
    finish: () => ({
      kind: 'test_results',
      rowCount: length,
      line: trimmed(line.data, length),
      group: group.take(length, true),
      caseId: caseId.take(length, false)!,
      correct: trimmed(correct.data, length),
      hallucination: trimmed(hallucination.data, length),
      latency: latency.take(length, true),
    }),
  };
}

function tri(value: boolean | null): number {
  return value === null ? TRI_UNKNOWN : value ? TRI_YES : TRI_NO;
}

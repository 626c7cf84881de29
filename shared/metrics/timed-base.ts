/** What every kind's column sink is, and the columns the dated kinds share (line, day, week, stage, group, user). */
import type { RowTime } from '../csv/kinds';
import { NO_DAY, NO_WEEK, type TimedColumns } from './columns';
import type { EncodableColumns, StoredDict } from './columnar';
import { dayFromIso } from './day-number';
import { DictBuilder, Growable, shrinkable, trimmed } from './growing-columns';

/** Collects one kind's rows into columns (`column-builder.ts` picks the kind's). */
export interface Sink<Row> {
  readonly length: number;
  append(row: Row): void;
  /** The columns, dictionary codes as narrow as collected. */
  finish(): EncodableColumns;
}

/** The columns every dated kind has, dictionary codes as narrow as collected. */
export type StoredTimedColumns = Omit<TimedColumns, 'stage' | 'group' | 'user'> & {
  readonly stage: StoredDict | null;
  readonly group: StoredDict | null;
  readonly user: StoredDict;
};

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

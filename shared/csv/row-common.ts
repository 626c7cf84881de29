/** What every row builder shares: the context, the outcome slot, and reading time, stage and group cells. */
import type { ImportKind, RowByKind } from './kinds';
import { fieldById } from './fields';
import type { LatencyUnit } from './mapping';
import type { RejectCode, WarningCode } from './reasons';
import { dateFormatLabels, type CsvSettings, type DateFormat } from './settings';
import { epochProblem } from './epoch-dates';
import { compactDate, parseDate, parseDecimal, parseWeek, trimCell } from './values';
import { isNoValue, NoValueCells, valueCell } from './no-value';
import { Keeper } from './keeper';

export { detach, Keeper } from './keeper';

/** A stage of the plan, for matching a stage column. */
export interface StageRef {
  readonly id: string;
  readonly name: string;
}

export interface RowContext {
  readonly kind: ImportKind;
  readonly settings: CsvSettings;
  /** Field id → column index. */
  readonly columns: ReadonlyMap<string, number>;
  readonly latencyUnit: LatencyUnit;
  /**
   * The plan's stages. When given, a stage cell must name one of them (by name, case-insensitively, by id,
   * or by number "2" / "Stage 2") and the row's `stage` is that stage's id; an unknown stage rejects the row,
   * because guessing its stage from the date could count it in the wrong gate. When absent, the text is kept.
   */
  readonly stages: readonly StageRef[] | null;
  /** `YYYY-MM-DD`; later dates are accepted with a warning. */
  readonly today: string;
  /** Copy text out of the parsed chunk (see `Keeper`); for sinks that keep row objects. */
  readonly copyStrings: boolean;
  /**
   * Return the same row object for every accepted record, overwritten each time (default false): for a
   * sink that copies the values out at once (the columns builder), a million rows then cost no allocation.
   */
  readonly reuseRow?: boolean;
  /** Where the rows whose group or stage is a tool's no-value word are counted, for the import's summary. */
  readonly noValues?: NoValueCells;
}

/** A row the builder fills in place (rows are handed out as their readonly type). */
export type Writable<T> = { -readonly [P in keyof T]: T[P] };

/** The fields the dated kinds share, as `CommonReader.fill` writes them. */
export interface CommonFields {
  line: number;
  date: string | null;
  week: number | null;
  stage: string | null;
  group: string | null;
}

/** Filled by a builder when it returns null (rejection) or a warning; reused for every row. */
export interface RowOutcome {
  code: RejectCode;
  field: string | null;
  message: string;
  /** The row's date when it lies after `today` (a warning, not a rejection). */
  futureDate: string | null;
  /** Any other warning about an accepted row; the importer clears it before each row. */
  note: RowNote | null;
}

/** A warning about a row that was accepted: counted under its reason, the message made only for a kept example. */
export interface RowNote {
  readonly code: WarningCode;
  readonly field: string | null;
  readonly message: () => string;
  /** A second warning on the same row (a sampled row whose latency is 0): each is counted under its own reason. */
  readonly also?: RowNote;
}

export type RowBuilder<K extends ImportKind> = (cells: readonly string[], line: number, out: RowOutcome) => RowByKind[K] | null;

export function newOutcome(): RowOutcome {
  return { code: 'missing_value', field: null, message: '', futureDate: null, note: null };
}

export function quote(value: string): string {
  return `“${value.length > 60 ? value.slice(0, 57) + '…' : value}”`;
}

/** Parts every kind except test results shares: time, stage, group. */
export class CommonReader {
  date: string | null = null;
  week: number | null = null;
  stage: string | null = null;
  group: string | null = null;
  private readonly iDate: number;
  private readonly iWeek: number;
  private readonly iStage: number;
  private readonly iGroup: number;
  private readonly format: DateFormat;
  // Rows often come sorted by date: the last date read is kept, with whether it lies in the future.
  private lastRawDate = '';
  private lastIsoDate: string | null = null;
  private lastIsFuture = false;
  // A log with one row per request has a new timestamp on every row, but the date changes rarely:
  // the date part of the last timestamp (before its 'T' or space) is kept, since the time is dropped anyway.
  private lastDayPart = '';
  private readonly keeper: Keeper;
  private readonly stageIds = new Map<string, string | null>();
  // Stage cells repeat row after row: the last one read is remembered with its id.
  private lastRawStage = '';
  private lastStageId: string | null = null;
  private readonly fileStage: string | null;
  private stageNames: string | undefined;
  private unknownStageRaw = '';
  private unknownStageMessage = '';
  private readonly noValues: NoValueCells;

  constructor(private readonly ctx: RowContext) {
    this.keeper = new Keeper(ctx.copyStrings);
    this.noValues = ctx.noValues ?? new NoValueCells();
    this.iDate = ctx.columns.get('date') ?? -1;
    this.iWeek = ctx.columns.get('week') ?? -1;
    this.iStage = ctx.columns.get('stage') ?? -1;
    this.iGroup = ctx.columns.get('group') ?? -1;
    this.format = ctx.settings.dateFormat ?? 'iso';
    this.fileStage = ctx.settings.fileStage ? ctx.settings.fileStage : null;
  }

  /** Reads time, stage and group into the fields; false (with `out` filled) when the row must be rejected. */
  read(cells: readonly string[], out: RowOutcome): boolean {
    this.date = null;
    this.week = null;
    out.futureDate = null;
    if (this.iDate >= 0) {
      const raw = valueCell(cells[this.iDate]);
      if (raw !== '') {
        if (raw !== this.lastRawDate && !this.sameDay(raw)) {
          this.lastRawDate = raw;
          this.lastIsoDate = parseDate(raw, this.format);
          this.lastIsFuture = this.lastIsoDate !== null && this.lastIsoDate > this.ctx.today;
          // Later cells of the same day are recognised by this prefix only when it reads as that day by itself
          // ("3 March 2026 10:00" has a space inside its date: its prefix "3 March" does not, so it is never reused).
          const prefix = this.lastIsoDate === null ? '' : dayPart(raw);
          this.lastDayPart = prefix !== '' && parseDate(prefix, this.format) === this.lastIsoDate ? prefix : '';
        }
        if (this.lastIsoDate === null) return reject(out, 'invalid_date', 'date', dateMessage(raw, this.format));
        this.date = this.lastIsoDate;
        if (this.lastIsFuture) out.futureDate = this.date;
      }
    }
    if (this.date === null && this.iWeek >= 0) {
      const raw = valueCell(cells[this.iWeek]);
      if (raw !== '') {
        const week = parseWeek(raw);
        if (Number.isNaN(week)) {
          return reject(out, 'invalid_week', 'week', `Week ${quote(raw)} is not a week number from 1 to 520`);
        }
        this.week = week;
      }
    }
    if (this.date === null && this.week === null) {
      if (this.iDate >= 0 && this.iWeek >= 0) return reject(out, 'missing_value', 'date', 'Date and week number are both empty');
      return this.iDate >= 0
        ? reject(out, 'missing_value', 'date', 'Date is empty')
        : reject(out, 'missing_value', 'week', 'Week number is empty');
    }
    this.stage = null;
    if (this.iStage >= 0) {
      // Trimmed and checked as `valueCell` does; a no-value word is counted, once per file said (import-notes.ts).
      const raw = trimCell(cells[this.iStage]);
      if (raw !== '' && isNoValue(raw)) this.noValues.sawStage(raw);
      else if (raw !== '') {
        if (this.ctx.stages === null) this.stage = this.keeper.repeated(raw);
        else {
          if (raw !== this.lastRawStage) {
            this.lastRawStage = raw;
            this.lastStageId = this.stageId(raw);
          }
          const id = this.lastStageId;
          if (id === null) {
            // A file for another plan rejects nearly every row for this reason: the message is made
            // once per stage text, and the rejected-rows writer then sees the very same string each time.
            if (this.unknownStageRaw !== raw) {
              this.stageNames ??= this.ctx.stages.map((s) => s.name).join(', ') || 'none yet';
              this.unknownStageRaw = raw;
              this.unknownStageMessage = `Stage ${quote(raw)} is not one of this plan's stages (${this.stageNames})`;
            }
            return reject(out, 'unknown_stage', 'stage', this.unknownStageMessage);
          }
          this.stage = id;
        }
      }
    }
    // The stage the user said the file belongs to, for rows that name none ('' means by date).
    if (this.stage === null && this.fileStage !== null) {
      if (this.ctx.stages === null) this.stage = this.fileStage;
      else {
        const id = this.stageId(this.fileStage);
        if (id !== null) this.stage = id;
      }
    }
    this.group = null;
    if (this.iGroup >= 0) {
      const raw = trimCell(cells[this.iGroup]);
      if (raw !== '') {
        if (isNoValue(raw)) this.noValues.sawGroup(raw);
        else this.group = this.keeper.repeated(raw);
      }
    }
    return true;
  }

  /** Whether `raw` is the last parsed timestamp's date with another time of day. */
  private sameDay(raw: string): boolean {
    const prefix = this.lastDayPart;
    if (prefix === '' || raw.length <= prefix.length || !raw.startsWith(prefix)) return false;
    const c = raw.charCodeAt(prefix.length);
    return c === 32 || c === 84;
  }

  /** Copies the line and what `read` found into `row`. */
  fill(row: CommonFields, line: number): void {
    row.line = line;
    row.date = this.date;
    row.week = this.week;
    row.stage = this.stage;
    row.group = this.group;
  }

  private stageId(raw: string): string | null {
    const cached = this.stageIds.get(raw);
    if (cached !== undefined) return cached;
    const stages = this.ctx.stages ?? [];
    const key = raw.toLowerCase().replace(/\s+/g, ' ');
    const numbered = /^(?:stage\s*)?(\d+)$/.exec(key);
    const byNumber = numbered ? stages[Number(numbered[1]) - 1] : undefined;
    const match =
      stages.find((s) => s.name.trim().toLowerCase().replace(/\s+/g, ' ') === key) ??
      stages.find((s) => s.id === raw) ??
      byNumber;
    const id = match ? match.id : null;
    if (this.stageIds.size < 1000) this.stageIds.set(raw, id);
    return id;
  }
}

/** The date part of a timestamp ("2026-03-03" of "2026-03-03T10:15"), '' when it has no time part. */
function dayPart(raw: string): string {
  for (let i = 6; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 84) return raw.slice(0, i);
  }
  return '';
}

export function dateMessage(raw: string, format: DateFormat): string {
  if (format === 'excel_serial' && Math.floor(parseDecimal(raw, false)) === 60) {
    return 'Excel serial 60 stands for 29 February 1900, a day that never existed (a known Excel bug)';
  }
  if (format === 'unix' && /^\d+(\.\d+)?$/.test(raw)) return epochProblem(raw);
  const unix = unixTimeDay(raw);
  if (unix !== null) {
    // The usage exports of OpenAI's API (start_time) and Intercom's (created_at) give Unix times: read when the column is
    // detected as such; here the file's dates were settled otherwise (a mixed column, or another order chosen).
    return (
      `${quote(raw)} looks like a Unix time (${unix.unit} since 1 January 1970: ${unix.day} UTC), but the dates are read as ` +
      `${dateFormatLabels[format]}: choose “${dateFormatLabels.unix}” as the date format if the column holds Unix times`
    );
  }
  const compact = format === 'ymd_compact' || !/^\d{8}$/.test(raw) ? null : compactDate(raw);
  if (compact !== null) return `${quote(raw)} looks like a date without separators (${compact}), but the dates are read as ${dateFormatLabels[format]}: ` +
    `choose “${dateFormatLabels.ymd_compact}” as the date format if the column holds such dates`;
  return `${quote(raw)} is not a valid date (expected ${dateFormatLabels[format]})`;
}

/** A whole number of seconds (10 digits) or milliseconds (13) since 1970 that falls in 2001–2286, with its UTC day. */
export function unixTimeDay(raw: string): { readonly unit: 'seconds' | 'milliseconds'; readonly day: string } | null {
  if (!/^\d{10}$|^\d{13}$/.test(raw)) return null;
  const unit = raw.length === 10 ? 'seconds' : 'milliseconds';
  const ms = unit === 'seconds' ? Number(raw) * 1000 : Number(raw);
  return { unit, day: new Date(ms).toISOString().slice(0, 10) };
}

export function reject(out: RowOutcome, code: RejectCode, field: string | null, message: string): false {
  out.code = code;
  out.field = field;
  out.message = message;
  return false;
}

/** A trimmed text cell, '' when the column is not mapped or the cell is empty. */
export function textCell(cells: readonly string[], index: number, keeper: Keeper): string {
  return index < 0 ? '' : keeper.one(trimCell(cells[index]));
}

export function missing(out: RowOutcome, kind: ImportKind, field: string): null {
  reject(out, 'missing_value', field, `${fieldById(kind, field)?.label ?? field} is empty`);
  return null;
}

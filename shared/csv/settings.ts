import type { ApiError } from '../result';
import type { CostUnit } from './cost-unit';
import type { LatencyUnit } from './mapping';

/** Text encodings the importer reads (SPEC §5). */
export const csvEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

export const delimiterLabels: Record<CsvDelimiter, string> = {
  ',': 'Comma',
  ';': 'Semicolon',
  '\t': 'Tab',
  '|': 'Pipe',
};

/**
 * How the date column is written. `dmy`/`mdy` accept `/`, `.` or `-` between the parts;
 * ISO values (`2024-12-01`) are read whatever the format, because they cannot be misread.
 * `excel_serial_1904` counts days from 1 January 1904 (day 0), as workbooks marked `date1904` do (Excel for Mac
 * before 2011 by default): the same number is a date 4 years and 1 day later than in the 1900 system.
 */
export const dateFormats = ['iso', 'dmy', 'mdy', 'excel_serial', 'excel_serial_1904', 'unix', 'ymd_compact'] as const;
export type DateFormat = (typeof dateFormats)[number];

export const dateFormatLabels: Record<DateFormat, string> = {
  iso: 'yyyy-mm-dd',
  dmy: 'dd/mm/yyyy (day first)',
  mdy: 'mm/dd/yyyy (month first)',
  excel_serial: 'Excel serial number',
  excel_serial_1904: 'Excel serial number, 1904 date system',
  unix: 'Unix time (UTC)',
  ymd_compact: 'yyyymmdd (no separators)',
};

/** `percent`: values are 0–100; `fraction`: values are 0–1 and are multiplied by 100. A `%` sign always means percent. */
export const percentScales = ['percent', 'fraction'] as const;
export type PercentScale = (typeof percentScales)[number];

/**
 * How numbered incident levels are read (P1, Sev1, S1, 1): `from_1` when level 1 is the most severe
 * (1 critical, 2 high, 3 medium, 4 and 5 low); `from_0` when a level 0 sits above it (0 critical, 1 high,
 * 2 medium, 3 and 4 low). Words (critical, major, blocker…) are read the same either way.
 */
export const severityScales = ['from_1', 'from_0'] as const;
export type SeverityScale = (typeof severityScales)[number];

/** Everything needed to read a file the same way twice (remembered with the import's provenance). */
export interface CsvSettings {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  /** `12,5` means twelve and a half. */
  readonly decimalComma: boolean;
  /** Format of the mapped date column; null when no date column is mapped or the user has not answered yet. */
  readonly dateFormat: DateFormat | null;
  /** Scale of the mapped percent column; null when none is mapped or the user has not answered yet. */
  readonly percentScale: PercentScale | null;
  /** Lines skipped before the header (a title block above the table); 0 when absent. */
  readonly skipTop?: number;
  /** Non-blank lines skipped at the end (totals, notes under the table); 0 when absent. */
  readonly skipBottom?: number;
  /**
   * Rows right after the header that are more header (a question-text row, Qualtrics' `{"ImportId":…}` row,
   * SurveyMonkey's "Response" row): skipped. Detected; absent means none.
   */
  readonly extraHeaderRows?: number;
  /**
   * The stage rows without a stage cell belong to (by name); '' for "by date" (the stage whose range holds
   * the row's date). Absent when the user was not asked.
   */
  readonly fileStage?: string;
  /** How numbered incident levels read; absent when the file has none or the user has not answered yet. */
  readonly severityScale?: SeverityScale;
  /**
   * The user's answer for a latency column whose header names no unit; it overrides the mapping's unit.
   * Absent when the header names the unit or nobody was asked.
   */
  readonly latencyUnit?: LatencyUnit;
  /**
   * The unit of the cost column when its header names none and the file gives a currency apart (billing exports write
   * cents or whole units); `cents` divides every cost by 100. Absent when there is no cost column, or whole units.
   */
  readonly costUnit?: CostUnit;
  /**
   * The file is a sheet of a workbook that counts days from 1904: a column detected as Excel serial numbers is
   * read in that system (`excel_serial_1904`). Set by the workbook reader, never asked.
   */
  readonly excelDateSystem?: '1904';
}

/** Why a whole file could not be read (as opposed to single rows, which are rejected and counted). */
export type CsvFailureReason =
  | 'too_large'
  | 'empty'
  | 'binary'
  | 'no_data'
  | 'line_too_long'
  | 'needs_answer'
  | 'mapping_incomplete'
  | 'cancelled'
  | 'internal'
  /** A part of a file read on its own could not stand alone (`split-import.ts`): the caller reads the file whole. Never shown. */
  | 'split_refused';

/** An `ApiError` that also says which of the file-level problems happened, so a screen can react to it. */
export interface CsvError extends ApiError {
  readonly reason: CsvFailureReason;
}

/** Assignable to `Result<T>` from shared/result.ts. */
export type CsvResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: CsvError };

const apiCodes: Record<CsvFailureReason, ApiError['code']> = {
  too_large: 'too_large',
  cancelled: 'cancelled',
  empty: 'invalid',
  binary: 'invalid',
  no_data: 'invalid',
  line_too_long: 'invalid',
  needs_answer: 'invalid',
  mapping_incomplete: 'invalid',
  internal: 'invalid',
  split_refused: 'invalid',
};

export function csvFail(reason: CsvFailureReason, message: string, details?: readonly string[]): CsvResult<never> {
  const error: CsvError = details
    ? { code: apiCodes[reason], reason, message, details }
    : { code: apiCodes[reason], reason, message };
  return { ok: false, error };
}

/** Thrown inside the pipeline and turned into a `CsvResult` failure at its edge. */
export class CsvFailure extends Error {
  constructor(
    readonly reason: CsvFailureReason,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'CsvFailure';
  }
}

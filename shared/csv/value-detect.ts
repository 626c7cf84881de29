/**
 * Per-column guesses made on the sample rows: is this a date column and in which format, is this a
 * percent column and on which scale. Ambiguity is reported, never silently resolved: the import screen
 * asks the user.
 */
import { isEpochDate } from './epoch-dates';
import { monthNameDate } from './month-dates';
import { labelledRatings, scalePoint } from './scale-points';
import type { DateFormat, PercentScale } from './settings';
import { compactDate, dateParts, excelSerialToIso, isWhole, parseBoolean, parseDecimal, parseWeek, validIso } from './values';
import { isNoValue } from './no-value';

export interface DateDetection {
  /** The format, or null when the user must choose among `candidates`. */
  readonly format: DateFormat | null;
  /** Formats that read every sample value, most likely first. */
  readonly candidates: readonly DateFormat[];
  readonly ambiguous: boolean;
  /** A few sample values, for the question shown to the user. */
  readonly examples: readonly string[];
}

/** Excel serials 20000–80000 are 1954–2119: a plausible range for pilot data, so the shape alone suggests dates. */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

/** Eight digits that read as a date from 2000 on, year first (`20260302`). */
function isCompactDate(value: string): boolean {
  return value.length === 8 && /^\d{8}$/.test(value) && compactDate(value) !== null;
}

/** Share of non-empty values that must read as dates for a column to count as a date column. */
const DATE_SHARE = 0.8;

/**
 * Decides the date format of one column from sample values (trimmed). Returns null when the column
 * does not look like dates. When every value has both leading numbers ≤ 12 (`03/04/2024`), day-first
 * and month-first read all of them: `ambiguous` is true and `format` null.
 */
export function detectDateFormat(values: readonly string[], preferDayFirst = true): DateDetection | null {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return null;
  const examples = filled.slice(0, 3);

  // Unix times: the digit count settles the unit (epoch-dates.ts); shown as dates in the preview before importing.
  if (filled.every(isEpochDate)) return { format: 'unix', candidates: ['unix'], ambiguous: false, examples };
  // Dates without separators (Azure Cost Management's UsageDate 20260302): year first, never asked.
  if (filled.every(isCompactDate)) return { format: 'ymd_compact', candidates: ['ymd_compact'], ambiguous: false, examples };

  let serials = 0;
  for (const v of filled) {
    const n = parseDecimal(v, false);
    if (!Number.isNaN(n) && n >= SERIAL_MIN && n <= SERIAL_MAX && excelSerialToIso(n) !== null) serials++;
  }
  if (serials === filled.length) return { format: 'excel_serial', candidates: ['excel_serial'], ambiguous: false, examples };

  let iso = 0;
  let dmyOnly = 0;
  let mdyOnly = 0;
  let both = 0;
  let dotOrDash = 0;
  for (const v of filled) {
    const p = dateParts(v);
    if (p === null) {
      // A month name settles the order ("03/Mar/26"): read like an ISO date, never asked.
      if (monthNameDate(v) !== null) iso++;
      continue;
    }
    if (p.order === 'ymd') {
      if (validIso(p.year, p.a, p.b)) iso++;
      continue;
    }
    const asDmy = validIso(p.year, p.b, p.a) !== null;
    const asMdy = validIso(p.year, p.a, p.b) !== null;
    if (asDmy && asMdy) both++;
    else if (asDmy) dmyOnly++;
    else if (asMdy) mdyOnly++;
    else continue;
    if (p.separator !== '/') dotOrDash++;
  }
  const readable = iso + dmyOnly + mdyOnly + both;
  if (readable < filled.length * DATE_SHARE) return null;
  const dayMonth = dmyOnly + mdyOnly + both;
  if (dayMonth === 0) return { format: 'iso', candidates: ['iso'], ambiguous: false, examples };
  const slashed = filled.filter((v) => dateParts(v)?.order === 'xxy').slice(0, 3);
  if (dmyOnly > 0 && mdyOnly === 0) return { format: 'dmy', candidates: ['dmy'], ambiguous: false, examples: slashed };
  if (mdyOnly > 0 && dmyOnly === 0) return { format: 'mdy', candidates: ['mdy'], ambiguous: false, examples: slashed };
  // Either every value fits both, or some fit only one and others only the other: ask.
  // `01.02.2024` and `01-02-2024` are European habits, so day-first is offered first for them.
  const dayFirst = dotOrDash > 0 || preferDayFirst;
  const candidates: DateFormat[] = dayFirst ? ['dmy', 'mdy'] : ['mdy', 'dmy'];
  return { format: null, candidates, ambiguous: true, examples: slashed };
}

export interface PercentDetection {
  readonly scale: PercentScale | null;
  readonly candidates: readonly PercentScale[];
  readonly ambiguous: boolean;
  readonly examples: readonly string[];
  /**
   * Set when the column writes its shares in more than one form: a fraction (0.12) beside a bare number above 1 (8), or
   * beside a value with a % sign (12%). One of each, as written, for the question: no one scale reads them all alike.
   */
  readonly mixed?: { readonly fraction: string; readonly whole: string | null; readonly signed: string | null };
}

/**
 * Decides whether a percent column holds 0–100 or 0–1 values. A `%` sign means percent; values above 1 mean percent;
 * when every value lies within 0–1, `0.5` could be half a percent or fifty: ambiguous. A column mixing forms ("12%",
 * "0.12", "8") is ambiguous too: read as percentages 0.12 is 0.12%, read as fractions 8 is 800%, and which one each
 * row meant cannot be told. A percentage written with decimals (12.5) settles it: 0.5 beside it is half a percent. Returns null when the column is not numeric.
 */
export function detectPercentScale(values: readonly string[], decimalComma: boolean): PercentDetection | null {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return null;
  let max = -Infinity;
  let plain = 0;
  let numeric = 0;
  let fraction: string | null = null;
  let whole: string | null = null;
  let signed: string | null = null;
  let fractions = 0;
  let wholes = 0;
  // 12.5 or 7.25: only a percentage is written so, and then 0.5 beside it is half a percent.
  let decimalsAboveOne = false;
  for (const v of filled) {
    const sign = v.endsWith('%');
    const n = parseDecimal(sign ? v.slice(0, -1).trimEnd() : v, decimalComma);
    if (Number.isNaN(n)) continue;
    numeric++;
    if (sign) {
      signed ??= v;
      continue;
    }
    plain++;
    if (n > max) max = n;
    if (n > 0 && n < 1) {
      fraction ??= v;
      fractions++;
    } else if (n > 1) {
      whole ??= v;
      wholes++;
      if (!isWhole(n)) decimalsAboveOne = true;
    }
  }
  if (numeric < filled.length * DATE_SHARE) return null;
  const examples = filled.slice(0, 3);
  // Beside "12%", a bare 0.12 is no "0.12%" (that writer signs percentages). Without signs, more fractions than whole numbers
  // above 1 (0.12, 0.3, 8) make the 8 the odd one, which no scale reads alike with the rest.
  if (fraction !== null && (signed !== null || (wholes > 0 && !decimalsAboveOne && fractions > wholes))) {
    return { scale: null, candidates: ['percent', 'fraction'], ambiguous: true, examples, mixed: { fraction, whole, signed } };
  }
  if (plain === 0 || max > 1) return { scale: 'percent', candidates: ['percent'], ambiguous: false, examples };
  return { scale: null, candidates: ['fraction', 'percent'], ambiguous: true, examples };
}

export type ColumnShape = 'empty' | 'date' | 'week' | 'rating' | 'boolean' | 'integer' | 'number' | 'text';

export interface ColumnProfile {
  readonly shape: ColumnShape;
  readonly date: DateDetection | null;
  readonly percent: PercentDetection | null;
  /** Smallest and largest value of a numeric column. */
  readonly min: number | null;
  readonly max: number | null;
  /** The column contains a `%` sign. */
  readonly percentSigns: boolean;
}

/** Describes one column of the sample for mapping by value shape. */
export function profileColumn(values: readonly string[], decimalComma: boolean, preferDayFirst = true): ColumnProfile {
  // Grafana's "null", pandas' "NaN": no value, so a column of them is empty and "null" never makes numbers text.
  const filled = values.filter((v) => v !== '' && !isNoValue(v));
  const percentSigns = filled.some((v) => v.endsWith('%'));
  const percent = detectPercentScale(filled, decimalComma);
  const base = { percent, percentSigns, date: null, min: null, max: null };
  if (filled.length === 0) return { ...base, shape: 'empty' };
  const numbers = filled.map((v) => parseDecimal(v.endsWith('%') ? v.slice(0, -1).trimEnd() : v, decimalComma));
  const allNumeric = numbers.every((n) => !Number.isNaN(n));
  const date = allNumeric && !filled.every((v) => /^\d{5}(\.\d+)?$/.test(v) || isEpochDate(v) || isCompactDate(v)) ? null : detectDateFormat(filled, preferDayFirst);
  if (date !== null && !allNumeric) return { ...base, shape: 'date', date };
  if (allNumeric) {
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const whole = numbers.every(isWhole);
    const stats = { ...base, min, max, date };
    if (date !== null) return { ...stats, shape: 'date' };
    if (whole && min >= 1 && max <= 5 && !percentSigns) return { ...stats, shape: 'rating' };
    if (whole && filled.every((v) => !Number.isNaN(parseWeek(v))) && max <= 53) return { ...stats, shape: 'week' };
    if (filled.every((v) => parseBoolean(v) !== null) && max <= 1) return { ...stats, shape: 'boolean' };
    return { ...stats, shape: whole ? 'integer' : 'number' };
  }
  if (filled.every((v) => parseBoolean(v) !== null)) return { ...base, shape: 'boolean' };
  if (filled.every((v) => !Number.isNaN(parseWeek(v)))) return { ...base, shape: 'week' };
  // "4", "2", "5 - It's extremely important": a 1–5 question whose end points carry words.
  if (labelledRatings(filled, decimalComma)) {
    const points = filled.map((v) => scalePoint(v)?.point ?? parseDecimal(v, decimalComma));
    return { ...base, shape: 'rating', min: Math.min(...points), max: Math.max(...points) };
  }
  return { ...base, shape: 'text' };
}

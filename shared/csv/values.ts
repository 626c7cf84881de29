/**
 * Cell value parsers for the import hot path: one call per cell of a million-row file, so they walk
 * char codes instead of running regular expressions, and allocate nothing on success but the result.
 * Each returns NaN / null on failure; the caller words the rejection.
 */
import { clockSeconds } from './clock-times';
import { monthNameDate } from './month-dates';
import type { DateFormat } from './settings';
import { readEpoch } from './epoch-dates';
// Parsers kept in files of their own, re-exported for the modules that read every kind of cell from here.
export { MAX_WEEK, parseWeek } from './week-numbers';
export { isNotJudged, parseActive, parseBoolean, parseHallucination, readsAsActive, readsAsCorrectnessLabels, readsAsHallucinationLabels, readsAsVerdicts, verdictOf } from './yes-no-words';

const ZERO = 48;
const NINE = 57;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

/** Whitespace `String.prototype.trim` would remove at either end. */
function isTrimmable(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Trims only when needed (most cells need nothing), so the common case costs two char-code reads. */
export function trimCell(cell: string | undefined): string {
  if (cell === undefined) return '';
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(n - 1);
  // Printable ASCII at both ends (nearly every cell) settles it without the Unicode space list.
  if (first > 32 && first < 127 && last > 32 && last < 127) return cell;
  if (!isTrimmable(first) && !isTrimmable(last)) return cell;
  return cell.trim();
}

/**
 * Parses a number written with `.` or (when `decimalComma`) `,` as decimal separator, optional sign
 * (also the Unicode minus), optional thousands grouping by the other separator, space, no-break space or
 * apostrophe in groups of exactly three digits, and an exponent. `12,5` without `decimalComma` is NaN, not 125:
 * a grouping separator must be followed by three digits.
 */
export function parseDecimal(text: string, decimalComma: boolean): number {
  const n = text.length;
  if (n === 0) return NaN;
  const decimal = decimalComma ? 44 : 46;
  let i = 0;
  let c = text.charCodeAt(0);
  let negative = false;
  if (c === 45 || c === 43 || c === 0x2212) {
    negative = c !== 43;
    i = 1;
  }
  const start = i;
  // Fast path: digits with at most one decimal separator and at most 15 digits. The digits form an exact
  // integer and 10^k is exact, so one division gives the correctly rounded value, as Number() would.
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (c === decimal && fraction < 0) {
      fraction = 0;
    } else {
      break;
    }
  }
  if (i === n) {
    if (digits === 0) return NaN;
    if (digits <= 15) {
      const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction]! : mantissa;
      return negative ? -value : value;
    }
  }
  return parseGrouped(text, start, decimalComma, negative);
}

const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

function isGroupSeparator(c: number, decimalComma: boolean): boolean {
  return c === (decimalComma ? 46 : 44) || c === 32 || c === 0xa0 || c === 0x202f || c === 39 || c === 0x2019;
}

/** Slow path of `parseDecimal`: thousands groups and exponents. */
function parseGrouped(text: string, start: number, decimalComma: boolean, negative: boolean): number {
  const n = text.length;
  const decimal = decimalComma ? 44 : 46;
  let out = '';
  let i = start;
  let run = 0;
  let grouped = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      run++;
      continue;
    }
    if (isGroupSeparator(c, decimalComma)) {
      if (run === 0 || (grouped ? run !== 3 : run > 3)) return NaN;
      out += text.slice(i - run, i);
      grouped = true;
      run = 0;
      continue;
    }
    break;
  }
  if (grouped && run !== 3) return NaN;
  out += text.slice(i - run, i);
  if (i < n && text.charCodeAt(i) === decimal) {
    const from = ++i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === from && out.length === 0) return NaN;
    out += '.' + text.slice(from, i);
  }
  if (out.length === 0) return NaN;
  if (i < n && (text.charCodeAt(i) | 32) === 101) {
    // exponent: e or E, optional sign, digits
    let k = i + 1;
    const sign = text.charCodeAt(k);
    if (sign === 43 || sign === 45) k++;
    const from = k;
    while (k < n && isDigit(text.charCodeAt(k))) k++;
    if (k === from) return NaN;
    out += 'e' + text.slice(i + 1, k);
    i = k;
  }
  if (i !== n) return NaN;
  const value = Number(out);
  return negative ? -value : value;
}

/** Whole number 1–5 and similar: a finite number with no fractional part. */
export function isWhole(value: number): boolean {
  return Number.isFinite(value) && Math.floor(value) === value;
}

/** A percent cell: `12.5`, `12,5` (decimal comma), `12.5 %` or `0.125` (fraction scale). */
export function parsePercent(text: string, decimalComma: boolean, fractionScale: boolean): number {
  let end = text.length;
  const hasSign = end > 0 && text.charCodeAt(end - 1) === 37;
  if (hasSign) {
    end--;
    // French Excel writes "12,5 %" with a no-break or narrow no-break space before the sign.
    while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0xa0 || text.charCodeAt(end - 1) === 0x202f)) end--;
  }
  const value = parseDecimal(hasSign ? text.slice(0, end) : text, decimalComma);
  if (hasSign || !fractionScale) return value;
  // Rounded to a millionth of a percent so 0.07 reads as 7, not 7.000000000000001.
  return Math.round(value * 1e8) / 1e6;
}

// Calendar arithmetic is shared with the metrics and the gates.
export { daysFromCivil, daysInMonth, isoFromDay as civilFromDays } from '../model/day-number';
import { daysInMonth, isoDate, isoFromDay as civilFromDays } from '../model/day-number';

/** Excel serial dates run from 1 (1900-01-01) to 2958465 (9999-12-31). */
export const EXCEL_SERIAL_MAX = 2958465;

/**
 * Converts an Excel (1900 system) serial number to an ISO date; a time-of-day fraction is dropped.
 * Excel counts a 29 February 1900 that never existed (Lotus 1-2-3's leap-year bug), so serial 60 has no
 * real date (null) and serials from 61 on are one day ahead of a plain count from 1899-12-31.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= EXCEL_SERIAL_MAX + 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  // 25569 is the serial of 1970-01-01; below 60 the phantom leap day has not happened yet.
  return civilFromDays(whole < 60 ? whole - 25568 : whole - 25569);
}

/** Days from the 1900 system's day 0 to the 1904 system's (1 January 1904). */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Converts a serial number of the 1904 date system (0 = 1904-01-01, no phantom leap day) to an ISO date; a
 * time-of-day fraction is dropped. Null below 0 or past 9999-12-31.
 */
export function excel1904SerialToIso(serial: number): string | null {
  return serial >= 0 ? excelSerialToIso(serial + DAYS_1900_TO_1904) : null;
}

/** The parts of a `d/m/y`-like or ISO date, before deciding which number is the day. */
export interface DateParts {
  /** 'ymd' when the year comes first (ISO-like), else 'xxy' with the two leading numbers in a and b. */
  readonly order: 'ymd' | 'xxy';
  readonly a: number;
  readonly b: number;
  readonly year: number;
  readonly separator: string;
}

/**
 * Splits `2024-12-01`, `1.12.2024`, `12/1/24`, each optionally followed by a time (`T10:00`, ` 10:00`, `, 10:00`),
 * into numbers. Returns null when the text is not shaped like a date.
 */
export function dateParts(text: string): DateParts | null {
  const n = text.length;
  let i = 0;
  const nums = [0, 0, 0];
  const lens = [0, 0, 0];
  let sep = -1;
  for (let part = 0; part < 3; part++) {
    let value = 0;
    const from = i;
    while (i < n && isDigit(text.charCodeAt(i)) && i - from < 4) value = value * 10 + text.charCodeAt(i++) - ZERO;
    if (i === from) return null;
    nums[part] = value;
    lens[part] = i - from;
    if (part < 2) {
      const c = text.charCodeAt(i);
      if (c !== 47 && c !== 46 && c !== 45) return null; // / . -
      if (sep === -1) sep = c;
      else if (c !== sep) return null;
      i++;
    }
  }
  if (i < n) {
    // Only a time part may follow: 'T' or a space, then anything; a trailing '.' after German dates too. A comma
    // and a space before the time is how browsers write a date and time (`toLocaleString`: Azure portal exports
    // "3/5/2026, 10:00:00.123 AM"); the date before it is read like any other (its order asked when unclear).
    const c = text.charCodeAt(i);
    const commaTime = c === 44 && text.charCodeAt(i + 1) === 32 && isDigit(text.charCodeAt(i + 2));
    if (c !== 84 && c !== 32 && !(c === 46 && i === n - 1) && !commaTime) return null;
  }
  const separator = String.fromCharCode(sep);
  if (lens[0] === 4) {
    if (lens[1]! > 2 || lens[2]! > 2) return null;
    return { order: 'ymd', a: nums[1]!, b: nums[2]!, year: nums[0]!, separator };
  }
  if (lens[0]! > 2 || lens[1]! > 2 || (lens[2] !== 4 && lens[2] !== 2)) return null;
  const year = lens[2] === 2 ? 2000 + nums[2]! : nums[2]!;
  return { order: 'xxy', a: nums[0]!, b: nums[1]!, year, separator };
}

/** True for a real calendar date from year 1000 on. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar date as `YYYY-MM-DD`, or null. */
export function validIso(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? isoDate(year, month, day) : null;
}

/**
 * Reads a date cell in the given format and returns `YYYY-MM-DD`, or null. ISO dates are accepted in
 * every format because they cannot be misread; time parts are dropped (no time-zone shifting: the date
 * is the one written in the file).
 */
export function parseDate(text: string, format: DateFormat): string | null {
  if (format === 'excel_serial' || format === 'excel_serial_1904') {
    const serial = parseDecimal(text, false);
    if (Number.isNaN(serial)) return parseDate(text, 'iso');
    return format === 'excel_serial' ? excelSerialToIso(serial) : excel1904SerialToIso(serial);
  }
  // A number in a Unix-time column is a Unix time or nothing; a written date among them still reads.
  if (format === 'unix') return /^\d+(\.\d+)?$/.test(text) ? (readEpoch(text)?.date ?? null) : parseDate(text, 'iso');
  // The canonical form is returned as is (a short string; no allocation beyond the slice).
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = fourDigits(text, 0);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    return isValidDate(year, month, day) ? text : null;
  }
  // ISO 8601's basic form, as Azure Cost Management writes its UsageDate (20260302): the year first, so never misread.
  if (format === 'ymd_compact') return /^\d{8}$/.test(text) ? compactDate(text) : parseDate(text, 'iso');
  const parts = dateParts(text);
  // Not digits only: maybe a month name (Jira's "03/Mar/26 9:40 AM"); reached only by cells that are not numeric dates.
  if (parts === null) return monthNameDate(text);
  if (parts.order === 'ymd') return validIso(parts.year, parts.a, parts.b);
  if (format === 'dmy') return validIso(parts.year, parts.b, parts.a);
  if (format === 'mdy') return validIso(parts.year, parts.a, parts.b);
  return null;
}

/** `YYYY-MM-DD` of an 8-digit `YYYYMMDD` from the year 2000 on (older is more likely an id than a pilot's date), or null. */
export function compactDate(text: string): string | null {
  const year = fourDigits(text, 0);
  return year >= 2000 ? validIso(year, twoDigits(text, 4), twoDigits(text, 6)) : null;
}

function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function fourDigits(text: string, at: number): number {
  const hi = twoDigits(text, at);
  const lo = twoDigits(text, at + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}


/**
 * Seconds from a latency cell: a number, optionally ending in `s` or `ms`; `unitMs` for columns in milliseconds. A clock
 * (`0:00:01.234`) is read only where a number is not, so plain numbers cost nothing more.
 */
export function parseSeconds(text: string, decimalComma: boolean, unitMs: boolean): number {
  let end = text.length;
  let ms = unitMs;
  const last = text.charCodeAt(end - 1) | 32;
  if (last === 115) {
    end--;
    if ((text.charCodeAt(end - 1) | 32) === 109) {
      end--;
      ms = true;
    } else {
      ms = false;
    }
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  }
  const value = parseDecimal(end === text.length ? text : text.slice(0, end), decimalComma);
  if (Number.isNaN(value) && end === text.length) return clockSeconds(text);
  return ms ? value / 1000 : value;
}

import { formatLocale } from './locale';

/*
 * One voice for numbers and dates (STYLE: one formatting module). Screens, gate sentences, import
 * messages and the report all format through here, with `Intl` and the user's locale (./locale,
 * set by the renderer at start; a `locale` argument overrides it, for tests). Two precision rules:
 * a measured value by `decimalsFor`, and a rule's own number (a threshold, a target) exactly as
 * typed, so a threshold reads the same in a gate reason, the stage editor and the report.
 */

export { compareNames, DEFAULT_LOCALE, formatLocale, setFormatLocale, textLocaleFor, userLocale } from './locale';

/** Decimals a measured value keeps: two below 10 (0.75, 3.85 s, 4.25/5), one from 10 up (45.5%). */
export function decimalsFor(value: number): number {
  return Math.abs(value) < 10 ? 2 : 1;
}

/** The most decimals a typed threshold can show: enough for any number a person types, no float noise. */
const TYPED_DECIMALS = 10;

/**
 * Intl objects are built once per locale and options: constructing one costs tens of microseconds
 * and native memory the garbage collector does not see, so building one per call made an import
 * with 85,000 future-dated rows take 18 s and 3.4 GB instead of 1 s (issue 12).
 */
const intlCache = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let made = intlCache.get(key) as T | undefined;
  if (made === undefined) {
    made = make();
    intlCache.set(key, made);
  }
  return made;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

/**
 * A number with at most `decimals` decimals, trailing zeros dropped, no thousands separator
 * (values sit inside sentences and beside their unit). Rounded half up from the decimal written,
 * as a person would: 45.55 → 45.6, not the binary float's 45.549999… → 45.5.
 */
export function formatFixed(value: number, decimals: number, locale: string = formatLocale()): string {
  // Gate sentences format thousands of values per evaluation, mostly the same thresholds and figures
  // again: each value's text is remembered per locale and precision (bounded).
  const key = `${locale}|${decimals}`;
  let texts = fixedTexts.get(key);
  if (texts === undefined) fixedTexts.set(key, (texts = new Map()));
  // A Map takes -0 for 0, which Intl prints as "-0": not remembered.
  const known = Object.is(value, -0) ? undefined : texts.get(value);
  if (known !== undefined) return known;
  const text = numberFormat(locale, { maximumFractionDigits: decimals, useGrouping: false }).format(value);
  if (texts.size >= MAX_FIXED_TEXTS) texts.clear();
  if (!Object.is(value, -0)) texts.set(value, text);
  return text;
}

const fixedTexts = new Map<string, Map<number, string>>();
const MAX_FIXED_TEXTS = 10_000;

/** The number `formatFixed` shows, as a number: what a reader compares with a threshold. */
export function roundedAs(value: number, decimals: number): number {
  return Number(formatFixed(value, decimals, 'en-US'));
}

/** A measured value by the one precision rule: 40, 45.5, 0.75. */
export function formatDecimal(value: number, locale: string = formatLocale()): string {
  return formatFixed(value, decimalsFor(value), locale);
}

/** A threshold or target as the person typed it, never rounded: 45.55 stays 45.55. */
export function formatTarget(value: number, locale: string = formatLocale()): string {
  return formatFixed(value, TYPED_DECIMALS, locale);
}

/**
 * An amount that may be far below 1 (a cost per interaction of 0.0034): at least three significant
 * digits, so a small amount never shows as 0; from 1 up, the one precision rule.
 */
export function formatAmount(value: number, locale: string = formatLocale()): string {
  if (value === 0 || Math.abs(value) >= 1) return formatDecimal(value, locale);
  return numberFormat(locale, { maximumSignificantDigits: 3, useGrouping: false }).format(value);
}

/** A number with its unit the way people write it: "50%", "3.8/5", "2.4 s". */
export function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  if (unit === '%' || unit.startsWith('/')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** A measured value with its unit: "45.5%", "3.85/5", "2.4 s". */
export function formatValueWithUnit(value: number, unit: string, locale: string = formatLocale()): string {
  return withUnit(formatDecimal(value, locale), unit);
}

/** A threshold or target with its unit, exactly as typed: "45.55%". */
export function formatTargetWithUnit(value: number, unit: string, locale: string = formatLocale()): string {
  return withUnit(formatTarget(value, locale), unit);
}

/** A count with the locale's thousands separators: 1,234,567. */
export function formatCount(value: number, locale: string = formatLocale()): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "1 user", "3 users", by the locale's plural rules (the words themselves are English). */
export function formatPlural(count: number, one: string, many: string = `${one}s`, locale: string = formatLocale()): string {
  const form = cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count);
  return `${formatCount(count, locale)} ${form === 'one' ? one : many}`;
}

/** "a, b and c" in the locale's way of joining a list ("a, b, and c" in the US). */
export function formatList(items: readonly string[], locale: string = formatLocale()): string {
  const options: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** Bytes as people read them: "980 bytes", "5.1 KB", "18 MB", "2 GB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, locale: string = formatLocale()): string {
  if (bytes < 1024) return formatPlural(bytes, 'byte', 'bytes', locale);
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(locale, { maximumFractionDigits: value >= 10 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** `YYYY-MM-DD` as a local calendar date (no time-zone shift), or null when it is not one. */
// A calendar date has no time zone: it is written as that day at UTC midnight, read in UTC. Local midnight
// read by a formatter made earlier (they are cached) named the day before once the machine's zone moved east
// of the one the formatter was made in, on every date of every screen.
function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const calendarOptions: Intl.DateTimeFormatOptions = { ...dateOptions, timeZone: 'UTC' };
const timestampOptions: Intl.DateTimeFormatOptions = { ...dateOptions, hour: '2-digit', minute: '2-digit' };

/** `YYYY-MM-DD` as the user's locale writes a date: "Nov 16, 2026", "16 Nov 2026". */
export function formatDate(iso: string, locale: string = formatLocale()): string {
  const date = calendarDate(iso);
  return date === null ? iso : dateFormat(locale, calendarOptions).format(date);
}

/**
 * "after today (Dec 7, 2026)": "today" in a sentence that reaches paper or the decision log is read on later days, so
 * the day it means is always written beside it (as the importer's future-date warning does).
 */
export function afterTodayWords(today: string, locale: string = formatLocale()): string {
  return `after today (${formatDate(today, locale)})`;
}

/** A range of calendar dates, shared parts once: "Sep 7 – Oct 4, 2026"; "from Nov 2, 2026" when open-ended. */
export function formatDateRange(from: string, to: string | null, locale: string = formatLocale()): string {
  const start = calendarDate(from);
  if (start === null) return from;
  const format = dateFormat(locale, calendarOptions);
  const end = to === null ? null : calendarDate(to);
  return end === null ? `from ${format.format(start)}` : format.formatRange(start, end);
}

/** A timestamp's date and time in the user's locale, e.g. "Nov 16, 2026, 09:30 AM"; the text itself when unreadable. */
export function formatTimestamp(iso: string, locale: string = formatLocale()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : dateFormat(locale, timestampOptions).format(date);
}

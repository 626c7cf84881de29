/*
 * One voice for numbers and dates (STYLE: one formatting module). Screens, gate sentences and the
 * report all format through here, with `Intl` and the user's locale: `locale` undefined means the
 * runtime's own, which in the app is the user's. One precision rule for every metric value.
 */

/** Decimals a value keeps: two below 10 (0.75, 3.85 s, 4.25/5), one from 10 up (45.5%). */
export function decimalsFor(value: number): number {
  return Math.abs(value) < 10 ? 2 : 1;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A measured or target value by the one precision rule, trailing zeros dropped: 40, 45.5, 0.75.
 * No thousands separator: values sit inside sentences and beside their unit.
 */
export function formatDecimal(value: number, locale?: string): string {
  // Gate sentences format thousands of values per evaluation, mostly the same thresholds and figures
  // again: each value's text is remembered per locale (bounded), and the formats are found without a JSON key.
  let texts = decimalTexts.get(locale);
  if (texts === undefined) decimalTexts.set(locale, (texts = new Map()));
  // A Map takes -0 for 0, which Intl prints as "-0": not remembered.
  const known = Object.is(value, -0) ? undefined : texts.get(value);
  if (known !== undefined) return known;
  const decimals = decimalsFor(value);
  const text = numberFormat(locale, { maximumFractionDigits: decimals, useGrouping: false }).format(value);
  if (texts.size >= MAX_DECIMAL_TEXTS) texts.clear();
  if (!Object.is(value, -0)) texts.set(value, text);
  return text;
}

const decimalTexts = new Map<string | undefined, Map<number, string>>();
const MAX_DECIMAL_TEXTS = 10_000;

/** A value with its unit the way people write it: "50%", "3.8/5", "2.4 s". */
export function formatValueWithUnit(value: number, unit: string, locale?: string): string {
  const number = formatDecimal(value, locale);
  if (unit === '') return number;
  if (unit === '%' || unit.startsWith('/')) return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** A count with the locale's thousands separators: 1,234,567. */
export function formatCount(value: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "1 user", "3 users", by the locale's plural rules (the words themselves are English). */
export function formatPlural(count: number, one: string, many: string = `${one}s`, locale?: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return `${formatCount(count, locale)} ${form === 'one' ? one : many}`;
}

/** "a, b and c" in the locale's way of joining a list. */
export function formatList(items: readonly string[], locale?: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Bytes as people read them: "980 B", "5.1 KB", "18 MB" (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, locale?: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** `YYYY-MM-DD` as a local calendar date (no time-zone shift), or null when it is not one. */
function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

const dateOptions: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** `YYYY-MM-DD` as the user's locale writes a date: "Nov 16, 2026", "16 Nov 2026". */
export function formatDate(iso: string, locale?: string): string {
  const date = calendarDate(iso);
  return date === null ? iso : new Intl.DateTimeFormat(locale, dateOptions).format(date);
}

/** A range of calendar dates, shared parts once: "Sep 7 – Oct 4, 2026"; "from Nov 2, 2026" when open-ended. */
export function formatDateRange(from: string, to: string | null, locale?: string): string {
  const start = calendarDate(from);
  if (start === null) return from;
  const format = new Intl.DateTimeFormat(locale, dateOptions);
  const end = to === null ? null : calendarDate(to);
  return end === null ? `from ${format.format(start)}` : format.formatRange(start, end);
}

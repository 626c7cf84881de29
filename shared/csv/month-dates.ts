/**
 * Dates written with a month name between day and year, as Jira (`03/Mar/26 9:40 AM`) and Excel's "d-mmm-yy"
 * (`3-Mar-2026`) write them. The month is a name, so the order is never in doubt. Only `-`, `/` or `.` between
 * the parts: a date with spaces inside ("3 March 2026") is not read, because the import recognises a timestamp's
 * day by the text before its first space.
 */
import { daysInMonth, isoDate } from '../model/day-number';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  // German, French, Spanish and Dutch abbreviations that differ from the English ones.
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, mrt: 3, mei: 5,
};

const PATTERN = /^(\d{1,2})([-/.])([A-Za-zÀ-ÿ]{3,9})\.?\2(\d{4}|\d{2})(?=$|[T ])/;

/** `YYYY-MM-DD` from a day–month name–year date (a time may follow), or null. */
export function monthNameDate(text: string): string | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const month = MONTHS[match[3]!.toLowerCase()];
  if (month === undefined) return null;
  const day = Number(match[1]);
  const year = match[4]!.length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
  if (year < 1000 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

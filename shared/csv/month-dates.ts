/**
 * Dates written with a month name, as Jira (`03/Mar/26 9:40 AM`), Excel's "d-mmm-yy" (`3-Mar-2026`), long
 * English dates (`3 March 2026`, `March 3, 2026 10:15 AM`) and e-mail style stamps (`Tue, 03 Mar 2026 09:40`)
 * write them. The month is a name, so the order is never in doubt. A year is always needed: `3 March` alone
 * could be any year, so it is not a date. Month names are read in English, German, French, Spanish and Dutch, and
 * Jira's abbreviations in Polish, Italian and Portuguese.
 */
import { daysInMonth, isoDate } from '../model/day-number';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  // German, French, Spanish and Dutch abbreviations that differ from the English ones.
  mär: 3, mrz: 3, mai: 5, okt: 10, dez: 12, janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, mrt: 3, mei: 5,
  // Full names in the same languages.
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, février: 2, fevrier: 2, avril: 4, juillet: 7, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  januari: 1, februari: 2, maart: 3, augustus: 8,
  // Jira's "dd/MMM/yy" in Polish, Italian and Portuguese ("12/lut/21 10:19 PM", "3/ott/24", "15/set/25").
  sty: 1, lut: 2, kwi: 4, maj: 5, cze: 6, lip: 7, sie: 8, wrz: 9, paź: 10, paz: 10, lis: 11, gru: 12,
  gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10, fev: 2, out: 10,
};

const WORD = '[A-Za-zÀ-ÿĀ-ž]{3,10}';
/** An optional weekday in front: `Tue, `, `Tuesday `. */
const WEEKDAY = `(?:${WORD},? )?`;
/** Day, month name and year with `-`, `/` or `.` between them: `03/Mar/26`, `3-Mar-2026`, `12.Okt.2026`. */
const JOINED = new RegExp(`^(\\d{1,2})([-/.])(${WORD})\\.?\\2(\\d{4}|\\d{2})(?=$|[T ])`);
/** Day, month name, four-digit year with spaces: `3 March 2026`, `Tue, 03 Mar 2026 09:40`, `3. März 2026`. */
const DAY_MONTH = new RegExp(`^${WEEKDAY}(\\d{1,2})\\.? (${WORD})\\.? (\\d{4})(?=$|[ T,])`);
/** Month name, day, four-digit year: `March 3, 2026`, `Tuesday, Mar 3 2026 10:15 AM`. */
const MONTH_DAY = new RegExp(`^${WEEKDAY}(${WORD})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?=$|[ T,])`);

function dateOf(dayText: string, monthName: string, yearText: string): string | null {
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return null;
  const day = Number(dayText);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1000 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

/** `YYYY-MM-DD` from a date written with a month name (a time may follow), or null. */
export function monthNameDate(text: string): string | null {
  const joined = JOINED.exec(text);
  if (joined) return dateOf(joined[1]!, joined[3]!, joined[4]!);
  const dayMonth = DAY_MONTH.exec(text);
  if (dayMonth) return dateOf(dayMonth[1]!, dayMonth[2]!, dayMonth[3]!);
  const monthDay = MONTH_DAY.exec(text);
  return monthDay ? dateOf(monthDay[2]!, monthDay[1]!, monthDay[3]!) : null;
}

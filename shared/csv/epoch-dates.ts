/**
 * Unix timestamps in a date column ("1772533800", "1772533800123"): seconds or milliseconds since 1970-01-01 UTC, as
 * logs and databases export them. The unit follows from the number of digits, and only where it cannot be misread:
 * 10 digits are seconds (a 10-digit count of milliseconds would fall in January–April 1970), 13 are milliseconds (a
 * 13-digit count of seconds would be after the year 30000). Read as the UTC date and time, the way the app reads a
 * timestamp ending in "Z": the zone is UTC by definition, and times are taken as written.
 */
import { isoFromDay } from '../model/day-number';

/** The years a pilot's data can plausibly fall in; a Unix time outside them is refused, never read as some date. */
const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2100, 0, 1);
const MS_PER_DAY = 86_400_000;

const SECONDS = /^\d{10}(\.\d{1,6})?$/;
const MILLISECONDS = /^\d{13}$/;

/** Milliseconds since 1970 from a cell of 10 digits (seconds) or 13 (milliseconds); NaN for any other shape or range. */
function epochMs(text: string): number {
  const ms = SECONDS.test(text) ? Number(text) * 1000 : MILLISECONDS.test(text) ? Number(text) : NaN;
  return ms >= FIRST && ms < LAST ? ms : NaN;
}

/** A cell that reads as a Unix time of a plausible date. */
export function isEpochDate(text: string): boolean {
  return !Number.isNaN(epochMs(text));
}

/** The UTC date (`YYYY-MM-DD`) and time (`HH:MM`) of a Unix time, or null when the cell is none (`epochProblem` says why). */
export function readEpoch(text: string): { readonly date: string; readonly time: string } | null {
  const ms = epochMs(text);
  if (Number.isNaN(ms)) return null;
  const day = Math.floor(ms / MS_PER_DAY);
  const minutes = Math.floor((ms - day * MS_PER_DAY) / 60_000);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { date: isoFromDay(day), time };
}

/** Why a cell of a Unix-time column is refused, in plain words. */
export function epochProblem(raw: string): string {
  const digits = /^\d+/.exec(raw)?.[0].length ?? 0;
  const unit = digits === 10 || digits === 13 ? '' : ` it has ${digits} digits, and only 10 (seconds) or 13 (milliseconds) say which unit it is in;`;
  return `“${raw}” is not read as a date:${unit} Unix times are read as seconds (10 digits) or milliseconds (13 digits) since 1970, UTC, for dates from 2000 to 2099`;
}

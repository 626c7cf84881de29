/**
 * A cell's stored value turned into the text the CSV pipeline reads. Real types decide, not what
 * Excel displays: a date cell becomes an ISO date (or date-time), which date detection reads without
 * asking for a day/month order; a number keeps its full value whatever its rounding on screen; a
 * percent-formatted number gets a `%` so 0.25 shown as 25 % reads as 25 %.
 */
import { DAYS_1900_TO_1904, excelSerialToIso } from '../csv/values';
import type { NumberKind } from './number-formats';

const DAY_SECONDS = 86_400;

/** Excel shows at most 15 significant digits; the binary noise beyond them (0.30000000000000004) is not data. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  // Up to 15 characters cannot hold more than 15 significant digits: nothing to trim (nearly every cell).
  return text.length <= 15 ? text : String(Number(value.toPrecision(15)));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `H:MM:SS` for a time of day or a duration given in days (hours may pass 24), with the milliseconds when it has any
 * (a latency formatted `mm:ss.000`: 1.234 s, never rounded to 1 s). A negative one (a duration worked out as end minus
 * start, which the 1904 date system shows as `-7:12`) keeps its sign: `-7:12:00`, never `-0.3`, which a minutes column
 * would read as minutes.
 */
function clock(days: number): string {
  if (days < 0) return `-${clock(-days)}`;
  const ms = Math.round(days * DAY_SECONDS * 1000);
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const fraction = ms % 1000;
  const part = fraction === 0 ? '' : `.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
  return `${hours}:${pad(minutes)}:${pad(total % 60)}${part}`;
}

/**
 * A time format on a value of a day or more is a date-time shown as its time; but a value under a year (a date in 1900,
 * which no pilot records) is a duration past 24 hours written with a time-of-day format (`h:mm` on 25 h 30 min shows
 * "1:30"): its stored length is read, never "1900-01-01T01:30".
 */
const DURATION_DAYS = 366;

/** A serial day number as `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day; null outside Excel's calendar. */
export function serialToIsoDateTime(serial: number, date1904: boolean): string | null {
  const days = date1904 ? serial + DAYS_1900_TO_1904 : serial;
  // Rounded to the second first, so 23:59:59.9996 does not fall back a day.
  const seconds = Math.round(days * DAY_SECONDS);
  const whole = Math.floor(seconds / DAY_SECONDS);
  // Serial 60 is the 29 February 1900 Excel counts and shows (Lotus 1-2-3's leap-year bug); no such day
  // exists, so the text the user sees goes on and date reading rejects it, where "60" said nothing.
  const date = whole === 60 && !date1904 ? '1900-02-29' : excelSerialToIso(whole);
  if (date === null) return null;
  const rest = seconds - whole * DAY_SECONDS;
  return rest === 0 ? date : `${date}T${clock(rest / DAY_SECONDS).padStart(8, '0')}`;
}

/** Text for a numeric cell (`t` absent or `n`) with the number kind of its style. */
export function numericCellText(raw: string, kind: NumberKind, date1904: boolean): string {
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) return raw;
  switch (kind) {
    case 'date':
      return serialToIsoDateTime(value, date1904) ?? numberText(value);
    case 'time':
      return value >= DURATION_DAYS ? (serialToIsoDateTime(value, date1904) ?? numberText(value)) : clock(value);
    case 'elapsed':
      return clock(value);
    case 'percent':
      return `${numberText(value * 100)}%`;
    default:
      return numberText(value);
  }
}

/** A moment of an incident: its date read like every date of the file, and its time of day. */
import type { DateFormat } from './settings';
import { parseDate, parseDecimal } from './values';
import { readEpoch } from './epoch-dates';

/** `HH:MM` of a timestamp's time part (24 h, or 12 h with AM/PM); seconds and zone suffixes are dropped. */
function timeOf(text: string): string | null {
  const m = /[T\s](\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:z|[+-]\d{2}:?\d{2}|utc)?$/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export type MomentReading = { readonly moment: string } | { readonly problem: 'date' | 'time' };

/**
 * `YYYY-MM-DDTHH:MM` from a timestamp cell, as written (local wall-clock time: a zone suffix is dropped,
 * since every time of one export is in the same zone and response times are differences). A date
 * without a time of day is a problem, not midnight: a response time measured from midnight would be wrong.
 */
export function readMoment(text: string, format: DateFormat): MomentReading {
  if (format === 'excel_serial' || format === 'excel_serial_1904') {
    const serial = parseDecimal(text, false);
    if (!Number.isNaN(serial)) {
      const date = parseDate(text, format);
      if (date === null) return { problem: 'date' };
      const minutes = Math.round((serial - Math.floor(serial)) * 1440);
      if (minutes === 0 && Number.isInteger(serial)) return { problem: 'time' };
      const h = Math.floor(minutes / 60) % 24;
      return { moment: `${date}T${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}` };
    }
  }
  if (format === 'unix' && /^\d+(\.\d+)?$/.test(text)) {
    const epoch = readEpoch(text);
    return epoch === null ? { problem: 'date' } : { moment: `${epoch.date}T${epoch.time}` };
  }
  const date = parseDate(text, format);
  if (date === null) return { problem: 'date' };
  const time = timeOf(text);
  return time === null ? { problem: 'time' } : { moment: `${date}T${time}` };
}

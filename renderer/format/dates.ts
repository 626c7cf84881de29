import { formatDate, formatTimestamp as timestampInLocale } from '../../shared/format/format';

/** `YYYY-MM-DD` as the user's locale writes it, read as a calendar date (no time-zone shift). */
export function formatIsoDate(iso: string): string {
  return formatDate(iso);
}

/** A timestamp's date and time in the user's locale. */
export function formatTimestamp(iso: string): string {
  return timestampInLocale(iso);
}

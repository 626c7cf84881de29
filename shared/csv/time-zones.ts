/**
 * Time zones written on the timestamps of a file. Dates and times are taken as written (the zone is dropped),
 * which is right when one export uses one zone; when its timestamps carry different zones, a row near
 * midnight may fall on another day, and a response time between two zones is off by their difference.
 */
import type { PlausibilityWarning } from './plausibility';
import { trimCell } from './values';

const ZONE = /\d(?:\s?[ap]\.?m\.?)?\s?(z|[+-]\d{2}:?\d{2}|(?:utc|gmt)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)$/i;

/** The zone a timestamp ends with, as an offset ("+01:00", "Z" for UTC), or null when it names none. */
export function zoneOf(text: string): string | null {
  const match = ZONE.exec(text);
  if (!match) return null;
  const zone = match[1]!.toUpperCase().replace(/^(UTC|GMT)\s?/, '');
  if (zone === '' || zone === 'Z') return 'Z';
  const parts = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!parts) return zone;
  const hours = parts[2]!.padStart(2, '0');
  const minutes = parts[3] ?? '00';
  return hours === '00' && minutes === '00' ? 'Z' : `${parts[1]}${hours}:${minutes}`;
}

/** A warning when the timestamp columns (`columns`: header → index) of the sample carry more than one zone. */
export function mixedZonesWarning(rows: readonly (readonly string[])[], columns: ReadonlyMap<string, number>): PlausibilityWarning | null {
  const zones = new Set<string>();
  let unzoned = 0;
  for (const row of rows) {
    for (const index of columns.values()) {
      const cell = trimCell(row[index]);
      if (cell === '' || !/\d:\d\d/.test(cell)) continue;
      const zone = zoneOf(cell);
      if (zone === null) unzoned++;
      else zones.add(zone);
    }
  }
  if (zones.size + (unzoned > 0 && zones.size > 0 ? 1 : 0) < 2) return null;
  const named = [...zones].slice(0, 4).join(', ') + (unzoned > 0 ? ' and times without a zone' : '');
  const headers = [...columns.keys()].map((h) => `“${h}”`).join(', ');
  return {
    code: 'mixed_time_zones',
    message:
      `The times in ${headers} carry different time zones (${named}). Each date and time is taken as written, so a row near ` +
      'midnight may count on another day than in your time zone, and a time between two zones is off by their difference.',
  };
}

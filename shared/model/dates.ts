/** The user's calendar date (local time) as `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The reader's calendar date of a stored instant (`2026-11-23T01:30:00.000Z`, or any offset).
 * Instants are stored in UTC, so their first ten characters name the UTC day: an import made
 * at 5 pm in Los Angeles would read as the next day, and one made in Auckland in the morning as
 * the day before, disagreeing with the imports table beside it.
 */
export function localDateOf(timestamp: string): string {
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? timestamp.slice(0, 10) : localIsoDate(new Date(time));
}

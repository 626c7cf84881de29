import type { ScoreSnapshot } from '../model/schema';
import type { ReadinessSummary } from './score';

/** Days of history kept; older snapshots are thinned to keep the plan file small. */
const MAX_SNAPSHOTS = 730;

/**
 * Records today's readiness in the history: one snapshot per day (the latest of the day wins),
 * so progress can be charted over time. Returns the same array when nothing changed, and when
 * `today` is before the last snapshot's day: a clock set back (a dead CMOS battery, a wrong time
 * zone) must not file today's score under a day that is over, as if it had been measured then.
 */
export function recordSnapshot(
  history: readonly ScoreSnapshot[],
  summary: ReadinessSummary,
  today: string,
): readonly ScoreSnapshot[] {
  const byArea: Record<string, number> = {};
  for (const area of summary.areas) if (area.score !== null) byArea[area.areaId] = area.score;
  const snapshot: ScoreSnapshot = {
    date: today,
    overall: summary.overall ?? 0,
    byArea,
    blockers: summary.blockers.length,
  };
  const last = history.at(-1);
  if (last && today < last.date) return history;
  if (last && JSON.stringify(last) === JSON.stringify(snapshot)) return history;
  const kept = last?.date === today ? history.slice(0, -1) : history;
  return [...kept, snapshot].slice(-MAX_SNAPSHOTS);
}

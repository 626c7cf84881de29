import { formatDate } from '../format/format';
import type { StageVerdict } from '../gates/stage-verdict';
import { isOverrideOf, verdictDecisions, type DecisionEntry, type DecisionKind } from './schema';

/** The author of entries the app logs itself, when nobody has typed a name on this machine yet. */
export const AUTOMATIC_AUTHOR = 'Rollout Readiness (automatic)';

/**
 * A decision overrides the recommendation when it answers a stage verdict differently from it.
 * Notes and logged changes never override anything.
 */
export function isOverride(decision: DecisionKind, recommendation: StageVerdict | null): boolean {
  return isOverrideOf(decision, recommendation);
}

/** Milliseconds since the epoch: `at` carries an offset, so strings do not sort by time. */
export function timeOf(entry: Pick<DecisionEntry, 'at'>): number {
  return Date.parse(entry.at);
}

/**
 * The log as a reader wants it: last appended first. The order is the log's own, never the
 * times the entries claim: a time can be typed or imported, the order of appending cannot.
 */
export function newestFirst(entries: readonly DecisionEntry[]): DecisionEntry[] {
  return [...entries].reverse();
}

/** Old entry id → the entries that correct it, oldest first. */
export function correctionsByEntry(entries: readonly DecisionEntry[]): Map<string, DecisionEntry[]> {
  const map = new Map<string, DecisionEntry[]>();
  for (const entry of entries) {
    if (entry.corrects === null) continue;
    const list = map.get(entry.corrects) ?? [];
    list.push(entry);
    map.set(entry.corrects, list);
  }
  // Lists are filled in append order, which is the order they stay in.
  return map;
}

/** Entries that no later entry corrects: what the log says now. */
export function currentEntries(entries: readonly DecisionEntry[]): DecisionEntry[] {
  const corrected = new Set(entries.flatMap((e) => (e.corrects === null ? [] : [e.corrects])));
  return entries.filter((e) => !corrected.has(e.id));
}

/**
 * The first entry of a correction chain. A correction says what was really decided back then,
 * so it takes the place of the entry it corrects, not the moment it was typed.
 */
function chainRoot(entry: DecisionEntry, byId: ReadonlyMap<string, DecisionEntry>): DecisionEntry {
  let root = entry;
  const seen = new Set<string>([root.id]);
  for (let next = root.corrects === null ? undefined : byId.get(root.corrects); next !== undefined; ) {
    if (seen.has(next.id)) break;
    seen.add(next.id);
    root = next;
    next = root.corrects === null ? undefined : byId.get(root.corrects);
  }
  return root;
}

/**
 * The latest proceed, hold or roll-back decision on a stage, corrections applied: the entry a
 * gate opens or stays closed by. Null when none was recorded.
 */
export function latestStageDecision(entries: readonly DecisionEntry[], stageId: string): DecisionEntry | null {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const position = new Map(entries.map((e, index) => [e.id, index]));
  let best: DecisionEntry | null = null;
  let bestPosition = -Infinity;
  for (const entry of currentEntries(entries)) {
    if (entry.stageId !== stageId || !verdictDecisions.includes(entry.decision)) continue;
    // Append order, not the claimed time: a forged or imported date cannot make an entry "latest".
    const at = position.get(chainRoot(entry, byId).id) ?? -1;
    if (at >= bestPosition) {
      best = entry;
      bestPosition = at;
    }
  }
  return best;
}

/** `YYYY-MM-DD` of the entry as its author saw it (the timestamp keeps the author's offset). */
export function entryDate(entry: Pick<DecisionEntry, 'at'>): string {
  return entry.at.slice(0, 10);
}

/** "Oct 6, 2026 14:05": the entry's date in the reader's locale, at the author's local time (as recorded). */
export function entryDateTime(entry: Pick<DecisionEntry, 'at'>): string {
  return `${formatDate(entry.at.slice(0, 10))} ${entry.at.slice(11, 16)}`;
}

const pad = (n: number): string => String(Math.trunc(Math.abs(n))).padStart(2, '0');

/** A moment as local ISO 8601 with its offset ("2026-11-02T10:00:00.000+01:00"): the date in it is the user's date. */
export function localTimestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const ms = String(date.getMilliseconds()).padStart(3, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${ms}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

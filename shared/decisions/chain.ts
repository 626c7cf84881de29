import { canonicalJson, utf8Bytes } from '../canonical-json';
import { sha256Hex } from '../csv/sha256';
import type { DecisionEntry } from './schema';

/**
 * The decision log as a hash chain. Every entry carries its position (`seq`, from 1) and the
 * SHA-256 of the previous entry in canonical form (`prev`; null for the first). An entry's hash
 * is that of its canonical JSON with `seq` and `prev` as they should be, so an entry recorded
 * before chaining (without them) is hashed as if it had them: the first chained entry then
 * vouches for every older one from that moment on, though nothing can vouch for them before it.
 */

/** What the app remembers beside the log after each append: how long it was and its last hash. */
export interface ChainAnchor {
  readonly length: number;
  readonly head: string | null;
  /**
   * An append under way, written before its entries where they cannot land in one step with the anchor
   * (a file): from the log at `from` entries to `length` and `head`. Entries past the anchor are the
   * app's own only when they are exactly this append (a crash before the anchor caught up); any others
   * were added outside the app.
   */
  readonly pending?: { readonly from: number; readonly length: number; readonly head: string | null };
  /** Breaks found before the last append, kept with the anchor: recording a new decision never hides them. */
  readonly found?: readonly ChainBreak[];
}

export type ChainBreakKind = 'edited' | 'removed' | 'reordered' | 'inserted' | 'added' | 'truncated' | 'emptied' | 'unanchored' | 'unreadable';

export interface ChainBreak {
  readonly kind: ChainBreakKind;
  /** 1-based position in the log as stored (the entry at fault, or where entries are missing). */
  readonly position: number;
  /** Plain words for the Decisions tab, the dashboard and the report. */
  readonly message: string;
}

export interface ChainCheck {
  /** Entries in the log (unreadable ones included). */
  readonly length: number;
  /** SHA-256 of the last entry: printed in the report, so a paper copy can be checked against the file. */
  readonly head: string | null;
  /** Entries recorded before chaining (vouched for only from the first chained entry on). */
  readonly beforeChaining: number;
  readonly breaks: readonly ChainBreak[];
}

/** One stored record: an entry that reads, or one that does not (its position kept). */
export type StoredRecord = { readonly entry: DecisionEntry } | { readonly unreadable: string };

/** The hash of an entry at `seq`, after the entry whose hash is `prev`. */
export function entryHash(entry: DecisionEntry, seq: number, prev: string | null): string {
  return sha256Hex(utf8Bytes(canonicalJson({ ...entry, seq, prev })));
}

/** `entry` ready to append after `anchor`: its position and the previous entry's hash filled in. */
export function chainEntry(entry: DecisionEntry, anchor: ChainAnchor): DecisionEntry {
  return { ...entry, seq: anchor.length + 1, prev: anchor.head };
}

/** The anchor after appending `entry` (already chained) to a log at `anchor`. */
export function advance(anchor: ChainAnchor, entry: DecisionEntry): ChainAnchor {
  const seq = anchor.length + 1;
  return { length: seq, head: entryHash(entry, seq, anchor.head) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Checks the chain and names every break: which entry, and whether it was edited, removed,
 * reordered, inserted, or the log truncated or emptied. `anchor` (the length and head the app
 * wrote after its last append) catches what the chain alone cannot: a cut-off end, an emptied
 * file, an edit to the last entry, and an edit hidden by re-chaining every entry after it — also
 * when the log has grown past the anchor since (the hash at the anchor's place must still be the
 * anchor's head). After a break the check carries on from the entry as found, so one edit is
 * reported once, not as a break of everything after it.
 */
export function checkChain(records: readonly StoredRecord[], anchor: ChainAnchor | null): ChainCheck {
  const breaks: ChainBreak[] = [];
  const seqs = records.map((r) => ('entry' in r && typeof r.entry.seq === 'number' ? r.entry.seq : null));
  const reordered = isReordering(seqs);
  const seen = new Set<number>();
  let head: string | null = null;
  let beforeChaining = 0;
  let chained = false;
  let lastSeq = 0;
  // The hash of the entry at the anchor's place, as found: what the anchor's head vouches for.
  let headAtAnchor: string | null = null;
  const atAnchor = (position: number) => {
    if (position === anchor?.length) headAtAnchor = head;
  };
  records.forEach((record, index) => {
    const position = index + 1;
    const brokenJustBefore = breaks.at(-1)?.position === position - 1;
    if (!('entry' in record)) {
      breaks.push({ kind: 'unreadable', position, message: `Entry ${position} cannot be read (${record.unreadable}): it was damaged or changed outside the app.` });
      head = null;
      lastSeq = position;
      atAnchor(position);
      return;
    }
    const { entry } = record;
    const { seq, prev } = entry;
    if (seq === undefined || prev === undefined) {
      if (chained) breaks.push({ kind: 'inserted', position, message: `Entry ${position} was inserted: it has no place in the chain.` });
      else beforeChaining += 1;
      head = entryHash(entry, position, head);
      lastSeq = position;
      atAnchor(position);
      return;
    }
    chained = true;
    if (seen.has(seq)) {
      breaks.push({ kind: 'inserted', position, message: `Entry ${position} was inserted: another entry already holds place ${seq}.` });
    } else if (reordered) {
      if (seq !== position) breaks.push({ kind: 'reordered', position, message: `Entry ${position} was moved: it was recorded as entry ${seq}.` });
    } else if (seq > lastSeq + 1) {
      const missing = seq - lastSeq - 1;
      breaks.push({ kind: 'removed', position, message: `${plural(missing, 'entry was', 'entries were')} removed before entry ${position}.` });
    } else if (prev !== head && !brokenJustBefore) {
      const at = Math.max(1, position - 1);
      breaks.push({ kind: 'edited', position: at, message: `Entry ${at} was edited after it was recorded.` });
    }
    seen.add(seq);
    lastSeq = Math.max(lastSeq, seq);
    head = entryHash(entry, seq, prev);
    atAnchor(position);
  });
  addAnchorBreaks(records.length, headAtAnchor, head, anchor, breaks);
  breaks.sort((a, b) => a.position - b.position);
  return { length: records.length, head, beforeChaining, breaks: dedupe(breaks) };
}

/** The chained entries hold exactly the places they are at, each once, just not in that order. */
function isReordering(seqs: readonly (number | null)[]): boolean {
  const places = seqs.flatMap((seq, index) => (seq === null ? [] : [index + 1]));
  const held = seqs.filter((seq): seq is number => seq !== null).sort((a, b) => a - b);
  return held.some((seq, i) => seq !== places[i]) ? false : seqs.some((seq, index) => seq !== null && seq !== index + 1);
}

/** Whether the entries past the anchor are exactly the append it records as under way (`ChainAnchor.pending`). */
function isPendingAppend(anchor: ChainAnchor, length: number, head: string | null): boolean {
  const { pending } = anchor;
  return pending !== undefined && pending.from === anchor.length && pending.length === length && pending.head === head;
}

/** `headAtAnchor`: the hash found at the anchor's place (null when the log is shorter); `head`: the log's last. */
function addAnchorBreaks(length: number, headAtAnchor: string | null, head: string | null, anchor: ChainAnchor | null, breaks: ChainBreak[]): void {
  if (anchor === null || anchor.length === 0) return;
  if (length === 0) {
    breaks.push({ kind: 'emptied', position: 1, message: `The log was emptied: it held ${plural(anchor.length, 'entry', 'entries')}.` });
  } else if (length < anchor.length) {
    const missing = anchor.length - length;
    breaks.push({ kind: 'truncated', position: length + 1, message: `The log was cut short: the last ${missing === 1 ? 'entry is' : `${missing} entries are`} missing.` });
  } else if (headAtAnchor !== anchor.head && !breaks.some((b) => b.position <= anchor.length)) {
    // The chain up to the anchor's place holds together, yet it ends elsewhere than the app recorded:
    // that entry was edited, or an earlier one was and every entry after it re-chained.
    const n = anchor.length;
    const hidden = n > 1 ? `, or an entry before it was and the entries after that were re-chained to hide it` : '';
    const since = length > n ? ` (${plural(length - n, 'entry was', 'entries were')} added after it since)` : '';
    breaks.push({ kind: 'edited', position: n, message: `Entry ${n} was edited after it was recorded${hidden}${since}.` });
  } else if (length > anchor.length && headAtAnchor === anchor.head && !breaks.some((b) => b.position > anchor.length) && !isPendingAppend(anchor, length, head)) {
    // The log is the app's up to the anchor and chained well after it, yet the app never recorded those
    // entries: written into the log by hand (or by another program).
    const added = length - anchor.length;
    breaks.push({
      kind: 'added',
      position: anchor.length + 1,
      message: `${plural(added, 'entry was', 'entries were')} added after entry ${anchor.length} outside the app: the app recorded ${plural(anchor.length, 'entry', 'entries')}.`,
    });
  }
}

/** `check` with the breaks found before the last append (`ChainAnchor.found`) that it no longer shows by itself. */
export function withFoundEarlier(check: ChainCheck, anchor: ChainAnchor | null): ChainCheck {
  const found = anchor?.found ?? [];
  if (found.length === 0) return check;
  const breaks = dedupe([...check.breaks, ...found]).sort((a, b) => a.position - b.position);
  return { ...check, breaks };
}

const breakKinds: readonly ChainBreakKind[] = ['edited', 'removed', 'reordered', 'inserted', 'added', 'truncated', 'emptied', 'unanchored', 'unreadable'];

/**
 * A chained log whose anchor is gone: the app writes the anchor with (or, on files, before) the first
 * chained entry, so only a hand or another program removed it, and with it what would show a cut-off end.
 */
export function lostAnchorBreak(records: readonly StoredRecord[], anchor: ChainAnchor | null): ChainBreak | null {
  if (anchor !== null || !records.some((r) => 'entry' in r && typeof r.entry.seq === 'number')) return null;
  return {
    kind: 'unanchored',
    position: records.length,
    message: 'The log’s record of its length and last entry was removed outside the app, so entries cut off its end cannot be ruled out.',
  };
}

function isBreak(value: unknown): value is ChainBreak {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, position, message } = value as Record<string, unknown>;
  return breakKinds.includes(kind as ChainBreakKind) && typeof position === 'number' && typeof message === 'string';
}

/** An anchor as stored (a file's JSON, an IndexedDB value), or null when it does not read as one. */
export function readAnchor(value: unknown): ChainAnchor | null {
  if (typeof value !== 'object' || value === null) return null;
  const { length, head, pending, found } = value as Record<string, unknown>;
  if (typeof length !== 'number' || !(typeof head === 'string' || head === null)) return null;
  const p = typeof pending === 'object' && pending !== null ? (pending as Record<string, unknown>) : null;
  const pendingOk = p !== null && typeof p['from'] === 'number' && typeof p['length'] === 'number' && (typeof p['head'] === 'string' || p['head'] === null);
  const kept = Array.isArray(found) ? found.filter(isBreak).map(({ kind, position, message }) => ({ kind, position, message })) : [];
  return {
    length,
    head,
    ...(pendingOk ? { pending: { from: p['from'] as number, length: p['length'] as number, head: p['head'] as string | null } } : {}),
    ...(kept.length > 0 ? { found: kept } : {}),
  };
}

function dedupe(breaks: readonly ChainBreak[]): ChainBreak[] {
  const seen = new Set<string>();
  return breaks.filter((b) => {
    const key = `${b.kind}:${b.position}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One sentence for the dashboard and the report: intact, or the first break and how many more. */
export function chainSummary(check: ChainCheck): string {
  const first = check.breaks[0];
  if (first === undefined) {
    const older = check.beforeChaining > 0 ? ` (${plural(check.beforeChaining, 'entry was', 'entries were')} recorded before chaining)` : '';
    return `The decision log is intact: ${plural(check.length, 'entry', 'entries')}${older}.`;
  }
  const more = check.breaks.length > 1 ? ` ${plural(check.breaks.length - 1, 'more problem', 'more problems')} found.` : '';
  return `The decision log was changed outside the app. ${first.message}${more}`;
}

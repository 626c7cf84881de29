import { describeIssues } from '../model/migrate';
import { UnreadableRecord } from '../service/record-store';
import type { StoredRecord } from './chain';
import { fail, ok, type Result } from '../result';
import { decisionEntrySchema, type DecisionEntry } from './schema';

/** A stored entry that could not be read: reported to the user, never dropped silently or rewritten. */
export interface DamagedDecision {
  /** 1-based line of the log file, or position in the stored list. */
  readonly line: number;
  readonly problem: string;
  /** The id the damaged record still carries, if any: it stays taken, so no new entry can reuse it. */
  readonly id: string | null;
}

export interface DecisionLogRead {
  readonly entries: DecisionEntry[];
  readonly damaged: DamagedDecision[];
  /** Every record in stored order, damaged ones in their place: what the hash chain is checked over. */
  readonly records: StoredRecord[];
}

/** Validates an entry about to be appended; the details name each field that is wrong. */
export function checkNewDecision(input: unknown): Result<DecisionEntry> {
  const parsed = decisionEntrySchema.safeParse(input);
  if (!parsed.success) {
    return fail('invalid', 'The decision was not recorded: some of its fields are not valid.', describeIssues(parsed.error));
  }
  return ok(parsed.data);
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  return typeof value.id === 'string' ? value.id : null;
}

/**
 * Reads one stored record of `planId`'s log. An entry that names another plan is damaged too:
 * it can only have got there by hand, and showing it would put a decision in the wrong audit trail.
 */
export function readStoredDecision(value: unknown, planId: string, line: number): { entry: DecisionEntry } | DamagedDecision {
  if (value instanceof UnreadableRecord) return { line, problem: value.problem, id: null };
  const parsed = decisionEntrySchema.safeParse(value);
  if (!parsed.success) {
    const shown = describeIssues(parsed.error).slice(0, 3).join('; ');
    return { line, problem: `it does not match the decision format (${shown})`, id: idOf(value) };
  }
  if (parsed.data.planId !== planId) {
    return { line, problem: `it belongs to another plan (${parsed.data.planId})`, id: parsed.data.id };
  }
  return { entry: parsed.data };
}

/** Reads a list of stored records, oldest first, keeping every readable one. */
export function readStoredDecisions(values: readonly unknown[], planId: string): DecisionLogRead {
  const entries: DecisionEntry[] = [];
  const damaged: DamagedDecision[] = [];
  const records: StoredRecord[] = [];
  values.forEach((value, index) => {
    const read = readStoredDecision(value, planId, index + 1);
    if ('entry' in read) entries.push(read.entry);
    else damaged.push(read);
    records.push('entry' in read ? read : { unreadable: read.problem });
  });
  return { entries, damaged, records };
}

/**
 * A last line cut off by a crash during an append: no newline after it and not JSON. Returns
 * the text up to the end of the last whole line and the torn bytes, or null when there is none.
 */
export function splitTornTail(text: string): { kept: string; torn: string } | null {
  if (text === '' || text.endsWith('\n')) return null;
  const cut = text.lastIndexOf('\n') + 1;
  const torn = text.slice(cut);
  try {
    JSON.parse(torn);
    return null;
  } catch {
    return { kept: text.slice(0, cut), torn };
  }
}

/** Every id the log holds, damaged records included. */
export function takenIds(read: DecisionLogRead): Set<string> {
  const ids = new Set(read.entries.map((entry) => entry.id));
  for (const record of read.damaged) if (record.id !== null) ids.add(record.id);
  return ids;
}

/** The refusal for an id already in the log: entries are never replaced. */
export function duplicateDecision(id: string): Result<never> {
  return fail(
    'conflict',
    `A decision with the id "${id}" is already in the log. Recorded decisions are never replaced; record a correction instead.`,
  );
}

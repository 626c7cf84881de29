/**
 * The plan file's record of itself (format 4 on: the plan's SHA-256, the decision log's length and
 * last hash) and the reading of its decision log, for `plan-file.ts`.
 */
import { z } from 'zod';
import { canonicalJson, utf8Bytes } from '../canonical-json';
import { sha256Hex } from '../csv/sha256';
import { checkChain, type ChainAnchor } from '../decisions/chain';
import { decisionEntrySchema, type DecisionEntry } from '../decisions/schema';
import { fail, ok, type Result } from '../result';
import { describeIssues } from './migrate';

export const NOTHING_IMPORTED = 'Nothing was imported.';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SHA-256 of the plan's canonical JSON: the same for the plan written and the plan read back. */
export function planHash(plan: unknown): string {
  return sha256Hex(utf8Bytes(canonicalJson(plan)));
}

const anchorSchema = z.object({ length: z.number().int().min(0), head: z.string().nullable() });

/**
 * From format 4 on, the plan must hash as the file says and the log must end where the file
 * says: a hand edit to either is refused and named, never read as the plan's own record.
 */
export function checkRecorded(plan: unknown, planSha256: unknown, decisionLog: unknown): Result<ChainAnchor | null> {
  if (typeof planSha256 !== 'string') {
    return fail('invalid', `The plan in this file comes without its SHA-256, so it cannot be checked. ${NOTHING_IMPORTED}`);
  }
  if (planHash(plan) !== planSha256) {
    return fail(
      'invalid',
      `The plan in this file does not match the SHA-256 recorded for it: it was changed after the file was made (a gate, a date, a figure or any other field). ${NOTHING_IMPORTED}`,
    );
  }
  const anchor = anchorSchema.safeParse(decisionLog);
  if (!anchor.success) {
    return fail('invalid', `The decision log in this file comes without its length and last hash, so it cannot be checked. ${NOTHING_IMPORTED}`);
  }
  return ok(anchor.data);
}

/** Every decision checked, each in the plan's own log, no id twice; the first problem refuses the file. */
export function readDecisions(value: unknown, planId: string, anchor: ChainAnchor | null): Result<DecisionEntry[]> {
  // A log left out of a file that records one is checked as empty: "the log was emptied".
  const list: unknown = value ?? [];
  if (!Array.isArray(list)) {
    return fail('invalid', `The decision log in this plan file is not a list of decisions. ${NOTHING_IMPORTED}`);
  }
  const entries: DecisionEntry[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of list.entries()) {
    const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : null;
    const named = `Decision ${index + 1} of the file${id === null ? '' : ` (id “${id}”)`}`;
    const parsed = decisionEntrySchema.safeParse(raw);
    if (!parsed.success) {
      return fail(
        'invalid',
        `${named} is not a valid decision log entry, so the file was refused: decisions are never left out silently. ${NOTHING_IMPORTED}`,
        describeIssues(parsed.error),
      );
    }
    if (parsed.data.planId !== planId) {
      return fail('invalid', `${named} belongs to another plan (${parsed.data.planId}), so the file was refused. ${NOTHING_IMPORTED}`);
    }
    if (seen.has(parsed.data.id)) {
      return fail('invalid', `${named} repeats the id of an earlier entry, so the file was refused. ${NOTHING_IMPORTED}`);
    }
    seen.add(parsed.data.id);
    entries.push(parsed.data);
  }
  const chain = checkChain(
    entries.map((entry) => ({ entry })),
    anchor,
  );
  // Entries past the file's record are named below, in the words of a file rather than of a log on disk.
  const broken = chain.breaks.find((b) => b.kind !== 'added');
  if (broken !== undefined) {
    return fail(
      'invalid',
      `The decision log in this plan file was changed after it was recorded (${broken.message}), so the file was refused. ${NOTHING_IMPORTED}`,
      chain.breaks.map((b) => b.message),
    );
  }
  if (anchor !== null && entries.length > anchor.length) {
    // The file was made with its whole log: entries past its record were added to the file afterwards.
    const added = entries.length - anchor.length;
    return fail(
      'invalid',
      `The decision log in this plan file holds ${added === 1 ? '1 entry' : `${added} entries`} more than the file records (from decision ${anchor.length + 1} on): ` +
        `${added === 1 ? 'it was' : 'they were'} added after the file was made, so the file was refused. ${NOTHING_IMPORTED}`,
    );
  }
  return ok(entries);
}

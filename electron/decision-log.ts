import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupNotice } from '../shared/api';
import { admitDecision } from '../shared/decisions/append-rules';
import { advance, chainEntry, checkChain, type ChainAnchor, type ChainCheck } from '../shared/decisions/chain';
import {
  checkNewDecision,
  parseDecisionLines,
  splitTornTail,
  takenIds,
  type DamagedDecision,
  type DecisionLogRead,
} from '../shared/decisions/log-records';
import type { DecisionEntry } from '../shared/decisions/schema';
import type { Plan, PlanSummary } from '../shared/model/schema';
import { fail, ok, type Result } from '../shared/result';
import { describeWriteError, writeFileDurably } from './durable-write';
import { errorMessage, fileKeyForId, isErrnoException, readRawJson } from './store-files';

/**
 * The decision log of each plan, append-only and hash-chained: there is no way to change or
 * remove an entry, the file is only ever appended to, and any change made outside the app is
 * found and named (see shared/decisions/chain.ts).
 */
export interface DecisionLog {
  /** Oldest first. A damaged line is left out of the list and reported through `notices`. */
  list(planId: string): Result<DecisionEntry[]>;
  append(entry: unknown): Result<DecisionEntry>;
  /** Appends entries already checked, in one write and one flush (a plan file's log, on import). */
  appendBatch(planId: string, entries: readonly DecisionEntry[]): Result<DecisionEntry[]>;
  /** The chain check of a plan's log: its length, head hash and any break. */
  check(planId: string): Result<ChainCheck>;
  notices(): StartupNotice[];
}

export interface DecisionLogOptions {
  /** The plan's summary, or null for a plan the storage does not know. */
  readonly findPlan: (planId: string) => PlanSummary | null;
  /** The stored plan, for the decision rules (its stages). */
  readonly getPlan: (planId: string) => Result<Plan>;
  /** The service's clock: an entry's time is the time it was recorded here. */
  readonly now?: () => Date;
}

const LOG_PATTERN = /^[a-z0-9_-]+\.jsonl$/;

interface LogState {
  readonly log: DecisionLogRead;
  readonly check: ChainCheck;
}

/**
 * One JSON Lines file per plan: `<dataDir>/decisions/<plan key>.jsonl`, with `<key>.head.json`
 * beside it (the length and last hash after the last append, which catches a cut-off end or an
 * emptied file) and `<key>.recovered.txt` for the text of an append torn by a crash. Logs stay
 * when their plan is deleted, so undoing the delete brings the plan back with its audit trail.
 */
export function createDecisionLog(dataDir: string, { findPlan, getPlan, now = () => new Date() }: DecisionLogOptions): DecisionLog {
  const dir = join(dataDir, 'decisions');
  const notices: StartupNotice[] = [];
  // Each problem is told once, however often the log is read.
  const reported = new Set<string>();

  const keyOf = (planId: string) => fileKeyForId(planId);
  const logPath = (planId: string) => join(dir, `${keyOf(planId)}.jsonl`);
  const anchorPath = (planId: string) => join(dir, `${keyOf(planId)}.head.json`);

  function tell(key: string, message: string): void {
    if (reported.has(key)) return;
    reported.add(key);
    notices.push({ kind: 'recovered-corrupt-file', message });
  }

  function whose(planName: string | null): string {
    return planName ? `the decision log of "${planName}"` : 'a decision log';
  }

  function reportDamaged(planId: string, planName: string | null, damaged: readonly DamagedDecision[]): void {
    for (const record of damaged) {
      tell(
        `${planId}:line:${record.line}`,
        `Line ${record.line} of ${whose(planName)} (file "decisions/${keyOf(planId)}.jsonl") could not be read because ${record.problem}. ` +
          'That entry is not shown; the file was left exactly as it is and every other entry is listed.',
      );
    }
  }

  /** The log's text, or '' when nothing was ever recorded. */
  function readText(path: string): string {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      if (isErrnoException(error) && error.code === 'ENOENT') return '';
      throw error;
    }
  }

  function readAnchor(planId: string): ChainAnchor | null {
    const raw = readRawJson(anchorPath(planId));
    if (raw.kind !== 'json' || typeof raw.value !== 'object' || raw.value === null) return null;
    const { length, head } = raw.value as Record<string, unknown>;
    if (typeof length !== 'number' || !(typeof head === 'string' || head === null)) return null;
    return { length, head };
  }

  function writeAnchor(planId: string, anchor: ChainAnchor): void {
    const written = writeFileDurably(anchorPath(planId), JSON.stringify(anchor));
    if (!written.ok) throw new Error(written.reason);
  }

  /**
   * Moves the text of an append torn by a crash to `<key>.recovered.txt` and cuts the log back
   * to its last whole line, so the chain continues; the user is told once, as it happens once.
   */
  function recoverTornTail(planId: string, planName: string | null, text: string): string {
    const split = splitTornTail(text);
    if (split === null) return text;
    const recovery = join(dir, `${keyOf(planId)}.recovered.txt`);
    const fd = openSync(recovery, 'a');
    try {
      appendFileSync(fd, `${split.torn}\n`, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    truncateSync(logPath(planId), Buffer.byteLength(split.kept, 'utf8'));
    notices.push({
      kind: 'recovered-corrupt-file',
      message:
        `The last entry of ${whose(planName)} was cut off while it was being written (the app or the computer stopped). ` +
        `Its incomplete text was moved to "decisions/${keyOf(planId)}.recovered.txt" and the log continues from the entry before it.`,
    });
    return split.kept;
  }

  function read(planId: string, planName: string | null): LogState {
    const text = recoverTornTail(planId, planName, readText(logPath(planId)));
    const log = parseDecisionLines(text, planId);
    reportDamaged(planId, planName, log.damaged);
    const anchor = readAnchor(planId);
    const check = checkChain(log.records, anchor);
    const intact = check.breaks.length === 0;
    // A log from before chaining gets its anchor now; one append past the anchor is a crash between the two writes.
    if ((anchor === null && check.length > 0) || (anchor !== null && intact && check.length === anchor.length + 1)) {
      writeAnchor(planId, { length: check.length, head: check.head });
    }
    for (const found of check.breaks) {
      // An unreadable entry was reported as damaged just above.
      if (found.kind === 'unreadable') continue;
      tell(`${planId}:break:${found.kind}:${found.position}`, `In ${whose(planName)}: ${found.message} The file was left as it is.`);
    }
    return { log, check };
  }

  /** Start-up check, so damage is reported when the app opens rather than when the log is first shown. */
  function scan(): void {
    for (const file of readdirSync(dir).filter((name) => LOG_PATTERN.test(name))) {
      const key = file.replace(/\.jsonl$/, '');
      // Only a log whose file name is the id itself can be checked without its plan; hashed names wait for their plan.
      const plan = findPlan(key);
      if (plan) read(plan.id, plan.name);
    }
  }

  /** Writes chained entries after the log's last one: one write, one flush, then the anchor. */
  function writeEntries(planId: string, state: LogState, entries: readonly DecisionEntry[]): DecisionEntry[] {
    let anchor: ChainAnchor = { length: state.check.length, head: state.check.head };
    const chained = entries.map((entry) => {
      const next = chainEntry(entry, anchor);
      anchor = advance(anchor, next);
      return next;
    });
    const fd = openSync(logPath(planId), 'a');
    try {
      appendFileSync(fd, chained.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    writeAnchor(planId, anchor);
    return chained;
  }

  mkdirSync(dir, { recursive: true });
  try {
    scan();
  } catch (error) {
    console.error(`Rollout Readiness: could not check the decision logs: ${errorMessage(error)}`);
  }

  return {
    list(planId) {
      const plan = findPlan(planId);
      if (!plan) return fail('not_found', 'This plan does not exist (it may have been deleted).');
      try {
        return ok(read(planId, plan.name).log.entries);
      } catch (error) {
        return fail('io', `The decision log could not be read: ${errorMessage(error)}`);
      }
    },

    check(planId) {
      const plan = findPlan(planId);
      if (!plan) return fail('not_found', 'This plan does not exist (it may have been deleted).');
      try {
        return ok(read(planId, plan.name).check);
      } catch (error) {
        return fail('io', `The decision log could not be checked: ${errorMessage(error)}`);
      }
    },

    append(input) {
      const checked = checkNewDecision(input);
      if (!checked.ok) return checked;
      const entry = checked.value;
      const plan = findPlan(entry.planId);
      if (!plan) return fail('not_found', 'This plan does not exist (it may have been deleted), so the decision was not recorded.');
      try {
        const state = read(entry.planId, plan.name);
        const stored = getPlan(entry.planId);
        if (!stored.ok) return stored;
        const admitted = admitDecision(entry, {
          plan: stored.value,
          log: state.log.entries,
          takenIds: takenIds(state.log),
          now: now(),
        });
        if (!admitted.ok) return admitted;
        const [written] = writeEntries(entry.planId, state, [admitted.value]);
        return written ? ok(written) : fail('io', 'The decision could not be recorded.');
      } catch (error) {
        return fail('io', `The decision was not recorded because ${describeWriteError(error)}.`);
      }
    },

    appendBatch(planId, entries) {
      const plan = findPlan(planId);
      if (!plan) return fail('not_found', 'This plan does not exist (it may have been deleted), so the decisions were not recorded.');
      try {
        const state = read(planId, plan.name);
        const taken = takenIds(state.log);
        const fresh = entries.filter((entry) => !taken.has(entry.id));
        return ok(fresh.length === 0 ? [] : writeEntries(planId, state, fresh));
      } catch (error) {
        return fail('io', `The decisions were not recorded because ${describeWriteError(error)}.`);
      }
    },

    notices() {
      return [...notices];
    },
  };
}

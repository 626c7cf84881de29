import { appendFileSync, closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StartupNotice } from '../shared/api';
import {
  checkNewDecision,
  duplicateDecision,
  parseDecisionLines,
  takenIds,
  type DamagedDecision,
  type DecisionLogRead,
} from '../shared/decisions/log-records';
import type { DecisionEntry } from '../shared/decisions/schema';
import type { PlanSummary } from '../shared/model/schema';
import { fail, ok, type Result } from '../shared/result';
import { errorMessage, fileKeyForId, isErrnoException } from './store-files';

/**
 * The decision log of each plan, append-only: there is no way to change or remove an entry,
 * and the file is only ever appended to, never rewritten.
 */
export interface DecisionLog {
  /** Oldest first. A damaged line is left out of the list and reported through `notices`. */
  list(planId: string): Result<DecisionEntry[]>;
  append(entry: unknown): Result<DecisionEntry>;
  notices(): StartupNotice[];
}

export interface DecisionLogOptions {
  /** The plan's summary, or null for a plan the storage does not know. */
  readonly findPlan: (planId: string) => PlanSummary | null;
}

const LOG_PATTERN = /^[a-z0-9_-]+\.jsonl$/;

/**
 * One JSON Lines file per plan: `<dataDir>/decisions/<plan key>.jsonl`. Logs stay when their
 * plan is deleted, so undoing the delete brings the plan back with its audit trail.
 */
export function createDecisionLog(dataDir: string, { findPlan }: DecisionLogOptions): DecisionLog {
  const dir = join(dataDir, 'decisions');
  const notices: StartupNotice[] = [];
  // One notice per damaged line, however often the log is read.
  const reported = new Set<string>();

  const fileName = (planId: string) => `${fileKeyForId(planId)}.jsonl`;

  function report(file: string, planName: string | null, damaged: readonly DamagedDecision[]): void {
    for (const record of damaged) {
      const key = `${file}:${record.line}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const whose = planName ? `the decision log of "${planName}"` : 'a decision log';
      notices.push({
        kind: 'recovered-corrupt-file',
        message:
          `Line ${record.line} of ${whose} (file "decisions/${file}") could not be read because ${record.problem}. ` +
          'That entry is not shown; the file was left exactly as it is and every other entry is listed.',
      });
    }
  }

  /** The log's text, or '' when nothing was ever recorded. */
  function readText(file: string): string {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      if (isErrnoException(error) && error.code === 'ENOENT') return '';
      throw error;
    }
  }

  function read(planId: string, planName: string | null): { text: string; log: DecisionLogRead } {
    const file = fileName(planId);
    const text = readText(file);
    const log = parseDecisionLines(text, planId);
    report(file, planName, log.damaged);
    return { text, log };
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

    append(input) {
      const checked = checkNewDecision(input);
      if (!checked.ok) return checked;
      const entry = checked.value;
      const plan = findPlan(entry.planId);
      if (!plan) return fail('not_found', 'This plan does not exist (it may have been deleted), so the decision was not recorded.');
      let fd: number | null = null;
      try {
        const { text, log } = read(entry.planId, plan.name);
        if (takenIds(log).has(entry.id)) return duplicateDecision(entry.id);
        // A last line torn by a crash has no newline; start on a fresh line so the new entry stays readable.
        const separator = text === '' || text.endsWith('\n') ? '' : '\n';
        fd = openSync(join(dir, fileName(entry.planId)), 'a');
        appendFileSync(fd, `${separator}${JSON.stringify(entry)}\n`, 'utf8');
        fsyncSync(fd);
        return ok(entry);
      } catch (error) {
        return fail('io', `The decision could not be recorded: ${errorMessage(error)}`);
      } finally {
        if (fd !== null) closeSync(fd);
      }
    },

    notices() {
      return [...notices];
    },
  };
}

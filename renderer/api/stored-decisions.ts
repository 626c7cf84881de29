import type { RolloutApi, StartupNotice } from '../../shared/api';
import { admitDecision } from '../../shared/decisions/append-rules';
import { advance, chainEntry, checkChain, type ChainAnchor, type ChainCheck } from '../../shared/decisions/chain';
import { checkNewDecision, duplicateDecision, readStoredDecisions, takenIds, type DecisionLogRead } from '../../shared/decisions/log-records';
import { migratePlan } from '../../shared/model/migrate';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { fail, ok, type Result } from '../../shared/result';
import type { RecordStorage } from './record-storage';
import { guard } from './stored-guard';

export interface DecisionMethods extends Pick<RolloutApi, 'listDecisions' | 'appendDecision' | 'checkDecisionLog'> {
  /** A checked plan file's decisions after the log's own, keeping their times; ids already there are skipped. */
  appendImportedDecisions(planId: string, entries: readonly DecisionEntry[]): Promise<Result<DecisionEntry[]>>;
  /** Reads a plan's log so damage is reported at start-up, not only when the log is shown. */
  check(planId: string, planName: string): Promise<void>;
}

/**
 * The append-only, hash-chained decision log over any RecordStorage. There is no update or
 * delete here or in the storage: an entry, once added, is only ever read.
 */
export function createDecisionMethods(storage: RecordStorage, notices: StartupNotice[], now: () => Date): DecisionMethods {
  // One notice per damaged record or break, however often the log is read.
  const reported = new Set<string>();

  function tell(key: string, message: string): void {
    if (reported.has(key)) return;
    reported.add(key);
    notices.push({ kind: 'recovered-corrupt-file', message });
  }

  async function read(planId: string, planName: string): Promise<{ log: DecisionLogRead; check: ChainCheck }> {
    const log = readStoredDecisions(await storage.readDecisions(planId), planId);
    for (const record of log.damaged) {
      tell(
        `${planId}\n${record.line}`,
        `Entry ${record.line} of the decision log of "${planName}" could not be read because ${record.problem}. ` +
          'It is not shown; it was left exactly as it is and every other entry is listed.',
      );
    }
    const anchor = await storage.readDecisionAnchor(planId);
    const check = checkChain(log.records, anchor);
    // A log from before chaining is anchored as it is now, so a cut-off end is caught from here on.
    if (anchor === null && check.length > 0) await storage.writeDecisionAnchor(planId, { length: check.length, head: check.head });
    for (const found of check.breaks) {
      // An unreadable entry was reported as damaged just above.
      if (found.kind === 'unreadable') continue;
      tell(`${planId}\nbreak:${found.kind}:${found.position}`, `In the decision log of "${planName}": ${found.message} It was left as it is.`);
    }
    return { log, check };
  }

  async function planName(planId: string): Promise<string | null> {
    const raw = await storage.readPlan(planId);
    if (raw === undefined) return null;
    const name = typeof raw === 'object' && raw !== null && 'name' in raw ? raw.name : null;
    return typeof name === 'string' ? name : planId;
  }

  return {
    async check(planId, name) {
      await read(planId, name);
    },

    listDecisions: (planId) =>
      guard('read the decision log', async () => {
        const name = await planName(planId);
        if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted).');
        return ok((await read(planId, name)).log.entries);
      }),

    appendImportedDecisions: (planId, entries) =>
      guard('add the decisions of the file', async () => {
        const name = await planName(planId);
        if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted), so the decisions were not recorded.');
        const { log, check } = await read(planId, name);
        const taken = takenIds(log);
        let anchor: ChainAnchor = { length: check.length, head: check.head };
        const added: DecisionEntry[] = [];
        for (const entry of entries) {
          if (taken.has(entry.id)) continue;
          const chained = chainEntry(entry, anchor);
          const next = advance(anchor, chained);
          if ((await storage.addDecision(chained, next)) !== 'added') continue;
          anchor = next;
          added.push(chained);
        }
        return ok(added);
      }),

    checkDecisionLog: (planId) =>
      guard('check the decision log', async () => {
        const name = await planName(planId);
        if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted).');
        return ok((await read(planId, name)).check);
      }),

    appendDecision: (input) =>
      guard('record the decision', async () => {
        const checked = checkNewDecision(input);
        if (!checked.ok) return checked;
        const name = await planName(checked.value.planId);
        if (name === null) {
          return fail('not_found', 'This plan does not exist (it may have been deleted), so the decision was not recorded.');
        }
        const { log, check } = await read(checked.value.planId, name);
        const stored = migratePlan(await storage.readPlan(checked.value.planId));
        if (!stored.ok) return fail('invalid', 'The plan could not be read, so the decision was not recorded.');
        const admitted = admitDecision(checked.value, { plan: stored.plan, log: log.entries, takenIds: takenIds(log), now: now() });
        if (!admitted.ok) return admitted;
        const before = { length: check.length, head: check.head };
        const entry = chainEntry(admitted.value, before);
        const outcome = await storage.addDecision(entry, advance(before, entry));
        return outcome === 'added' ? ok(entry) : duplicateDecision(entry.id);
      }),
  };
}

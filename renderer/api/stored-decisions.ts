import type { RolloutApi, StartupNotice } from '../../shared/api';
import { chainEntry, checkChain, type ChainCheck } from '../../shared/decisions/chain';
import { checkNewDecision, duplicateDecision, readStoredDecisions, type DecisionLogRead } from '../../shared/decisions/log-records';
import { fail, ok } from '../../shared/result';
import type { RecordStorage } from './record-storage';
import { guard } from './stored-guard';

export interface DecisionMethods extends Pick<RolloutApi, 'listDecisions' | 'appendDecision' | 'checkDecisionLog'> {
  /** Reads a plan's log so damage is reported at start-up, not only when the log is shown. */
  check(planId: string, planName: string): Promise<void>;
}

/**
 * The append-only, hash-chained decision log over any RecordStorage. There is no update or
 * delete here or in the storage: an entry, once added, is only ever read.
 */
export function createDecisionMethods(storage: RecordStorage, notices: StartupNotice[]): DecisionMethods {
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
    const check = checkChain(log.records, null);
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
        const { check } = await read(checked.value.planId, name);
        const entry = chainEntry(checked.value, { length: check.length, head: check.head });
        const outcome = await storage.addDecision(entry);
        return outcome === 'added' ? ok(entry) : duplicateDecision(entry.id);
      }),
  };
}

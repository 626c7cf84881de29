import type { RolloutApi, StartupNotice } from '../../shared/api';
import { checkNewDecision, duplicateDecision, readStoredDecisions } from '../../shared/decisions/log-records';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { fail, ok } from '../../shared/result';
import type { RecordStorage } from './record-storage';
import { guard } from './stored-guard';

export interface DecisionMethods extends Pick<RolloutApi, 'listDecisions' | 'appendDecision'> {
  /** Reads a plan's log so damage is reported at start-up, not only when the log is shown. */
  check(planId: string, planName: string): Promise<void>;
}

/**
 * The append-only decision log over any RecordStorage. There is no update or delete here or in
 * the storage: an entry, once added, is only ever read.
 */
export function createDecisionMethods(storage: RecordStorage, notices: StartupNotice[]): DecisionMethods {
  // One notice per damaged record, however often the log is read.
  const reported = new Set<string>();

  async function read(planId: string, planName: string): Promise<DecisionEntry[]> {
    const { entries, damaged } = readStoredDecisions(await storage.readDecisions(planId), planId);
    for (const record of damaged) {
      const key = `${planId}\n${record.line}`;
      if (reported.has(key)) continue;
      reported.add(key);
      notices.push({
        kind: 'recovered-corrupt-file',
        message:
          `Entry ${record.line} of the decision log of "${planName}" could not be read because ${record.problem}. ` +
          'It is not shown; it was left exactly as it is and every other entry is listed.',
      });
    }
    return entries;
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
        return ok(await read(planId, name));
      }),

    appendDecision: (input) =>
      guard('record the decision', async () => {
        const checked = checkNewDecision(input);
        if (!checked.ok) return checked;
        const entry = checked.value;
        if ((await planName(entry.planId)) === null) {
          return fail('not_found', 'This plan does not exist (it may have been deleted), so the decision was not recorded.');
        }
        const outcome = await storage.addDecision(entry);
        return outcome === 'added' ? ok(entry) : duplicateDecision(entry.id);
      }),
  };
}

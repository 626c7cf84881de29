import type { RolloutApi } from '../api';
import { admitDecision } from '../decisions/append-rules';
import { advance, chainEntry, checkChain, lostAnchorBreak, withFoundEarlier, type ChainAnchor, type ChainCheck } from '../decisions/chain';
import { checkNewDecision, duplicateDecision, readStoredDecisions, takenIds, type DecisionLogRead } from '../decisions/log-records';
import type { DecisionEntry } from '../decisions/schema';
import { fail, ok, type Result } from '../result';
import { guard } from './guard';
import { changedOutsideDecisionMessage } from './seal-words';
import { chainBreakMessage, damagedDecisionMessage, tornDecisionMessage, type Notices } from './notices';
import type { PlanRules } from './plans';
import { WriteFailure, type RecordStore, type StoredDecisionLog } from './record-store';

export interface DecisionMethods extends Pick<RolloutApi, 'listDecisions' | 'appendDecision' | 'checkDecisionLog'> {
  /** Checked entries after the log's own, in one step, keeping their times; ids already there are skipped. */
  appendImportedDecisions(planId: string, entries: readonly DecisionEntry[]): Promise<Result<DecisionEntry[]>>;
  /**
   * The readable entries stored under a plan id, whether or not a plan has it now: a deleted plan's
   * log stays (Undo brings the plan back to it), and a file imported under its id must not be mixed in.
   */
  keptDecisions(planId: string): Promise<DecisionEntry[]>;
  /** Reads plans' logs so damage is reported at start-up, not only when a log is shown; in one read where the store can. */
  checkAll(plans: readonly { readonly id: string; readonly name: string }[]): Promise<void>;
}

/**
 * The anchor of a log as `check` found it: its length and last hash, and every break found so far, so
 * that moving the anchor on (a new decision, a catch-up) never makes a change outside the app look intact.
 */
function anchorAfter(check: Pick<ChainCheck, 'length' | 'head' | 'breaks'>): ChainAnchor {
  const found = check.breaks.filter((b) => b.kind !== 'unreadable');
  return { length: check.length, head: check.head, ...(found.length > 0 ? { found } : {}) };
}

/**
 * The append-only, hash-chained decision log over any RecordStore. There is no update or
 * delete here or in the storage: an entry, once added, is only ever read.
 */
export function createDecisionMethods(store: RecordStore, plans: PlanRules, notices: Notices, now: () => Date): DecisionMethods {
  const tell = (key: string, message: string) => notices.tell(key, { kind: 'recovered-corrupt-file', message });

  /**
   * Runs one read-then-append of a plan's log after the one before has finished. Two appends that
   * both read the log at length N would both chain their entry as N+1: the log would then show an
   * entry "inserted" - a tampering alarm, for ever, in a log nothing can be removed from.
   */
  const queues = new Map<string, Promise<unknown>>();
  function oneAtATime<T>(planId: string, run: () => Promise<T>): Promise<T> {
    const next = (queues.get(planId) ?? Promise.resolve()).then(run, run);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    queues.set(planId, settled);
    void settled.then(() => {
      if (queues.get(planId) === settled) queues.delete(planId);
    });
    return next;
  }

  async function read(planId: string, planName: string, given?: StoredDecisionLog): Promise<{ log: DecisionLogRead; check: ChainCheck }> {
    const stored = given?.log ?? (await store.readDecisions(planId));
    if (stored.tornTailKeptAs !== null) tell(`${planId}\ntorn:${stored.tornTailKeptAs}`, tornDecisionMessage(planName, stored.tornTailKeptAs));
    const log = readStoredDecisions(stored.values, planId);
    for (const record of log.damaged) tell(`${planId}\n${record.line}`, damagedDecisionMessage(record.line, planName, record.problem));
    const anchor = given ? given.anchor : await store.readDecisionAnchor(planId);
    const fresh = checkChain(log.records, anchor);
    const intact = fresh.breaks.length === 0;
    const lost = lostAnchorBreak(log.records, anchor);
    const check = withFoundEarlier(lost === null ? fresh : { ...fresh, breaks: [...fresh.breaks, lost] }, anchor);
    // A log from before chaining is anchored as it is now. Entries past the anchor are caught up only when they
    // are the append the anchor records as under way (a crash between the entries and the anchor) and the whole
    // chain holds, its entry at the anchor's place included: entries added by hand, or an edit re-chained and
    // hidden behind new entries, are reported, never anchored.
    if ((anchor === null && check.length > 0) || (anchor !== null && intact && check.length > anchor.length)) {
      try {
        await store.writeDecisionAnchor(planId, anchorAfter(check));
      } catch (error) {
        // Catching up is for later checks; a full disk must not stop the log being read. The next read tries again.
        if (!(error instanceof WriteFailure)) throw error;
      }
    }
    for (const found of check.breaks) {
      // An unreadable entry was reported as damaged just above.
      if (found.kind === 'unreadable') continue;
      tell(`${planId}\nbreak:${found.kind}:${found.position}`, chainBreakMessage(planName, found.message));
    }
    return { log, check };
  }

  async function planName(planId: string): Promise<string | null> {
    const record = await store.readPlan(planId);
    if (record === undefined) return null;
    const { value } = record;
    const name = typeof value === 'object' && value !== null && 'name' in value ? value.name : null;
    return typeof name === 'string' ? name : planId;
  }

  /** `attempt` again while another writer (another tab) appended between its read and its write. */
  async function untilInPlace<T>(attempt: () => Promise<Result<T> | 'moved'>): Promise<Result<T>> {
    for (let tries = 0; tries < 5; tries += 1) {
      const outcome = await attempt();
      if (outcome !== 'moved') return outcome;
    }
    return fail('conflict', 'Nothing was recorded: another window or tab kept adding to this decision log at the same time. Try again.');
  }

  async function write(planId: string, entries: readonly DecisionEntry[], check: ChainCheck): Promise<Result<DecisionEntry[]> | 'moved'> {
    let next: ChainAnchor = { length: check.length, head: check.head };
    const chained = entries.map((entry) => {
      const linked = chainEntry(entry, next);
      next = advance(next, linked);
      return linked;
    });
    try {
      const outcome = await store.addDecisions(planId, chained, anchorAfter({ ...check, length: next.length, head: next.head }));
      if (outcome === 'duplicate') return duplicateDecision(chained[0]?.id ?? '');
      if (outcome === 'moved') return outcome;
    } catch (error) {
      if (error instanceof WriteFailure) return fail('io', `The decision was not recorded because ${error.reason}.`);
      throw error;
    }
    return ok(chained);
  }

  /** A checked new decision, admitted against the log and plan as they are now, then appended. */
  async function appendChecked(decision: DecisionEntry): Promise<Result<DecisionEntry> | 'moved'> {
    const name = await planName(decision.planId);
    if (name === null) {
      return fail('not_found', 'This plan does not exist (it may have been deleted), so the decision was not recorded.');
    }
    const { log, check } = await read(decision.planId, name);
    const stored = await plans.get(decision.planId);
    if (!stored.ok) return fail(stored.code, `${stored.message} The decision was not recorded.`);
    // Its evidence would be frozen from values the app did not save.
    if (stored.summary.changedOutsideApp) return fail('conflict', changedOutsideDecisionMessage(stored.plan.name));
    const admitted = admitDecision(decision, { plan: stored.plan, log: log.entries, takenIds: takenIds(log), now: now() });
    if (!admitted.ok) return admitted;
    const written = await write(decision.planId, [admitted.value], check);
    if (written === 'moved' || !written.ok) return written;
    const [entry] = written.value;
    return entry ? ok(entry) : fail('io', 'The decision could not be recorded.');
  }

  return {
    keptDecisions: (planId) => oneAtATime(planId, async () => readStoredDecisions((await store.readDecisions(planId)).values, planId).entries),

    async checkAll(list) {
      const logs = store.readDecisionLogs ? await store.readDecisionLogs(list.map((p) => p.id)) : null;
      // In the plans' order, one after another: notices come out as they would plan by plan.
      for (const { id, name } of list) await read(id, name, logs?.get(id));
    },

    // Reads too wait their turn: a read can move a torn entry aside or catch the anchor up.
    listDecisions: (planId) =>
      guard('read the decision log', () =>
        oneAtATime(planId, async () => {
          const name = await planName(planId);
          if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted).');
          return ok((await read(planId, name)).log.entries);
        }),
      ),

    appendImportedDecisions: (planId, entries) =>
      guard('add the decisions of the file', () =>
        oneAtATime(planId, () =>
          untilInPlace(async () => {
            const name = await planName(planId);
            if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted), so the decisions were not recorded.');
            const { log, check } = await read(planId, name);
            const taken = takenIds(log);
            const fresh = entries.filter((entry) => !taken.has(entry.id));
            return fresh.length === 0 ? ok([]) : write(planId, fresh, check);
          }),
        ),
      ),

    checkDecisionLog: (planId) =>
      guard('check the decision log', () =>
        oneAtATime(planId, async () => {
          const name = await planName(planId);
          if (name === null) return fail('not_found', 'This plan does not exist (it may have been deleted).');
          return ok((await read(planId, name)).check);
        }),
      ),

    appendDecision: (input) =>
      guard('record the decision', async () => {
        const checked = checkNewDecision(input);
        if (!checked.ok) return checked;
        return oneAtATime(checked.value.planId, () => untilInPlace(() => appendChecked(checked.value)));
      }),
  };
}

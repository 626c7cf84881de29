import { canonicalJson } from '../canonical-json';
import { formatBytes } from '../format/format';
import { describeIssues, migratePlan, type MigrationResult } from '../model/migrate';
import { planIntegrityProblems } from '../model/plan-integrity';
import type { DamagedPlan } from '../api';
import { planSchema, toSummary, type Plan, type PlanSummary } from '../model/schema';
import { fail, ok } from '../result';
import { summaryOf, withSealRemoved, type CheckedPlanRecord } from './plan-check';
import { createSealedIds } from './sealed-ids';
import { checkSealAsync, hashTextPortably, sealPlanAsync, type DigestText } from './plan-seal';
import { createChangedPlans } from './changed-plans';
import { changedOutsideSaveMessage } from './seal-words';
import { MAX_STORED_PLAN_BYTES, serialisePlan, utf8ByteLength } from './limits';
import { damagedInPlaceSaveMessage, earlierSetAsideMessage, inaccessibleMessage, leftInPlaceMessage, migratedMessage, notSavedBecause, previousOfferedMessage, setAsideMessage, staleSaveMessage, type Notices } from './notices';
import { InaccessibleRecord, UnreadableRecord, WriteFailure, type RecordStore, type StoredPlanRecord } from './record-store';
import { idOf, planNameOf, type LeftOutPlan, type Loaded, type PlanRules, type Refused, type Settled } from './plan-rules-types';

export type { ChangedOutside, LeftOutPlan, Loaded, PlanRules } from './plan-rules-types';

/** The rules every stored plan goes through: migration on read, setting bad records aside, limits. */
export function createPlanRules(store: RecordStore, notices: Notices, now: () => Date = () => new Date()): PlanRules {
  const hash = store.hashText ?? hashTextPortably;
  // Web Crypto's digest in a browser: the seals are hashed natively, not by the app's own SHA-256 on the window's thread.
  const digest: DigestText = store.digestText ?? (async (text) => hash(text));
  // What was set aside this session, by record key and by plan id, so opening it says why it is gone.
  const setAside = new Map<string, string>();
  // What the last readAll refused, by record key (the plan list never shows these).
  let refusedByRead = new Map<string, LeftOutPlan>();
  /**
   * The plans the last readAll read whole, for the one get that follows it: opening the app lists
   * the plans, then opens one, and that one is not read and validated a second time. Only plans
   * stored under their own id (where a read by id finds the same record); any write drops them.
   */
  let lastRead: Map<string, Extract<Loaded, { ok: true }>> | null = null;
  let writes = 0;
  /**
   * What this service wrote (or tried to: a write reported failed may still have landed), as the
   * hash of each plan's content, by plan id: a stored plan not among them was written by another
   * window or tab. Content, not revision numbers: after a failed write, another tab may store
   * the very revision number this one tried, with its own edits.
   */
  const ownWrites = new Map<string, Set<string>>();
  // Hashed as the seals are (natively in a browser): the app's own SHA-256, cold, cost the window a task per save.
  const contentHash = (plan: Plan): Promise<string> => digest(canonicalJson(plan));
  // The plans this store sealed: one of them found without a seal had it removed (changed outside the app).
  const sealedIds = createSealedIds(store);
  const sealRemoved = async (id: string, unsealed: boolean): Promise<boolean> => unsealed && (await sealedIds.has(id));
  async function writePlan(plan: Plan): Promise<void> {
    const own = ownWrites.get(plan.id) ?? new Set<string>();
    own.add(await contentHash(plan));
    ownWrites.set(plan.id, own);
    await store.writePlan(await sealPlanAsync(plan, digest, now()));
    await sealedIds.add(plan.id);
  }

  const changedPlans = createChangedPlans({ store, notices, load, writePlan });
  const { marked } = changedPlans;
  const written = (): void => {
    writes += 1;
    lastRead = null;
  };

  /**
   * Sets a damaged record aside (kept whole, never deleted). Its previous good version, if one
   * is kept, is offered, not opened: the plan list shows it, and nothing is replaced until the
   * user chooses (see `restorePrevious`).
   */
  async function damaged(key: string, id: string | null, what: string, problem: string): Promise<Refused> {
    let where: string;
    try {
      where = await store.setAside('plan', key, problem);
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
      // Left where it is, and said: one record that cannot be moved must not stop the others being listed.
      const message = leftInPlaceMessage(what, problem, error.reason);
      notices.tell(`in-place:${key}`, { kind: 'recovered-corrupt-file', message });
      return { ok: false, code: 'invalid', message };
    }
    const previous = await store.readPreviousPlan(key);
    const migrated = previous === undefined ? null : migratePlan(previous.value);
    const message = migrated?.ok
      ? previousOfferedMessage(what, problem, where, migrated.plan.name, migrated.plan.revision, migrated.plan.updatedAt)
      : setAsideMessage(what, problem, where);
    setAside.set(key, message);
    if (id !== null) setAside.set(id, message);
    notices.tell(`aside:${key}:${where}`, { kind: 'recovered-corrupt-file', message });
    return { ok: false, code: 'invalid', message };
  }

  /** A record the read rule refused: set aside when damaged, left alone when a newer app wrote it; either way told. */
  async function refused(key: string, value: unknown, failed: Extract<MigrationResult, { ok: false }>): Promise<Refused> {
    if (failed.reason === 'newer_version') {
      // Not damaged: a newer app wrote it. Leave it untouched for that app, and say so.
      notices.tell(`newer:${key}`, { kind: 'newer-version', message: `${failed.message} It is kept unchanged.` });
      return { ok: false, code: 'newer_version', message: failed.message };
    }
    const name = planNameOf(value);
    const what = name ? `The saved plan "${name}"` : 'A saved plan';
    return damaged(key, idOf(value), what, `it does not match the expected format (${failed.details.slice(0, 3).join('; ') || failed.message})`);
  }

  /** Writes an upgraded plan back and says so. The older record is kept as the previous version; an upgrade that cannot be written is served from memory. */
  async function upgraded(key: string, plan: Plan): Promise<void> {
    try {
      await writePlan(plan);
      notices.tell(`migrated:${key}`, { kind: 'migrated', message: migratedMessage(plan.name) });
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
    }
  }

  /** A save that does not advance past what is stored, when what is stored is not this service's own write (nor the same plan). */
  async function isStale(saving: Plan, stored: Plan): Promise<boolean> {
    if (stored.revision < saving.revision) return false;
    const storedHash = await contentHash(stored);
    if (ownWrites.get(stored.id)?.has(storedHash)) return false;
    return storedHash !== (await contentHash(saving));
  }

  async function load({ key, value }: StoredPlanRecord): Promise<Loaded> {
    if (value instanceof InaccessibleRecord) {
      const message = inaccessibleMessage(value.name, value.problem);
      notices.tell(`inaccessible:${key}`, { kind: 'recovered-corrupt-file', message });
      return { ok: false, code: 'invalid', message };
    }
    if (value instanceof UnreadableRecord) return damaged(key, null, 'A saved plan', `its contents are damaged (${value.problem})`);
    const seal = await checkSealAsync(value, digest);
    const migrated = migratePlan(seal.content);
    if (!migrated.ok) return refused(key, value, migrated);
    const checkedSummary = summaryOf(migrated.plan, seal);
    const summary = (await sealRemoved(migrated.plan.id, seal.state === 'unsealed')) ? withSealRemoved(checkedSummary) : checkedSummary;
    if (summary.changedOutsideApp) return { ok: true, plan: migrated.plan, summary: await marked(key, summary, summary.changedOutsideApp) };
    if (migrated.migratedFrom !== null) await upgraded(key, migrated.plan);
    return { ok: true, plan: migrated.plan, summary };
  }

  /** The same as `load` for a record the read rule already ran on (`checkPlanRecords`, the start-up worker). */
  async function settle({ key, checked, value }: CheckedPlanRecord): Promise<Settled | Refused> {
    if (!checked.ok) return refused(key, value, checked);
    if (await sealRemoved(checked.summary.id, checked.unsealed === true)) {
      const summary = withSealRemoved(checked.summary);
      return { ok: true, summary: await marked(key, summary, { lastSavedAt: null, previous: null }), plan: checked.plan };
    }
    const changed = checked.summary.changedOutsideApp;
    if (changed) return { ok: true, summary: await marked(key, checked.summary, changed), plan: checked.plan };
    if (checked.migratedFrom !== null && checked.plan) await upgraded(key, checked.plan);
    return { ok: true, summary: checked.summary, plan: checked.plan };
  }

  /** A write drops what a read kept, when it starts and when it ends: a read in between never keeps a plan the write replaced. */
  async function writing<T>(write: () => Promise<T>): Promise<T> {
    written();
    try {
      return await write();
    } finally {
      written();
    }
  }

  /** Plans set aside as damaged whose previous good version can be restored (kept across sessions). */
  async function offeredPrevious(): Promise<DamagedPlan[]> {
    const offered: DamagedPlan[] = [];
    for (const { key, value } of await store.readOrphanedPrevious()) {
      const migrated = migratePlan(value);
      if (!migrated.ok) continue;
      const { name, revision, updatedAt } = migrated.plan;
      offered.push({ key, name, revision, savedAt: updatedAt });
    }
    return offered;
  }

  return {
    async readAll(checked) {
      lastRead = null;
      const writesBefore = writes;
      const listed = new Map<string, PlanSummary>();
      const held = new Map<string, Extract<Loaded, { ok: true }>>();
      const refusedNow = new Map<string, LeftOutPlan>();
      const refuse = (key: string, value: unknown, why: string) => refusedNow.set(key, { name: planNameOf(value), why });
      const keep = (key: string, summary: PlanSummary, plan: Plan | null) => {
        // Two records with one id (a file copied by hand): the first one read is shown.
        if (listed.has(summary.id)) return;
        listed.set(summary.id, summary);
        if (plan && key === summary.id) held.set(key, { ok: true, plan, summary });
      };
      if (checked) {
        for (const record of checked) {
          const settled = await settle(record);
          if (settled.ok) keep(record.key, settled.summary, settled.plan);
          else refuse(record.key, record.value, settled.message);
        }
      } else {
        for (const record of await store.readPlans()) {
          const loaded = await load(record);
          if (loaded.ok) keep(record.key, loaded.summary, loaded.plan);
          else refuse(record.key, record.value, loaded.message);
        }
      }
      refusedByRead = refusedNow;
      // A save while this read ran may have replaced one of these plans.
      if (writes === writesBefore) lastRead = held;
      return [...listed.values()];
    },

    async get(id) {
      const held = lastRead?.get(id);
      lastRead = null;
      if (held) return held;
      const record = await store.readPlan(id);
      if (record === undefined) {
        const aside = setAside.get(id);
        return aside ? { ok: false, code: 'invalid', message: aside } : { ok: false, code: 'not_found', message: 'This plan does not exist (it may have been deleted).' };
      }
      return load(record);
    },

    save: (input, options) =>
      writing(async () => {
        const parsed = planSchema.safeParse(input);
        if (!parsed.success) {
          return fail('invalid', 'The plan could not be saved: some fields are not valid.', describeIssues(parsed.error));
        }
        const plan = parsed.data;
        const problems = planIntegrityProblems(plan);
        if (problems.length > 0) return fail('invalid', 'The plan could not be saved: some of its ids repeat or point at nothing.', problems);
        const bytes = utf8ByteLength(serialisePlan(plan));
        if (bytes > MAX_STORED_PLAN_BYTES) {
          return fail(
            'too_large',
            `The plan "${plan.name}" is too large to save (${formatBytes(bytes)}; the limit is ${formatBytes(MAX_STORED_PLAN_BYTES)}). Shorten long notes or evidence texts.`,
          );
        }
        // Whatever is stored now must survive unless it is a readable plan we are replacing: a damaged one is set aside first.
        const record = await store.readPlan(plan.id);
        const current = record === undefined ? null : await load(record);
        if (current && !current.ok && current.code === 'newer_version') return fail('newer_version', `${current.message} It was not changed.`);
        // A damaged or unreadable record that is still in place (it could not be set aside) is never written over.
        if (current && !current.ok && (await store.hasPlan(plan.id))) return fail('io', damagedInPlaceSaveMessage(plan.name));
        if (options?.refuseStale && current?.ok && current.summary.changedOutsideApp) return fail('conflict', changedOutsideSaveMessage(current.plan.name));
        if (options?.refuseStale && current?.ok && (await isStale(plan, current.plan))) return fail('conflict', staleSaveMessage(plan.name, current.plan.revision));
        try {
          await writePlan(plan);
        } catch (error) {
          if (error instanceof WriteFailure) return fail('io', notSavedBecause(error.reason));
          throw error;
        }
        return ok({ summary: toSummary(plan), replaced: current?.ok ? current.plan : null });
      }),

    remove: (id) =>
      writing(async () => {
        if (!(await store.hasPlan(id))) return fail('not_found', 'This plan does not exist (it may have been deleted already).');
        await store.deletePlan(id);
        return ok(undefined);
      }),

    async leftOut() {
      const left = new Map<string, LeftOutPlan>(refusedByRead);
      for (const [key, why] of setAside) if (![...left.values()].some((plan) => plan.why === why)) left.set(key, { name: null, why });
      for (const { key, name, revision, savedAt } of await offeredPrevious()) {
        const known = left.get(key);
        // A record too damaged to name is named by its previous version.
        if (known) left.set(key, { name: known.name ?? name, why: known.why });
        else if (!setAside.has(key)) left.set(key, { name, why: earlierSetAsideMessage(revision, savedAt) });
      }
      return [...left.values()];
    },

    damaged: offeredPrevious,

    async offersPreviousOf(id) {
      for (const { value } of await store.readOrphanedPrevious()) if (idOf(value) === id) return true;
      return false;
    },

    acceptChanged: (id, record) => writing(() => changedPlans.accept(id, record)),

    restorePrevious: (key) =>
      writing(async () => {
        const asideAs = await changedPlans.setAsideToRestore(key);
        const orphan = (await store.readOrphanedPrevious()).find((record) => record.key === key || record.key === asideAs);
        if (!orphan) return fail('not_found', 'There is no previous version to restore for this plan (it may have been restored already).');
        const migrated = migratePlan(orphan.value);
        if (!migrated.ok) return fail('invalid', `The previous version could not be read either: ${migrated.message}`, migrated.details);
        try {
          await writePlan(migrated.plan);
        } catch (error) {
          if (error instanceof WriteFailure) return fail('io', `The previous version was not restored because ${error.reason}. Nothing was changed.`);
          throw error;
        }
        setAside.delete(key);
        setAside.delete(migrated.plan.id);
        return ok(toSummary(migrated.plan));
      }),
  };
}

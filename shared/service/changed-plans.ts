import { migratePlan } from '../model/migrate';
import { toSummary, type Plan, type PlanSummary } from '../model/schema';
import { fail, ok, type Result } from '../result';
import type { Notices } from './notices';
import type { ChangedOutside, Loaded } from './plans';
import { WriteFailure, type RecordStore, type StoredPlanRecord } from './record-store';
import { changedOutsideMessage, NOT_CHANGED_OUTSIDE } from './seal-words';

/** What the plan rules lend these: their storage, notices, read rule and sealed write. */
interface ChangedPlanDeps {
  readonly store: RecordStore;
  readonly notices: Notices;
  readonly load: (record: StoredPlanRecord) => Promise<Loaded>;
  readonly writePlan: (plan: Plan) => Promise<void>;
}

/**
 * The rules for plans changed outside the app (their record no longer matches its seal): how they
 * are marked, accepted and set aside for their previous version. Part of the plan rules (`plans.ts`),
 * which run every write through `writing`.
 */
export function createChangedPlans({ store, notices, load, writePlan }: ChangedPlanDeps) {
  return {
    /**
     * Told at start-up and offered its previous version when one is kept. It is listed and opens,
     * marked, and nothing writes it (not even an upgrade, which would seal it) until the user accepts
     * it or restores the previous version.
     */
    async marked(key: string, summary: PlanSummary, changed: ChangedOutside): Promise<PlanSummary> {
      const previous = await store.readPreviousPlan(key);
      const migrated = previous === undefined ? null : migratePlan(previous.value);
      const offer = migrated?.ok ? { revision: migrated.plan.revision, savedAt: migrated.plan.updatedAt } : null;
      notices.tell(`changed:${key}`, { kind: 'recovered-corrupt-file', message: changedOutsideMessage(summary.name, changed.lastSavedAt) });
      return { ...summary, changedOutsideApp: { ...changed, previous: offer } };
    },

    /** Accepted as it is now: `record` logs it first (nothing is sealed unless that landed), then it is sealed again as found. */
    async accept(id: string, record: (plan: Plan, changed: ChangedOutside) => Promise<Result<unknown>>): Promise<Result<PlanSummary>> {
      const stored = await store.readPlan(id);
      const loaded = stored === undefined ? null : await load(stored);
      if (loaded === null || !loaded.ok) return fail(loaded?.code ?? 'not_found', loaded?.message ?? 'This plan does not exist (it may have been deleted).');
      const changed = loaded.summary.changedOutsideApp;
      if (!changed) return fail('conflict', NOT_CHANGED_OUTSIDE);
      const logged = await record(loaded.plan, changed);
      if (!logged.ok) return logged;
      try {
        await writePlan(loaded.plan);
      } catch (error) {
        if (!(error instanceof WriteFailure)) throw error;
        return fail('io', `The acceptance is in the decision log, but the plan was not sealed again because ${error.reason}. Try again.`);
      }
      return ok(toSummary(loaded.plan));
    },

    /**
     * Before its previous version is restored (`id`: the plan's id): the plan as found is set aside,
     * kept exactly, as a damaged one is, and only when a previous version reads. Answers the storage
     * key it was set aside under (where the previous version now waits), or null when it was not.
     */
    async setAsideToRestore(id: string): Promise<string | null> {
      const stored = await store.readPlan(id);
      if (stored === undefined) return null;
      const loaded = await load(stored);
      if (!loaded.ok || !loaded.summary.changedOutsideApp?.previous) return null;
      const previous = await store.readPreviousPlan(stored.key);
      if (previous === undefined || !migratePlan(previous.value).ok) return null;
      await store.setAside('plan', stored.key, 'it was changed outside the app');
      return stored.key;
    },
  };
}

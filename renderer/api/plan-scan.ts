import type { checkPlanRecords } from '../../shared/service/plan-check';
import { openExistingDatabase, readPlansAndSettings } from './idb-plans';
import { digestSeals, hashTextInBrowser } from './hash-text';
import type { PlanScanAnswer, PlanScanRequest } from './plan-scan-protocol';

/** The read rule, loaded on its own: zod and the plan format are most of the worker's code. */
export type RulesLoader = () => Promise<{ readonly checkPlanRecords: typeof checkPlanRecords }>;

const loadRules: RulesLoader = () => import('./plan-scan-rules');

/** The plan the app reopens at start-up, as the stored settings name it: only a hint of which plan to send whole. */
function lastPlanIdOf(settings: unknown): string | null {
  if (typeof settings !== 'object' || settings === null || !('lastPlanId' in settings)) return null;
  return typeof settings.lastPlanId === 'string' ? settings.lastPlanId : null;
}

/**
 * What the start-up worker does: reads every plan record (and the settings) in one transaction and
 * puts each plan through the shared read rule (`checkPlanRecords`). The rule's code is loaded and
 * started while the database is opened and read, not before. The page gets every plan's summary
 * for the list, and whole only the plan it will reopen (and any upgraded one, to write back):
 * copying 100 whole plans to the page cost it more than the list (~25 ms to decode 3 MB). A plan
 * opened later is read then, as every opening reads it. It writes nothing and never creates or
 * upgrades the database: setting aside, upgrades written back and notices stay with the page's
 * service, and a database not made yet simply holds no plans.
 */
export async function scanStoredPlans(request: PlanScanRequest, rules: RulesLoader = loadRules): Promise<PlanScanAnswer> {
  const loading = rules();
  // Awaited below in every case; this only keeps a failed load from being reported before then.
  loading.catch(() => undefined);
  let db: IDBDatabase | null = null;
  try {
    db = await openExistingDatabase(request.dbName);
    if (db === null) return { ok: true, records: [] };
    const { plans, settings } = await readPlansAndSettings(db);
    const reopened = lastPlanIdOf(settings);
    const digests = await digestSeals(plans);
    const { checkPlanRecords } = await loading;
    return { ok: true, records: checkPlanRecords(plans, (plan) => plan.id === reopened, hashTextInBrowser, digests) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    // Closed at once: an open connection here would hold up a newer tab's upgrade of the database.
    db?.close();
  }
}

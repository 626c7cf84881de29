import { checkPlanRecords } from '../../shared/service/plan-check';
import { openExistingDatabase, readPlanRecords } from './idb-plans';
import type { PlanScanAnswer, PlanScanRequest } from './plan-scan-protocol';

/**
 * What the start-up worker does: reads every plan record in one transaction and puts each through
 * the shared read rule (`checkPlanRecords`). It writes nothing and never creates or upgrades the
 * database: setting aside, upgrades written back and notices stay with the page's service, and a
 * database not made yet simply holds no plans.
 */
export async function scanStoredPlans(request: PlanScanRequest): Promise<PlanScanAnswer> {
  let db: IDBDatabase | null = null;
  try {
    db = await openExistingDatabase(request.dbName);
    return { ok: true, records: db === null ? [] : checkPlanRecords(await readPlanRecords(db)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    // Closed at once: an open connection here would hold up a newer tab's upgrade of the database.
    db?.close();
  }
}

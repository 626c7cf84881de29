import { migratePlan, type MigrationResult } from '../model/migrate';
import type { StoredPlanRecord } from './record-store';

/**
 * A stored plan record after `migratePlan`, wherever that ran (the browser build runs it in a
 * worker at start-up, beside the page's own start). The raw value comes along only when the
 * record failed: its name and id go into the notice; a plan that passed is all in `migrated`.
 */
export interface CheckedPlanRecord {
  readonly key: string;
  readonly migrated: MigrationResult;
  readonly value: unknown;
}

/**
 * Every record through the one read rule (migration, schema, integrity), in storage order. Only
 * the checking: setting aside, writing upgrades back and the notices stay with the plan rules
 * (`createPlanRules`), on the thread that owns the store.
 */
export function checkPlanRecords(records: readonly StoredPlanRecord[]): CheckedPlanRecord[] {
  return records.map(({ key, value }) => {
    const migrated = migratePlan(value);
    return { key, migrated, value: migrated.ok ? undefined : value };
  });
}

import { migratePlan, type MigrationResult } from '../model/migrate';
import { toSummary, type Plan, type PlanSummary } from '../model/schema';
import type { StoredPlanRecord } from './record-store';

/**
 * What the read rule (`migratePlan`: migration, schema, integrity) said of one stored plan, in a
 * form that can travel from a worker: for a plan that passed, what the plan list needs and, when
 * asked for, the plan itself.
 */
export type CheckedPlan =
  | { readonly ok: true; readonly summary: PlanSummary; readonly migratedFrom: number | null; readonly plan: Plan | null }
  | Extract<MigrationResult, { ok: false }>;

/**
 * A stored plan record after the read rule, wherever that ran (the browser build runs it in a
 * worker at start-up, beside the page's own start). The raw value comes along only when the record
 * failed: its name and id go into the notice.
 */
export interface CheckedPlanRecord {
  readonly key: string;
  readonly checked: CheckedPlan;
  readonly value: unknown;
}

/**
 * Every record through the one read rule, in storage order. A plan that passed comes whole when
 * `whole(plan)` says so, and always when it was upgraded (the upgrade is written back); otherwise
 * only its summary: a plan opened later is read again then, as every opening reads it. Only the
 * checking: setting aside, writing upgrades back and the notices stay with the plan rules
 * (`createPlanRules`), on the thread that owns the store.
 */
export function checkPlanRecords(records: readonly StoredPlanRecord[], whole: (plan: Plan) => boolean = () => true): CheckedPlanRecord[] {
  return records.map(({ key, value }) => {
    const migrated = migratePlan(value);
    if (!migrated.ok) return { key, checked: migrated, value };
    const { plan, migratedFrom } = migrated;
    const kept = migratedFrom !== null || whole(plan) ? plan : null;
    return { key, checked: { ok: true, summary: toSummary(plan), migratedFrom, plan: kept }, value: undefined };
  });
}

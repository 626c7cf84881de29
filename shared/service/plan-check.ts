import { migratePlan, type MigrationResult } from '../model/migrate';
import { toSummary, type Plan, type PlanSummary } from '../model/schema';
import { checkSeal, hashTextPortably, type HashText } from './plan-seal';
import type { StoredPlanRecord } from './record-store';

/**
 * What the read rule (`migratePlan`: migration, schema, integrity) said of one stored plan, in a
 * form that can travel from a worker: for a plan that passed, what the plan list needs and, when
 * asked for, the plan itself.
 */
export type CheckedPlan =
  | {
      readonly ok: true;
      /** With `changedOutsideApp` when the record no longer matches its seal. */
      readonly summary: PlanSummary;
      readonly migratedFrom: number | null;
      readonly plan: Plan | null;
      /** The record carried no seal at all: a plan saved before seals, or one whose seal was removed (`sealed-ids.ts` tells). */
      readonly unsealed?: true;
    }
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

/** The plan list's summary of a plan, marked when its record no longer matches its seal. */
export function summaryOf(plan: Plan, seal: ReturnType<typeof checkSeal>): PlanSummary {
  const summary = toSummary(plan);
  return seal.state === 'changed' ? withSealRemoved(summary, seal.sealedAt) : summary;
}

/** Marked as changed outside the app; `lastSavedAt` null when the seal that said it is gone. */
export function withSealRemoved(summary: PlanSummary, lastSavedAt: string | null = null): PlanSummary {
  return { ...summary, changedOutsideApp: { lastSavedAt, previous: null } };
}

/**
 * Every record through the one read rule (its seal checked first, then the plan format), in storage order. A plan that passed comes whole when
 * `whole(plan)` says so, and always when it was upgraded (the upgrade is written back); otherwise
 * only its summary: a plan opened later is read again then, as every opening reads it. Only the
 * checking: setting aside, writing upgrades back and the notices stay with the plan rules
 * (`createPlanRules`), on the thread that owns the store.
 */
export function checkPlanRecords(
  records: readonly StoredPlanRecord[],
  whole: (plan: Plan) => boolean = () => true,
  hash: HashText = hashTextPortably,
  /** By record key: the SHA-256 of its `sealedText`, where the platform digested it ahead (natively, asynchronously). */
  digests?: ReadonlyMap<string, string>,
): CheckedPlanRecord[] {
  return records.map(({ key, value }) => {
    const seal = checkSeal(value, hash, digests?.get(key));
    const migrated = migratePlan(seal.content);
    if (!migrated.ok) return { key, checked: migrated, value };
    const { plan, migratedFrom } = migrated;
    const kept = migratedFrom !== null || whole(plan) ? plan : null;
    const checked = { ok: true as const, summary: summaryOf(plan, seal), migratedFrom, plan: kept };
    return { key, checked: seal.state === 'unsealed' ? { ...checked, unsealed: true as const } : checked, value: undefined };
  });
}

/** What the plan rules (`plans.ts`) hand out: a plan as read, why one is refused, and the rules' interface. */
import type { DamagedPlan } from '../api';
import type { Plan, PlanSummary } from '../model/schema';
import type { Result } from '../result';
import type { CheckedPlanRecord } from './plan-check';

/** A plan record after the rules: the plan, or why there is none to show. */
export type Loaded = { readonly ok: true; readonly plan: Plan; readonly summary: PlanSummary } | Refused;

/** How a plan changed outside the app is marked in its summary. */
export type ChangedOutside = NonNullable<PlanSummary['changedOutsideApp']>;

export type Refused = { readonly ok: false; readonly code: 'not_found' | 'invalid' | 'newer_version'; readonly message: string };

/** A plan the rules let through, for the plan list: its summary, and the plan itself when it was read whole. */
export type Settled = { readonly ok: true; readonly summary: PlanSummary; readonly plan: Plan | null };

export interface PlanRules {
  /**
   * The summary of every stored plan that reads, each read and validated once. `checked`: the
   * records already read and through `checkPlanRecords` (a start-up worker's); the setting aside,
   * the upgrades written back and the notices happen here all the same.
   */
  readAll(checked?: readonly CheckedPlanRecord[]): Promise<PlanSummary[]>;
  /** One plan through the rules; damaged records are set aside on the way. */
  get(id: string): Promise<Loaded>;
  /**
   * Validates and writes; `replaced` is the plan the save overwrote, if one read. `refuseStale`
   * (the editor's saves): a save that does not advance past a revision another window or tab
   * stored meanwhile is refused as a conflict rather than silently undoing that window's edits.
   */
  save(input: unknown, options?: { readonly refuseStale?: boolean }): Promise<Result<{ summary: PlanSummary; replaced: Plan | null }>>;
  remove(id: string): Promise<Result<void>>;
  /** Plans set aside as damaged whose previous good version can be restored. */
  damaged(): Promise<DamagedPlan[]>;
  /** Whether a previous version offered for restore (its plan set aside as damaged) is a version of the plan `id`. */
  offersPreviousOf(id: string): Promise<boolean>;
  /** Puts the previous version of a plan set aside back as the plan: only when the user chose it. */
  restorePrevious(key: string): Promise<Result<PlanSummary>>;
  /**
   * The user accepts a plan changed outside the app as it is now: `record` writes the decision-log
   * entry first (nothing is sealed unless it landed), then the plan is sealed again as found.
   */
  acceptChanged(id: string, record: (plan: Plan, changed: ChangedOutside) => Promise<Result<unknown>>): Promise<Result<PlanSummary>>;
  /**
   * The stored plans the last `readAll` left out of the plan list (damaged, from a newer app, not
   * readable) and those set aside as damaged, each with why: whatever copies "all plans" names them.
   */
  leftOut(): Promise<LeftOutPlan[]>;
}

/** A stored plan the plan list does not show: its name when one could be read, and why, in a sentence or two. */
export interface LeftOutPlan {
  readonly name: string | null;
  readonly why: string;
}

export function planNameOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('name' in value)) return null;
  const name = value.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : null;
}

export function idOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : null;
}

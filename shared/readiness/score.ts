import type { ItemStatus, RiskTier } from '../model/enums';
import type { ChecklistItem, Plan } from '../model/schema';
import { isRequired } from '../checklist/build-checklist';
import { readinessWeights } from './weights';

export interface AreaScore {
  readonly areaId: string;
  readonly title: string;
  /** Weighted share of applicable items done, 0–1; null when nothing in the area applies. */
  readonly score: number | null;
  readonly done: number;
  readonly applicable: number;
  readonly total: number;
  readonly blockers: number;
}

export interface Blocker {
  readonly itemId: string;
  readonly areaId: string;
  readonly areaTitle: string;
  readonly question: string;
  readonly status: ItemStatus;
  readonly owner: string;
  readonly dueDate: string | null;
  readonly overdue: boolean;
}

export interface ReadinessSummary {
  /** The tier the rules were applied for. */
  readonly tier: RiskTier;
  /** True when the plan has no confirmed tier and the strictest one was assumed. */
  readonly tierAssumed: boolean;
  readonly overall: number | null;
  readonly areas: readonly AreaScore[];
  /** The area with the lowest score, shown beside the overall figure so it cannot hide. */
  readonly weakest: AreaScore | null;
  /** "Testing", or "Testing and 6 other areas" when others share the lowest score (the first is no weaker). */
  readonly weakestTitle: string | null;
  /** Required items not done, overdue first, then by due date. */
  readonly blockers: readonly Blocker[];
  /** A plan with blockers is not ready, whatever its score. */
  readonly ready: boolean;
}

/** Tier used for required-ness: an unconfirmed tier is treated as high, the cautious choice. */
export function effectiveTier(plan: Pick<Plan, 'riskTier'>): RiskTier {
  return plan.riskTier ?? 'high';
}

/** "Cannot be measured yet" counts as not done; "not applicable" leaves the denominator. */
const isApplicable = (item: ChecklistItem): boolean => item.status !== 'not_applicable';
const isDone = (item: ChecklistItem): boolean => item.status === 'done';

function byUrgency(a: Blocker, b: Blocker): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return 0;
}

/**
 * Readiness per area and overall (SPEC §2): the weighted share of applicable items that are
 * done, the weakest area, and the blockers. `today` is `YYYY-MM-DD` for overdue checks.
 */
export function computeReadiness(plan: Pick<Plan, 'riskTier' | 'checklist'>, today: string): ReadinessSummary {
  const tier = effectiveTier(plan);
  const areaTitles = new Map(plan.checklist.areas.map((a) => [a.id, a.title]));
  const blockers: Blocker[] = [];
  let doneWeight = 0;
  let applicableWeight = 0;

  const areas = plan.checklist.areas.map((area): AreaScore => {
    const items = plan.checklist.items.filter((i) => i.areaId === area.id);
    let areaDone = 0;
    let areaApplicable = 0;
    let done = 0;
    let applicable = 0;
    let areaBlockers = 0;
    for (const item of items) {
      const required = isRequired(item, tier);
      if (!isApplicable(item)) continue;
      const weight = required ? readinessWeights.required : readinessWeights.recommended;
      applicable += 1;
      areaApplicable += weight;
      if (isDone(item)) {
        done += 1;
        areaDone += weight;
      } else if (required) {
        areaBlockers += 1;
        blockers.push({
          itemId: item.id,
          areaId: area.id,
          areaTitle: areaTitles.get(area.id) ?? area.id,
          question: item.question,
          status: item.status,
          owner: item.owner,
          dueDate: item.dueDate,
          overdue: item.dueDate !== null && item.dueDate < today,
        });
      }
    }
    doneWeight += areaDone;
    applicableWeight += areaApplicable;
    return {
      areaId: area.id,
      title: area.title,
      score: areaApplicable === 0 ? null : areaDone / areaApplicable,
      done,
      applicable,
      total: items.length,
      blockers: areaBlockers,
    };
  });

  let weakest: AreaScore | null = null;
  for (const area of areas) {
    if (area.score !== null && (weakest === null || area.score < (weakest.score ?? 1))) weakest = area;
  }

  const tied = weakest === null ? 0 : areas.filter((a) => a.score === weakest.score).length - 1;
  const weakestTitle = weakest === null ? null : tied === 0 ? weakest.title : `${weakest.title} and ${tied} other ${tied === 1 ? 'area' : 'areas'}`;

  blockers.sort(byUrgency);
  return {
    tier,
    tierAssumed: plan.riskTier === null,
    overall: applicableWeight === 0 ? null : doneWeight / applicableWeight,
    areas,
    weakest,
    weakestTitle,
    blockers,
    ready: blockers.length === 0,
  };
}

import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import type { GateContext } from '../../../shared/gates/gate-context';
import type { MetricObservations } from '../../../shared/gates/observations';
import type { Criterion } from '../../../shared/model/schema';
import { criterion, ctx } from './fixtures';

// Shared by the evaluate-criterion-*.test.ts files.
// Stage starts 2026-09-07; week N is complete (judgeable) from START + 7N:
// week 1 → 2026-09-14, week 2 → 09-21, week 3 → 09-28, week 4 → 10-05.

/** Judges one criterion on `today` in the fixtures' stage, with any context overrides. */
export function evaluate(c: Criterion, obs: MetricObservations, today: string, context: Partial<GateContext> = {}) {
  return evaluateCriterion(c, obs, ctx(today, context));
}

/** Adoption of at least 50% judged at week 4: the criterion most cases vary. */
export const adoptionWeek4 = criterion({
  metric: 'adoption_rate',
  comparator: '>=',
  threshold: 50,
  judgedAt: { kind: 'week', week: 4 },
  minSample: 2,
});

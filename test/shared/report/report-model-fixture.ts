import type { DecisionEntry } from '../../../shared/decisions/schema';
import type { Plan } from '../../../shared/model/schema';
import { computeReadiness } from '../../../shared/readiness/score';
import { buildReportModel } from '../../../shared/report/build-report-model';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { AFTER_WEEK_4, evaluationsOf, pilotLookup } from '../decisions/fixtures';

/** When the report model tests say the summary was generated. */
export const GENERATED = '2026-10-05T14:05:00.000+02:00';

/** The report model of a plan judged after week 4 of the pilot, as the Summary report tab builds it. */
export function modelOf(plan: Plan, decisions: DecisionEntry[] = [], appendix = false) {
  return buildReportModel(plan, {
    readiness: computeReadiness(plan, AFTER_WEEK_4),
    tally: tallyThresholds(plan.thresholds),
    stageEvaluations: evaluationsOf(plan),
    decisions,
    lookup: pilotLookup,
    generatedAt: GENERATED,
    appendix,
  });
}

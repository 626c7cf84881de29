import { buildEvidenceSnapshot } from '../../../shared/decisions/evidence-snapshot';
import { DECISION_SCHEMA_VERSION, type DecisionEntry } from '../../../shared/decisions/schema';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import type { ImportRecord } from '../../../shared/model/import-record';
import type { Plan } from '../../../shared/model/schema';
import { computeReadiness } from '../../../shared/readiness/score';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { available, criterion, lookupOf, propWeeks, series, stage, START } from '../gates/fixtures';
import { planWithItems } from '../plan-fixture';

export const AFTER_WEEK_4 = '2026-10-05';

/** Usage data: adoption 4/5, 4/5, 3/5, 2/5 — week 4 misses the 50% gate. */
export const pilotLookup = lookupOf({
  adoption_rate: available(series(propWeeks([[4, 5], [4, 5], [3, 5], [2, 5]]))),
  editing_under_limit_share: available(series(propWeeks([[40, 45], [38, 45], [41, 45], [44, 50]]))),
});

export function importRecord(overrides: Partial<ImportRecord> = {}): ImportRecord {
  return {
    id: 'imp-1',
    kind: 'usage',
    fileName: 'usage-weeks-1-4.csv',
    bytes: 2048,
    sha256: 'a'.repeat(64),
    importedAt: '2026-10-05T09:30:00.000Z',
    settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
    mapping: { kind: 'usage', fields: {}, latencyUnit: 'seconds' },
    headers: ['user', 'date'],
    records: 20,
    accepted: 20,
    rejected: 0,
    rejections: [],
    warnings: [],
    dateRange: { first: START, last: '2026-10-04' },
    ...overrides,
  };
}

/**
 * A hand-made plan: two checklist areas (one blocker), one threshold, and two stages — an
 * internal pilot whose adoption gate fails at week 4, and an expanded pilot after it.
 */
export function pilotPlan(overrides: Partial<Plan> = {}): Plan {
  const base = planWithItems([
    { id: 'i1', areaId: 'a', status: 'done', owner: 'Dana Kim', evidence: 'Signed RACI' },
    { id: 'i2', areaId: 'a', status: 'not_started', owner: 'Lee Park', dueDate: '2026-09-30' },
    { id: 'i3', areaId: 'b', status: 'not_applicable', requiredFor: [], statusReason: 'No customers involved' },
  ]);
  return {
    ...base,
    name: 'Claims triage assistant',
    revision: 7,
    system: { ...base.system, name: 'Claims triage', purpose: 'Drafts first replies to claims.', owner: 'Dana Kim' },
    thresholds: [
      { id: 't1', metric: 'Accuracy', comparator: '>', target: 90, unit: '%', reason: 'Below 90% reviewers redo the work.', measured: { value: 92, date: '2026-10-01', source: 'Test run 3' } },
    ],
    stages: [
      stage({
        id: 's1',
        name: 'Internal pilot',
        criteria: [
          criterion({ id: 'c-adopt', metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 }, minSample: 2 }),
        ],
        triggers: [criterion({ id: 't-quality', metric: 'editing_under_limit_share', comparator: '<', threshold: 80, judgedAt: { kind: 'continuous' }, persistence: { kind: 'more_than_weeks', weeks: 2 } })],
      }),
      stage({ id: 's2', name: 'Expanded pilot', plannedStart: '2026-10-12', criteria: [], triggers: [] }),
    ],
    imports: [importRecord()],
    ...overrides,
  };
}

export function evaluationsOf(plan: Plan, today = AFTER_WEEK_4) {
  return evaluatePlan(plan, pilotLookup, today);
}

export function snapshotOf(plan: Plan, stageIndex: number | null = 0, today = AFTER_WEEK_4) {
  const evaluation = stageIndex === null ? null : (evaluationsOf(plan, today)[stageIndex] ?? null);
  return buildEvidenceSnapshot(plan, evaluation, computeReadiness(plan, today), tallyThresholds(plan.thresholds), today);
}

let counter = 0;

/** A valid entry; `at` defaults to a fresh minute so the order of creation is the order of time. */
export function entry(plan: Plan, overrides: Partial<DecisionEntry> = {}): DecisionEntry {
  counter += 1;
  return {
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: `d${counter}`,
    planId: plan.id,
    at: `2026-10-05T10:${String(counter % 60).padStart(2, '0')}:00.000+02:00`,
    author: 'Dana Kim',
    approvedBy: 'Steering committee',
    stageId: 's1',
    decision: 'hold',
    recommendation: 'hold',
    override: false,
    rationale: 'Adoption dropped in week 4.',
    corrects: null,
    automatic: false,
    change: null,
    evidence: snapshotOf(plan),
    ...overrides,
  };
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEvidenceSnapshot } from '../../../shared/decisions/evidence-snapshot';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import { withIncidents } from '../../../shared/incidents';
import { computeMetrics, observationLookup, withHandValues } from '../../../shared/metrics';
import { metricInfo, type MetricId } from '../../../shared/model/metrics';
import { buildTrafficSamplePlan } from '../../../shared/model/sample-plan-traffic';
import type { Plan, Threshold } from '../../../shared/model/schema';
import { newCriterion } from '../../../shared/model/stage-factory';
import { computeReadiness } from '../../../shared/readiness/score';
import { buildReportModel } from '../../../shared/report/build-report-model';
import { measureFromData } from '../../../shared/thresholds/data-measurements';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { importRecord } from '../decisions/fixtures';
import { importedColumns } from '../templates/imported-columns';
import { formatDateRange } from '../../../shared/format/format';

/**
 * Operations metrics reach every place a lead reads them (issue 10): the Thresholds tab's
 * measured values, the printed report (thresholds and stage results) and the decision log's
 * frozen evidence. Data: the traffic sample's samples/traffic-operations.csv through the real
 * importer, 28 days over the four stages (samples/README.md):
 *   requests 7 × (200 + 800 + 2,000 + 4,000) = 49,000; errors 17 + 73 + 238 + 418 = 746;
 *   escalations 7 × (6 + 24 + 60 + 120) = 1,470; thumbs 9,800 up of 11,270; cost 0.012 per request;
 *   latency 1,700 + 20 × weekday ms, the same each week: 1.76 s.
 */
const TODAY = '2026-10-05';
const text = readFileSync(resolve(import.meta.dirname, '../../../samples/traffic-operations.csv'), 'utf8');

const operationsMetrics: readonly MetricId[] = [
  'error_rate',
  'mean_request_latency',
  'p95_latency',
  'throughput',
  'cost_per_interaction',
  'escalation_rate',
  'positive_feedback_share',
];

function setUp() {
  const base = buildTrafficSamplePlan(new Date('2026-08-31T09:00:00Z'));
  const extra = operationsMetrics.map((metric) => newCriterion({ metric, comparator: '>=', threshold: 0, required: false }));
  const threshold = (metric: string, unit: string): Threshold => ({ id: `t-${metric}`, metric, comparator: '<', target: 1000, unit, reason: 'r', measured: null });
  const plan: Plan = {
    ...base,
    // Judged only on the 5% stage: every operations metric as an advisory criterion.
    stages: base.stages.map((s, i) => (i === 0 ? { ...s, criteria: [...s.criteria, ...extra] } : s)),
    thresholds: [
      ...base.thresholds,
      threshold('Error rate', '%'),
      threshold('Escalation rate', '%'),
      threshold('Positive feedback (thumbs up)', '%'),
      threshold('Mean latency in operation', 'ms'),
      threshold('Cost per interaction', ''),
    ],
    imports: [importRecord({ id: 'ops', kind: 'operations', fileName: 'traffic-operations.csv', importedAt: '2026-10-05T09:30:00.000Z' })],
  };
  const metrics = computeMetrics({ ops: importedColumns('operations', text) }, plan.stages, { editingShareLimit: 15 });
  const lookup = withHandValues(withIncidents(observationLookup(metrics), plan, TODAY), plan.handValues);
  const evaluations = evaluatePlan(plan, lookup, TODAY);
  const thresholds = measureFromData(plan.thresholds, metrics, plan.imports, [], plan.riskTier);
  const judged = { ...plan, thresholds: thresholds.map((m) => m.threshold) };
  const tally = tallyThresholds(judged.thresholds);
  const readiness = computeReadiness(plan, TODAY);
  const report = buildReportModel(judged, { readiness, tally, stageEvaluations: evaluations, decisions: [], lookup, generatedAt: '2026-10-05T10:00:00.000+02:00', appendix: false });
  const snapshot = buildEvidenceSnapshot(judged, evaluations[0] ?? null, readiness, tally, TODAY);
  return { thresholds, report, snapshot };
}

const { thresholds, report, snapshot } = setUp();

describe('operations metrics in the thresholds, the report and the frozen evidence', () => {
  it.each([
    ['System error rate', 1.52, '746 errors in 49,000 requests in the stages'],
    ['Error rate', 1.52, '746 errors in 49,000 requests in the stages'],
    ['Escalation rate', 3, '1,470 escalations in 49,000 requests in the stages'],
    ['Positive feedback (thumbs up)', 86.96, '9,800 thumbs up of 11,270 votes in the stages'],
    ['Mean latency in operation', 1760, 'over 49,000 requests in the stages'],
    ['Cost per interaction', 0.012, '588 over 49,000 requests in the stages'],
  ])('threshold “%s” is measured from the operations file: %s', (metric, value, basis) => {
    const m = thresholds.find((t) => t.threshold.metric === metric);
    expect(m?.fromData).toEqual({ value: expect.any(Number), basis, source: `traffic-operations.csv, imported Oct 5, 2026, data from ${formatDateRange('2026-09-07', '2026-10-04')}`, date: '2026-10-05', leftOut: null });
    expect(m?.fromData?.value).toBeCloseTo(value, 2);
    // The printed report's thresholds table and the snapshot carry the measured value.
    expect(report.thresholds.rows.find((r) => r.metric === metric)?.measured).toMatch(/on Oct 5, 2026$/);
    expect(snapshot.thresholds.items.find((t) => t.metric === metric)?.measured).toBeCloseTo(value, 2);
  });

  // Stage "5% of traffic": 1,400 requests, 17 errors, 42 escalations, 280 up of 322 votes, 16.80 cost.
  it.each([
    ['error_rate', 1.2142857, 1400],
    ['mean_request_latency', 1.76, 1400],
    ['throughput', 200, 1400],
    ['cost_per_interaction', 0.012, 1400],
    ['escalation_rate', 3, 1400],
    ['positive_feedback_share', 86.956522, 322],
  ] as const)('%s reaches the stage result of the report and the frozen evidence: %s', (metric, value, sample) => {
    const label = metricInfo[metric].label;
    const frozen = snapshot.stage?.results.filter((r) => r.metric === label && !r.required);
    expect(frozen).toHaveLength(1);
    expect(frozen?.[0]?.status).toBe('pass');
    expect(frozen?.[0]?.value).toBeCloseTo(value, 4);
    expect(frozen?.[0]?.sample).toBe(sample);
    const row = report.stages[0]?.results.find((r) => r.label.startsWith(label) && !r.required);
    expect(row?.reason).toBe(frozen?.[0]?.reason);
  });

  it('a 95th percentile cannot be recovered from daily means: "cannot measure" with the reason, in both', () => {
    const label = metricInfo.p95_latency.label;
    const frozen = snapshot.stage?.results.find((r) => r.metric === label);
    expect(frozen).toMatchObject({ status: 'cannot_measure', value: null });
    expect(frozen?.reason).toMatch(/one row per request/);
    expect(report.stages[0]?.results.find((r) => r.label.startsWith(label))?.reason).toBe(frozen?.reason);
  });
});

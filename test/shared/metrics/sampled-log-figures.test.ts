import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../shared/csv/preview';
import type { RowByKind } from '../../../shared/csv/kinds';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { withSampledLogs, type SampledLog } from '../../../shared/metrics/sampled-logs';
import type { MetricId } from '../../../shared/model/metrics';
import { importBytes, summaryOf, utf8 } from '../csv/helpers';
import { criterion, ctx } from '../gates/fixtures';
import { stage } from './fixtures';

/*
 * Before: only a sampled log's shares counted the rows seen for a gate's minimum sample. Its latency, throughput and
 * cost counted the requests the rows stand for, so 12 requests seen standing for 120 met "at least 30 requests", and
 * the sentence said "120 requests" as if all had been looked at.
 */

/** 12 rows of one sampled log (each standing for 10 requests) in week 1 of a stage starting 2026-09-07. */
function sampledLog(latencyOn: (i: number) => boolean) {
  const lines = ['timestamp,duration_ms,cost_usd,itemCount'];
  for (let i = 0; i < 12; i++) lines.push(`2026-09-0${7 + (i % 3)} 10:0${i % 10}:00,${latencyOn(i) ? 1200 + 100 * (i % 4) : ''},0.02,10`);
  const bytes = utf8(`${lines.join('\n')}\n`);
  const preview = previewCsv(bytes, { totalBytes: bytes.length });
  if (!preview.ok) throw new Error(preview.error.message);
  const collected = importBytes(bytes, { kind: 'operations', mapping: preview.value.mapping, settings: preview.value.settings });
  const builder = createColumnsBuilder('operations');
  builder.appendBatch(collected.rows as RowByKind['operations'][]);
  const summary = summaryOf(collected.result);
  const metrics = computeMetrics({ ops: builder.finish() }, [stage('Pilot', '2026-09-07', 4)], { editingShareLimit: 15 });
  const log: SampledLog = { importId: 'ops', fileName: 'requests.csv', rows: 12, dateRange: { first: '2026-09-07', last: '2026-09-09' } };
  return { mapping: preview.value.mapping, summary, metrics, lookup: withSampledLogs(observationLookup(metrics), [log], metrics) };
}

const judge = (metric: MetricId, comparator: '<=' | '>=', threshold: number, minSample: number, latencyOn: (i: number) => boolean = () => true) => {
  const { lookup, metrics } = sampledLog(latencyOn);
  const gate = criterion({ metric, comparator, threshold, minSample, judgedAt: { kind: 'week', week: 1 } });
  return evaluateCriterion(gate, lookup(metrics.stages[0]!.stageId, metric), ctx('2026-09-14'));
};

describe('a sampled log’s latency, throughput and cost', () => {
  it('is read as a sampled log: 12 rows standing for 120 requests', () => {
    const { mapping, metrics } = sampledLog(() => true);
    expect(mapping.fields).toMatchObject({ latency: 'duration_ms', cost: 'cost_usd', itemCount: 'itemCount' });
    expect(metrics.stages[0]?.weeks[0]?.operations).toMatchObject({ rows: 12, requests: 120, latencyRequests: 120, costRequests: 120 });
  });

  it.each([
    ['mean latency', 'mean_request_latency', '<=', 3, 'Only 12 requests seen in week 1, standing for 120 requests (a sampled log); the gate needs at least 30 seen.'],
    ['throughput', 'throughput', '>=', 1, 'Only 12 requests seen in week 1, standing for 120 requests (a sampled log); the gate needs at least 30 seen.'],
    ['cost per interaction', 'cost_per_interaction', '<=', 1, 'Only 12 requests seen in week 1, standing for 120 requests (a sampled log); the gate needs at least 30 seen.'],
  ] as const)('%s: its minimum sample counts the rows seen, not the requests they stand for', (_, metric, comparator, threshold, reason) => {
    const result = judge(metric, comparator, threshold, 30);
    expect(result.status).toBe('not_enough_data');
    expect(result.reason).toBe(reason);
  });

  // Before: "Only 120 requests in week 1; the gate needs at least 200.", as if 120 requests had been looked at.
  it.each([
    ['mean latency', 'mean_request_latency', '<=', 3],
    ['cost per interaction', 'cost_per_interaction', '<=', 1],
  ] as const)('%s, short of the minimum even in the requests it stands for, still names the rows seen', (_, metric, comparator, threshold) => {
    const result = judge(metric, comparator, threshold, 200);
    expect(result.status).toBe('not_enough_data');
    expect(result.reason).toBe('Only 12 requests seen in week 1, standing for 120 requests (a sampled log); the gate needs at least 200 seen.');
  });

  it('cannot tell how many rows a latency rests on when some rows have none: not enough data, with why', () => {
    const result = judge('mean_request_latency', '<=', 3, 10, (i) => i % 2 === 0);
    expect(result.status).toBe('not_enough_data');
    expect(result.reason).toBe(
      'At most 12 requests seen in week 1, standing for 60 requests (a sampled log), and how many of them report this figure cannot be told; the gate needs at least 10 seen.',
    );
  });

  it.each([
    ['mean latency', 'mean_request_latency', '<=', 3, 'Mean latency in operation at week 1 is 1.35 s (120 requests; from a sampled log: 12 requests seen); the gate needs at most 3 s.'],
    ['throughput', 'throughput', '>=', 1, /^Requests per day at week 1 is 40 requests\/day \(120 requests; from a sampled log: 12 requests seen\); the gate needs at least 1 requests?\/day\.$/],
    ['cost per interaction', 'cost_per_interaction', '<=', 1, /^Cost per interaction at week 1 is 0\.02 \(120 requests; from a sampled log: 12 requests seen\); the gate needs at most 1\.$/],
  ] as const)('%s, judged with enough rows seen, says it comes from a sampled log and how many were seen', (_, metric, comparator, threshold, reason) => {
    const result = judge(metric, comparator, threshold, 10);
    expect(result.status).toBe('pass');
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });
});

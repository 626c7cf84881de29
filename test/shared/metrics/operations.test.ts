import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../shared/csv/preview';
import type { RowByKind } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { decodeColumns, encodeColumns } from '../../../shared/metrics/columnar';
import type { OperationsColumns } from '../../../shared/metrics/columns';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { importBytes, summaryOf, utf8 } from '../csv/helpers';
import { stage } from './fixtures';

/** An operations file through the real importer (mapping guessed as the wizard would) into columns. */
function importOperations(bytes: Uint8Array, latencyUnit?: 'seconds' | 'milliseconds') {
  const preview = previewCsv(bytes, { totalBytes: bytes.length });
  if (!preview.ok) throw new Error(preview.error.message);
  const mapping = latencyUnit ? { ...preview.value.mapping, latencyUnit } : preview.value.mapping;
  const collected = importBytes(bytes, { kind: 'operations', mapping, settings: preview.value.settings });
  const builder = createColumnsBuilder('operations');
  builder.appendBatch(collected.rows as RowByKind['operations'][]);
  return { preview: preview.value, summary: summaryOf(collected.result), rejected: collected.rejected, columns: builder.finish() };
}

const sample = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../samples/operations.csv')));
const stages = [stage('Internal pilot', '2026-09-07', 4, 5), stage('Expanded pilot', '2026-10-05', 4, 15)];

describe('operations sample (samples/operations.csv, figures checked by hand in samples/README.md)', () => {
  const { preview, summary, columns } = importOperations(sample);
  const metrics = computeMetrics({ ops: columns }, stages, { editingShareLimit: 15 });
  const internal = metrics.stages[0];
  const lookup = observationLookup(metrics);

  it('is recognised as an operations file from its columns, with the latency in milliseconds', () => {
    expect(preview.kindSuggestion.kind).toBe('operations');
    expect(preview.mapping.fields).toMatchObject({ date: 'date', requests: 'requests', errors: 'errors', latency: 'mean_latency_ms', cost: 'cost_usd', group: 'team' });
    expect(preview.mapping.latencyUnit).toBe('milliseconds');
    expect([summary.accepted, summary.rejected]).toEqual([28, 0]);
  });

  it('weighs days by their requests: week 1 error rate is 29 ÷ 1,136, not the mean of daily rates (6.26%)', () => {
    const week1 = internal?.weeks[0]?.operations;
    expect(week1?.errorRate).toMatchObject({ successes: 29, trials: 1136 });
    expect(week1?.errorRate.percent).toBeCloseTo(2.5528, 4);
    const obs = lookup(internal?.stageId ?? '', 'error_rate');
    expect(obs.status).toBe('available');
    if (obs.status !== 'available') return;
    expect(obs.overall.weeks.map((w) => [w.week, w.ratio])).toEqual([
      [1, { num: 2900, den: 1136 }],
      [2, { num: 3300, den: 1136 }],
    ]);
    expect(obs.overall.whole?.ratio).toEqual({ num: 6200, den: 2272 });
    expect(obs.groups.get('Claims')?.whole?.ratio).toEqual({ num: 2000, den: 824 });
  });

  it.each([
    ['mean_request_latency', 2.0546, 2272],
    ['cost_per_interaction', 0.02, 2272],
    ['escalation_rate', 4.6655, 2272],
    ['positive_feedback_share', 87.5389, 642],
    ['throughput', 162.2857, 2272],
  ] as const)('%s over the whole stage is %d (sample %d)', (metric, value, sampleSize) => {
    const obs = lookup(internal?.stageId ?? '', metric);
    if (obs.status !== 'available') throw new Error(`${metric} is not available`);
    expect(obs.overall.whole?.value).toBeCloseTo(value, 4);
    expect(obs.overall.whole?.sample).toBe(sampleSize);
  });

  it('gives no 95th percentile from hourly or daily mean latencies, and says why', () => {
    const obs = lookup(internal?.stageId ?? '', 'p95_latency');
    if (obs.status !== 'available') throw new Error('p95 is not available');
    expect(obs.overall.whole?.value).toBeNull();
    expect(obs.overall.whole?.whyNoValue).toMatch(/^28 rows stand for several requests each \(one mean latency for an hour or a day, .*\); a 95th percentile cannot be worked out from them/);
  });

  it('stores and reloads the columns unchanged', () => {
    const decoded = decodeColumns(encodeColumns(columns));
    expect(decoded.ok && (decoded.value as OperationsColumns).errors).toEqual(columns.errors);
    expect(decoded.ok && (decoded.value as OperationsColumns).requests).toEqual(columns.requests);
  });
});

describe('one row per request', () => {
  const text = [
    'timestamp,latency_ms,error,escalated,feedback_up,feedback_down',
    ...Array.from({ length: 20 }, (_, i) => `2026-09-0${7 + (i % 2)} 10:0${i % 10},${(i + 1) * 100},${i < 3 ? 'yes' : 'no'},${i === 4 ? 'yes' : 'no'},,`),
  ].join('\n');
  const { columns, summary } = importOperations(utf8(text));
  const metrics = computeMetrics({ ops: columns }, stages, { editingShareLimit: 15 });
  const id = metrics.stages[0]?.stageId ?? '';
  const lookup = observationLookup(metrics);
  const whole = (metric: 'p95_latency' | 'error_rate' | 'escalation_rate' | 'positive_feedback_share') => {
    const obs = lookup(id, metric);
    return obs.status === 'available' ? obs.overall.whole : obs.why.kind;
  };

  it('counts each row as one request and reads yes/no errors', () => {
    expect(summary.accepted).toBe(20);
    expect(whole('error_rate')).toMatchObject({ successes: 3, trials: 20 });
    expect(whole('escalation_rate')).toMatchObject({ successes: 1, trials: 20 });
  });

  it('takes the nearest-rank 95th percentile: the 19th of 20 latencies, 1.9 s', () => {
    expect(whole('p95_latency')).toMatchObject({ value: 1.9, sample: 20 });
  });

  it('says "cannot measure" for feedback when no row has any', () => {
    expect(whole('positive_feedback_share')).toBe('unmapped');
  });
});

describe('rows that cannot be true are rejected with the reason', () => {
  it.each([
    ['2026-09-07,10,11', 'count_exceeds_requests', '11 errors but only 10 requests on this row'],
    ['2026-09-07,10,-1', 'negative_value', 'Errors -1 is negative'],
    ['2026-09-07,ten,1', 'invalid_number', 'Requests “ten” is not a whole number'],
    ['2026-09-07,,1', 'missing_value', 'Requests is empty'],
  ])('%s', (line, code, message) => {
    const { rejected } = importOperations(utf8(`date,requests,errors\n2026-09-08,5,0\n2026-09-09,5,0\n${line}\n`));
    expect(rejected.map((r) => [r.code, r.message])).toEqual([[code, message]]);
  });

  it('with no operations file, error rate says which file to import', () => {
    const obs = observationLookup(computeMetrics({}, stages, { editingShareLimit: 15 }))(stages[0]?.id ?? '', 'error_rate');
    expect(obs).toMatchObject({ status: 'unmeasurable', why: { kind: 'no_file', message: expect.stringMatching(/No operations file/) } });
  });
});

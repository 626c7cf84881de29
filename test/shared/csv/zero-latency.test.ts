import { describe, expect, it } from 'vitest';
import { computeTestMetrics } from '../../../shared/metrics/test-figures';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type { TestResultRow } from '../../../shared/csv/kinds';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

/** A latency of 0 is not a response time: kept rows, latency left out, with a warning saying why. */
describe('a latency of 0', () => {
  it.each<[string, string, 'test_results' | 'operations', string]>([
    ['test results in milliseconds', 'case_id,expected,actual,latency_ms\nT1,a,a,0\nT2,a,a,1500\nT3,a,b,2500\n', 'test_results', '“0”'],
    ['test results in seconds, written 0.0', 'case_id,expected,actual,latency_seconds\nT1,a,a,0.0\nT2,a,a,1.5\nT3,a,b,2.5\n', 'test_results', '“0.0”'],
    ['a day of operations in milliseconds', 'date,requests,errors,mean_latency_ms\n2026-10-05,100,0,0\n2026-10-06,100,1,1500\n2026-10-07,100,1,2500\n', 'operations', '“0”'],
  ])('%s: the row is kept, its latency left out', (_name, csv, kind, raw) => {
    const { result, rows } = importBytes(utf8(csv), { kind });
    const summary = summaryOf(result);
    expect(summary.accepted).toBe(3);
    expect(rows.map((r) => (r as { latencySeconds: number | null }).latencySeconds)).toEqual([null, 1.5, 2.5]);
    const warning = summary.warnings.find((w) => w.code === 'latency_zero');
    expect(warning?.count).toBe(1);
    expect(warning?.examples[0]?.message).toBe(`Latency ${raw} is no response time (0 is written where none was recorded): the row is kept, its latency left out`);
  });

  it('on a row of a sampled log is counted as well as the sampling: a row may carry both notes', () => {
    const csv = 'timestamp,duration_ms,itemCount,success\n2026-10-05 10:00,0,5,1\n2026-10-05 10:01,0,1,1\n2026-10-05 10:02,120,4,1\n2026-10-05 10:03,0,3,0\n';
    const preview = previewText(csv.trimEnd(), 'operations');
    expect(preview.mapping.fields).toMatchObject({ latency: 'duration_ms', itemCount: 'itemCount' });
    const { result, rows } = importBytes(utf8(csv), { kind: 'operations', settings: preview.settings, mapping: preview.mapping });
    const summary = summaryOf(result);
    expect(summary.accepted).toBe(4);
    expect(rows.map((r) => (r as { latencySeconds: number | null }).latencySeconds)).toEqual([null, null, 0.12, null]);
    expect(summary.warnings.find((w) => w.code === 'latency_zero')).toMatchObject({ count: 3, field: 'latency' });
    expect(summary.warnings.find((w) => w.code === 'sampled_row')).toMatchObject({ count: 3, field: 'itemCount' });
  });

  it('leaves the mean response time to the cases that were timed', () => {
    const { rows } = importBytes(utf8('case_id,expected,actual,latency_ms\nT1,a,a,0\nT2,a,a,0\nT3,a,a,3000\n'), { kind: 'test_results' });
    const b = createColumnsBuilder('test_results');
    b.appendBatch(rows as TestResultRow[]);
    const figures = computeTestMetrics([{ importId: 'i', columns: b.finish() }])!.overall;
    expect(figures).toMatchObject({ cases: 3, latencyCases: 1, meanLatencySeconds: 3 });
  });

  it('is not a small latency: 0.4 ms stays', () => {
    const { rows } = importBytes(utf8('case_id,expected,actual,latency_ms\nT1,a,a,0.4\nT2,a,a,2\n'), { kind: 'test_results' });
    expect(rows.map((r) => (r as { latencySeconds: number | null }).latencySeconds)).toEqual([0.0004, 0.002]);
  });
});

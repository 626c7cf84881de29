import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import type { MetricObservations } from '../../../shared/gates/observations';
import { sampledLogs, withSampledLogs, type SampledLog } from '../../../shared/metrics/sampled-logs';
import type { ImportRecord } from '../../../shared/model/import-record';
import { available, criterion, ctx, lookupOf, propWeeks, series } from '../gates/fixtures';
import { evaluate } from '../gates/evaluate-criterion-helpers';

const record = (input: Partial<ImportRecord>): ImportRecord => ({
  id: 'i1',
  kind: 'operations',
  fileName: 'requests.csv',
  bytes: 10,
  sha256: '0'.repeat(64),
  importedAt: '2026-12-01T10:00:00.000Z',
  settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: null },
  mapping: { kind: 'operations', fields: { itemCount: null }, latencyUnit: 'seconds' },
  headers: [],
  records: 4,
  accepted: 4,
  rejected: 0,
  rejections: [],
  warnings: [],
  dateRange: { first: '2026-09-07', last: '2026-09-13' },
  ...input,
});

describe('which imports are sampled logs', () => {
  it.each([
    ['rows counted as sampled', { sampledRows: 3 }, 3],
    ['counted, none sampled', { sampledRows: 0 }, 'none'],
    ['imported before the count, "ItemCount" read', { mapping: { kind: 'operations' as const, fields: { itemCount: 'ItemCount' }, latencyUnit: 'seconds' as const } }, null],
    ['imported before the count, no such column', {}, 'none'],
    ['another kind', { kind: 'usage' as const, sampledRows: 3 }, 'none'],
  ])('%s', (_, input, rows) => {
    const logs = sampledLogs([record(input)]);
    if (rows === 'none') expect(logs).toEqual([]);
    else expect(logs).toEqual([{ importId: 'i1', fileName: 'requests.csv', rows, dateRange: { first: '2026-09-07', last: '2026-09-13' } }]);
  });
});

// Before: a sampled log's shares were judged on a Wilson interval over the requests the rows stand for (0 of 400
// "requests" from 40 rows passed "error rate below 2%" with confidence, on an interval the rows do not support).
describe('a share from a sampled log under statistical confidence', () => {
  const log: SampledLog = { importId: 'i1', fileName: 'requests.csv', rows: 40, dateRange: { first: '2026-09-07', last: '2026-09-13' } };
  const errors = available(series(propWeeks([[0, 400]])));
  const placed = { imports: [{ importId: 'i1', stagesWithRows: [0] }], stages: [{ stageId: 's1' }, { stageId: 's2' }] };
  const lookup = withSampledLogs(lookupOf({ error_rate: errors, adoption_rate: errors }), [log], placed);
  const gate = criterion({ metric: 'error_rate', comparator: '<', threshold: 2, judgedAt: { kind: 'week', week: 1 } });
  const sampledObs = lookup('s1', 'error_rate');

  it('is cannot measure with the reason, and shows no interval', () => {
    const result = evaluate(gate, sampledObs, '2026-09-14', { statisticalConfidence: true });
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toBe(
      'These figures include rows of “requests.csv”, a sampled log (40 rows stand for several requests each), so no 95% interval can be worked out from them (counted on the requests the rows ' +
        'stand for, it would be narrower than the rows support). With statistical confidence on, this cannot be judged: import an unsampled log, or turn statistical confidence off to judge the figure as it is.',
    );
    expect(result.evidence?.interval).toBeNull();
  });

  it('is judged on its value with confidence off (the weighted rate is the right estimate), still without an interval', () => {
    const result = evaluate(gate, sampledObs, '2026-09-14');
    expect(result.status).toBe('pass');
    expect(result.evidence?.interval).toBeNull();
    expect(result.evidence?.sampled).toMatch(/^These figures include rows of “requests.csv”/);
  });

  it('does not fire nor clear a rollback trigger judged with confidence', () => {
    const trigger = criterion({ metric: 'error_rate', comparator: '>', threshold: 5, judgedAt: { kind: 'continuous' } });
    const result = evaluateTrigger(trigger, sampledObs, ctx('2026-09-14', { statisticalConfidence: true }));
    expect(result.status).toBe('cannot_measure');
  });

  it('is cannot measure against a baseline too (a difference is judged on its interval)', () => {
    const c = criterion({ metric: 'error_rate', comparator: '<=', threshold: 1, baseline: { kind: 'previous_stage' } });
    const before = available(series([], { value: 1, successes: 4, trials: 400, sample: 400 }));
    const result = evaluateCriterion(c, available(series([], sampledObs.status === 'available' ? sampledObs.overall.whole : null)), ctx('2026-10-10'), { name: 'Before', observations: before });
    expect(result.status).toBe('cannot_measure');
    expect(result.reason).toMatch(/^These figures include rows of “requests.csv”, a sampled log/);
  });

  it.each([
    ['a stage the log has no rows in', 's2', 'error_rate', false],
    ['a metric not read from the log', 's1', 'adoption_rate', false],
    ['a baseline period its dates reach', '\u0000period:2026-09-01..2026-09-08', 'error_rate', true],
    ['a baseline period before its dates', '\u0000period:2026-08-01..2026-08-31', 'error_rate', false],
  ])('marks only where the log has rows: %s', (_, stageId, metric, marked) => {
    const obs = lookup(stageId, metric as 'error_rate') as Extract<MetricObservations, { status: 'available' }>;
    expect(obs.overall.whole?.sampled !== undefined).toBe(marked);
    expect(obs.overall.weeks.every((w) => (w.sampled !== undefined) === marked)).toBe(true);
  });

  it('says when the import may be sampled but was not counted', () => {
    const older = withSampledLogs(lookupOf({ error_rate: errors }), [{ ...log, rows: null }], placed);
    const result = evaluate(gate, older('s1', 'error_rate'), '2026-09-14', { statisticalConfidence: true });
    expect(result.reason).toContain('a log with a requests-per-row column, imported before the app counted sampled rows');
    expect(result.reason).toContain('(or import the file again, so the app can tell whether it is sampled)');
  });
});

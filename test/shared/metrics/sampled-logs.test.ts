import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../../shared/gates/evaluate-criterion';
import { evaluateTrigger } from '../../../shared/gates/evaluate-trigger';
import type { MetricObservations } from '../../../shared/gates/observations';
import { sampledLogs, withSampledLogs, type SampledLog } from '../../../shared/metrics/sampled-logs';
import type { ImportRecord } from '../../../shared/model/import-record';
import { operationsReaders } from '../../../shared/metrics/operations-observations';
import type { OperationsFigures, PeriodFigures } from '../../../shared/metrics/pilot-metrics';
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

// Before: a gate's minimum sample ("at least 200 requests") counted the requests a sampled log's rows stand for, so
// 150 rows seen standing for 600 requests met it and the error rate was judged as if 600 requests had been seen.
describe('a sampled log and a gate minimum sample, statistical confidence off', () => {
  const log: SampledLog = { importId: 'i1', fileName: 'requests.csv', rows: 150, dateRange: { first: '2026-09-07', last: '2026-09-13' } };
  const placed = { imports: [{ importId: 'i1', stagesWithRows: [0] }], stages: [{ stageId: 's1' }] };
  const gate = criterion({ metric: 'error_rate', comparator: '<', threshold: 2, minSample: 200, judgedAt: { kind: 'week', week: 1 } });
  const week = (rows: number, exact: boolean, sampled: boolean) => {
    const obs = { ...propWeeks([[6, 600]])[0]!, rowsSeen: { rows, exact } };
    const observations = available(series([obs]));
    return sampled ? withSampledLogs(lookupOf({ error_rate: observations }), [log], placed)('s1', 'error_rate') : observations;
  };

  it.each([
    ['150 rows seen for 600 requests: not enough data', 150, true, true, 'not_enough_data', 'Only 150 requests seen in week 1, standing for 600 requests (a sampled log); the gate needs at least 200 seen.'],
    ['at most 250 rows seen (not every row reports errors): cannot tell, not enough data', 250, false, true, 'not_enough_data', 'At most 250 requests seen in week 1, standing for 600 requests (a sampled log), and how many of them report this figure cannot be told; the gate needs at least 200 seen.'],
    ['250 rows seen, every one reporting errors: judged, saying it is a sampled log', 250, true, true, 'pass', /^Error rate at week 1 is 6 of 600 requests \(1%; from a sampled log: 250 requests seen\); the gate needs below 2%\./],
    ['an unsampled log of 150 hourly rows holding 600 requests: judged on its requests', 150, true, false, 'pass', /^Error rate at week 1 is 6 of 600 requests \(1%\); the gate needs below 2%\./],
  ] as const)('%s', (_, rows, exact, sampled, status, reason) => {
    const result = evaluate(gate, week(rows, exact, sampled), '2026-09-14');
    expect(result.status).toBe(status);
    if (typeof reason === 'string') expect(result.reason).toBe(reason);
    else expect(result.reason).toMatch(reason);
  });
});

describe('the rows behind an operations share', () => {
  const figures = (errorTrials: number): OperationsFigures => ({
    rows: 150, requests: 600, errorRate: { successes: 6, trials: errorTrials, percent: 100 * (6 / errorTrials) },
    latencyRequests: 0, meanLatencySeconds: null, p95LatencySeconds: null, aggregatedLatencyRows: 0, days: 7, requestsPerDay: 600 / 7,
    costRequests: 0, cost: 0, costPerRequest: null, escalationRate: { successes: 0, trials: 0, percent: null }, positiveFeedback: { successes: 0, trials: 0, percent: null },
  });
  it.each([
    ['every row reports errors: exactly its rows', 600, { rows: 150, exact: true }],
    ['some rows leave errors empty: at most its rows', 500, { rows: 150, exact: false }],
  ])('%s', (_, trials, seen) => {
    const period: PeriodFigures = { adoption: null, quality: null, satisfaction: null, operations: figures(trials) };
    const read = operationsReaders.error_rate!.read(period);
    expect(read).toMatchObject({ sample: trials, rowsSeen: seen });
  });
});

// Before: every week of a stage where a sampled log had rows was marked, so a week holding only an unsampled file's
// rows read "6 of 600 requests (1%; from a sampled log: 600 requests seen)" and lost its interval.
describe('which weeks a sampled log marks', () => {
  const log: SampledLog = { importId: 'i1', fileName: 'requests.csv', rows: 40, dateRange: { first: '2026-09-08', last: '2026-09-12' } };
  const weeks = available(series(propWeeks([[1, 100], null, [2, 100]])));
  const marks = (l: SampledLog, from: string | null | undefined) => {
    const placed = { imports: [{ importId: 'i1', stagesWithRows: [0] }], stages: [{ stageId: 's1', ...(from === undefined ? {} : { from }) }] };
    const obs = withSampledLogs(lookupOf({ error_rate: weeks }), [l], placed)('s1', 'error_rate') as Extract<MetricObservations, { status: 'available' }>;
    return { weeks: obs.overall.weeks.map((w) => [w.week, w.sampled !== undefined]), whole: obs.overall.whole?.sampled !== undefined };
  };
  it.each([
    ['its dates reach week 1 only', log, '2026-09-07', [[1, true], [3, false]]],
    ['its dates reach weeks 1 to 3', { ...log, dateRange: { first: '2026-09-08', last: '2026-09-21' } }, '2026-09-07', [[1, true], [3, true]]],
    ['its rows may carry week numbers', { ...log, weekNumbers: true }, '2026-09-07', [[1, true], [3, true]]],
    ['its dates are unknown', { ...log, dateRange: null }, '2026-09-07', [[1, true], [3, true]]],
    ['the stage start is unknown', log, undefined, [[1, true], [3, true]]],
  ] as const)('%s', (_, l, from, marked) => {
    expect(marks(l, from)).toEqual({ weeks: marked, whole: true });
  });

  it('knows an import with a week column may carry week numbers', () => {
    const withWeeks = record({ sampledRows: 3, mapping: { kind: 'operations', fields: { itemCount: 'ItemCount', week: 'Week' }, latencyUnit: 'seconds' } });
    expect(sampledLogs([withWeeks])[0]?.weekNumbers).toBe(true);
    expect(sampledLogs([record({ sampledRows: 3 })])[0]?.weekNumbers).toBeUndefined();
  });
});

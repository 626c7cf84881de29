import { describe, expect, it } from 'vitest';
import { PILOT_METRICS_VERSION, type PilotMetrics, type TestFigures } from '../../../shared/metrics';
import type { ImportRecord } from '../../../shared/model/import-record';
import type { Threshold } from '../../../shared/model/schema';
import { dataMeasurement, measureFromData, metricsMeasuredBy } from '../../../shared/thresholds/data-measurements';
import { defaultThresholds } from '../../../shared/thresholds/default-thresholds';
import { thresholdStatus } from '../../../shared/thresholds/threshold-status';
import { formatDateRange } from '../../../shared/format/format';
import { importRecord } from '../decisions/fixtures';

const share = (successes: number, trials: number) => ({ successes, trials, percent: (successes / trials) * 100 });
const figures: TestFigures = { cases: 200, accuracy: share(181, 200), hallucination: share(7, 200), latencyCases: 200, meanLatencySeconds: 1.918 };

function pilot(quality: readonly (readonly [number, number])[], tests: TestFigures | null = figures): PilotMetrics {
  return {
    version: PILOT_METRICS_VERSION,
    editingShareLimit: 15,
    stages: quality.map(([under, outputs], i) => ({
      stageId: `s${i}`,
      stageName: `Stage ${i}`,
      from: null,
      to: null,
      enrolledUsers: null,
      total: { adoption: null, satisfaction: null, quality: { outputs, underLimit: share(under, outputs), meanEditingPercent: 9, medianEditingPercent: 8 } },
      weeks: [],
      groups: [],
    })),
    tests: tests ? { overall: tests, groups: [], byImport: [] } : null,
    imports: [],
    warnings: [],
  };
}

const imports: ImportRecord[] = [
  importRecord({ id: 'q', kind: 'quality', fileName: 'quality.csv', importedAt: '2026-11-20T09:00:00.000Z' }),
  // Test results carry no dates; the quality file's rows cover the fixture's Sep 7 – Oct 4.
  importRecord({ id: 't', kind: 'test_results', fileName: 'test-results.csv', importedAt: '2026-11-22T09:00:00.000Z', dateRange: null }),
];
const byMetric = (metric: string): Threshold => defaultThresholds().find((t) => t.metric === metric)!;

describe('dataMeasurement', () => {
  it.each([
    ['Accuracy on the labelled test set', 90.5, 'over 200 test cases', 'test-results.csv, imported Nov 22, 2026', '2026-11-22'],
    ['Hallucination rate', 3.5, 'over 200 test cases', 'test-results.csv, imported Nov 22, 2026', '2026-11-22'],
    ['Average response time', 1.918, 'over 200 test cases', 'test-results.csv, imported Nov 22, 2026', '2026-11-22'],
    // Every stage together: 300 + 61 of 360 + 73 outputs.
    ['Outputs needing under 15% editing', (361 / 433) * 100, '361 of 433 outputs under the 15% editing limit', `quality.csv, imported Nov 20, 2026, data from ${formatDateRange('2026-09-07', '2026-10-04')}`, '2026-11-20'],
  ])('%s is measured from the data', (metric, value, basis, source, date) => {
    // The full value, never rounded before it is judged: 83.37 must not read as a met 83.4.
    const measured = dataMeasurement(byMetric(metric), pilot([[300, 360], [61, 73]]), imports);
    expect(measured).toMatchObject({ value: expect.any(Number), basis, source, date, leftOut: null });
    // Figures from test results say how many cases they rest on (the risk tier's minimum test set counts them).
    expect(measured?.cases).toBe(basis === 'over 200 test cases' ? 200 : undefined);
    expect(measured?.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['a metric the data do not carry', byMetric('System error rate'), pilot([[1, 2]]), imports],
    ['no pilot metrics yet', byMetric('Hallucination rate'), null, imports],
    ['no test-results import', byMetric('Hallucination rate'), pilot([]), imports.filter((i) => i.kind !== 'test_results')],
    ['no test figures', byMetric('Hallucination rate'), pilot([], null), imports],
    ['no quality outputs', byMetric('Outputs needing under 15% editing'), pilot([]), imports],
  ])('none for %s', (_, threshold, metrics, records) => {
    expect(dataMeasurement(threshold, metrics, records)).toBeNull();
  });

  it.each([
    ['Accuracy on the labelled test set', 'over 194 test cases; 6 more cases whose correctness is unknown are left out'],
    ['Hallucination rate', 'over 199 test cases; 1 more case with no hallucination recorded is left out'],
    ['Average response time', 'over 150 test cases; 50 more cases with no response time are left out'],
  ])('%s: the basis accounts for the cases the figure leaves out', (metric, basis) => {
    const partial: TestFigures = { cases: 200, accuracy: share(180, 194), hallucination: share(7, 199), latencyCases: 150, meanLatencySeconds: 1.2 };
    expect(dataMeasurement(byMetric(metric), pilot([], partial), imports)?.basis).toBe(basis);
  });

  it('says when a re-run of the test set replaced older results, so two files do not read as one larger set', () => {
    const metrics = pilot([]);
    const rerun: PilotMetrics = { ...metrics, tests: { overall: figures, groups: [], byImport: [], rerunCases: 200 } };
    expect(dataMeasurement(byMetric('Accuracy on the labelled test set'), rerun, imports)?.basis).toBe(
      'over 200 test cases, each from the latest file that holds it (200 older results of re-run cases left out)',
    );
  });

  it('reads the response time in milliseconds when the threshold counts in ms', () => {
    expect(dataMeasurement({ ...byMetric('Average response time'), unit: 'ms' }, pilot([]), imports)?.value).toBe(1918);
  });

  // The import's day is the reader's, as in the imports table and the printed summary: the UTC day of the
  // stored instant was a day off for an import late in the afternoon in Los Angeles or in the morning in Auckland.
  it.each([
    ['America/Los_Angeles', '2026-11-23T01:30:00.000Z', 'Nov 22, 2026', '2026-11-22'],
    ['Pacific/Auckland', '2026-11-22T18:00:00.000Z', 'Nov 23, 2026', '2026-11-23'],
    ['UTC', '2026-11-22T18:00:00.000Z', 'Nov 22, 2026', '2026-11-22'],
  ])('in %s, an import at %s is dated %s', (zone, importedAt, shown, date) => {
    const before = process.env['TZ'];
    process.env['TZ'] = zone;
    try {
      const records = [importRecord({ id: 't', kind: 'test_results', fileName: 'test-results.csv', importedAt, dateRange: null })];
      expect(dataMeasurement(byMetric('Hallucination rate'), pilot([]), records)).toMatchObject({ source: `test-results.csv, imported ${shown}`, date });
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('names the period dated rows cover, so a figure read later is not taken for one measured on its import day', () => {
    const records = [importRecord({ id: 'q', kind: 'quality', fileName: 'quality.csv', importedAt: '2026-11-22T18:00:00.000Z', dateRange: { first: '2026-09-07', last: '2026-09-20' } })];
    expect(dataMeasurement(byMetric('Outputs needing under 15% editing'), pilot([[8, 10]]), records)?.source).toMatch(/^quality\.csv, imported Nov 22, 2026, data from Sep 7\s–\s20, 2026$/);
  });

  it('names which metrics each kind of file measures', () => {
    expect(metricsMeasuredBy('quality')).toEqual(['Outputs needing under 15% editing']);
    expect(metricsMeasuredBy('test_results')).toHaveLength(3);
  });
});

describe('measureFromData', () => {
  it('judges on the data, keeps the typed value, and flags it when it disagrees', () => {
    const editing = byMetric('Outputs needing under 15% editing');
    const typed = { value: 90, date: '2026-11-01', source: 'spreadsheet' };
    const [m] = measureFromData([{ ...editing, measured: typed }], pilot([[361, 433]]), imports, [], 'low');
    expect(m?.typed).toEqual(typed);
    expect(m?.disagrees).toBe(true);
    expect(m?.threshold.measured?.value).toBeCloseTo((361 / 433) * 100, 10);
    expect(thresholdStatus(m!.threshold)).toBe('met');
  });

  it.each([
    [83.4, 'not_met'],
    [83.37, 'met'],
  ] as const)('judges the unrounded share (361 of 433 = 83.372%%) against “at least %s”: %s', (target, status) => {
    const editing = { ...byMetric('Outputs needing under 15% editing'), comparator: '>=' as const, target };
    const [m] = measureFromData([editing], pilot([[361, 433]]), imports, [], 'low');
    expect(thresholdStatus(m!.threshold)).toBe(status);
  });

  it.each([
    ['the same value', 83.4, false],
    ['the unrounded value', 83.37, false],
    ['a different value', 80, true],
  ])('does not flag %s', (_, value, disagrees) => {
    const editing = { ...byMetric('Outputs needing under 15% editing'), measured: { value, date: '2026-11-01', source: '' } };
    expect(measureFromData([editing], pilot([[361, 433]]), imports, [], 'low')[0]?.disagrees).toBe(disagrees);
  });

  // Before: 180 of 194 known cases (92.8%) read "Met" against "above 90%" for a medium-tier plan asking for 200 cases.
  it.each([
    ['low', 'met', undefined],
    ['medium', 'not_enough_data', 'Only 194 test cases; the medium risk tier asks for at least 200 test cases.'],
    ['high', 'not_enough_data', 'Only 194 test cases; the high risk tier asks for at least 500 test cases.'],
    [null, 'not_enough_data', 'Only 194 test cases; the risk tier is not confirmed, so the strictest (high) applies: at least 500 test cases.'],
  ] as const)('accuracy over 194 cases for the %s tier: %s', (tier, status, tooFew) => {
    const partial: TestFigures = { cases: 200, accuracy: share(180, 194), hallucination: share(7, 200), latencyCases: 200, meanLatencySeconds: 1.2 };
    const [m] = measureFromData([byMetric('Accuracy on the labelled test set')], pilot([], partial), imports, [], tier);
    expect(thresholdStatus(m!.threshold)).toBe(status);
    expect(m?.tooFew).toBe(tooFew);
    expect(m?.threshold.measured?.value).toBeCloseTo((180 / 194) * 100, 10);
  });

  // Before: a figure summed over every stage's rows counted rows dated after today without a word.
  it('names the rows dated after today that a figure includes', () => {
    const editing = byMetric('Outputs needing under 15% editing');
    const base = pilot([[300, 360], [61, 73]]);
    const quality = { outputs: 73, underLimit: share(61, 73), meanEditingPercent: 9, medianEditingPercent: 8 };
    const week = (from: string) => ({ week: 1, from, to: from, adoption: null, satisfaction: null, quality });
    const withWeeks = { ...base, stages: base.stages.map((s, i) => (i === 1 ? { ...s, weeks: [week('2026-10-05')] } : s)) };
    const [later] = measureFromData([editing], withWeeks, imports, [], 'low', '2026-10-01');
    expect(later?.fromData?.datedAfterToday).toBe("includes 73 outputs dated after today (Oct 1, 2026), in stage weeks not begun yet: check the file's dates");
    const [begun] = measureFromData([editing], withWeeks, imports, [], 'low', '2026-10-05');
    expect(begun?.fromData?.datedAfterToday).toBeUndefined();
  });

  it('leaves a threshold the data do not measure as typed', () => {
    const errors = { ...byMetric('System error rate'), measured: { value: 0.4, date: '2026-11-01', source: 'ops' } };
    expect(measureFromData([errors], pilot([]), imports, [], 'low')[0]).toEqual({ threshold: errors, fromData: null, typed: errors.measured, disagrees: false, cannotMeasure: null });
  });

  // Two output-quality files, one damaged in storage: 361 of 433 from the other would be a figure on part of the
  // outputs, with the damaged file named as its source; no file readable: "not measured" with no word why.
  it.each([
    ['one file of two damaged', [...imports, importRecord({ id: 'q2', kind: 'quality', fileName: 'quality-legal.csv' })], 'quality-legal.csv'],
    ['the only file damaged', imports, 'quality.csv'],
  ])('does not measure a metric whose file cannot be read (%s), and says why', (_, records, fileName) => {
    const editing = { ...byMetric('Outputs needing under 15% editing'), measured: { value: 90, date: '2026-11-01', source: 'spreadsheet' } };
    const damaged = [{ kind: 'quality' as const, fileName }];
    const [m] = measureFromData([editing], pilot([[361, 433]]), records, damaged, 'low');
    expect(m?.fromData).toBeNull();
    expect(m?.threshold.measured).toBeNull();
    expect(thresholdStatus(m!.threshold)).toBe('not_measured');
    expect(m?.cannotMeasure).toMatch(new RegExp(`^The rows of “${fileName}” are missing or damaged on this computer.*import the file again\\.$`));
    // The typed value is kept in the plan, set aside as the gates set it aside.
    expect(m?.typed?.value).toBe(90);
    // Another kind's metric is measured as before.
    const [accuracy] = measureFromData([byMetric('Accuracy on the labelled test set')], pilot([[361, 433]]), records, damaged, 'low');
    expect(accuracy?.threshold.measured?.value).toBeCloseTo(90.5, 10);
  });
});

import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../shared/csv';
import { createColumnsBuilder, encodeColumns } from '../../../shared/metrics';
import { importRecordSchema, type ImportRecord } from '../../../shared/model/import-record';
import { defaultThresholds } from '../../../shared/thresholds/default-thresholds';
import { measureThresholds, testResultsSource } from '../../../renderer/import/measured-thresholds';
import { createMetricsEngine, guarded } from '../../../renderer/import/metrics-engine';
import { toImportRecord } from '../../../renderer/import/to-import-record';

const summary = (overrides: Partial<ImportSummary> = {}): ImportSummary => ({
  kind: 'quality',
  settings: { encoding: 'utf-8', delimiter: ',', hasHeader: true, decimalComma: false, dateFormat: 'iso', percentScale: 'percent' },
  mapping: { kind: 'quality', fields: { outputId: 'id', userId: 'user', date: 'date', editingShare: 'share' }, latencyUnit: 'seconds' },
  headers: ['id', 'user', 'date', 'share'],
  headerNotes: [],
  bytes: 1234,
  sha256: 'a'.repeat(64),
  records: 10,
  accepted: 7,
  rejected: 3,
  blankLines: 0,
  skipped: 1,
  rejections: [],
  warnings: [],
  dateRange: { first: '2026-01-01', last: '2026-01-31' },
  ...overrides,
});

describe('toImportRecord', () => {
  it('keeps the provenance and fits any file into the plan schema, counts intact', () => {
    const huge = 'x'.repeat(5000);
    const record = toImportRecord({
      id: 'imp-1',
      fileName: `${huge}.csv`,
      importedAt: '2026-03-10T09:00:00.000Z',
      summary: summary({
        headers: Array.from({ length: 1500 }, (_, i) => `${huge}${i}`),
        rejections: Array.from({ length: 120 }, (_, g) => ({
          code: 'invalid_number',
          field: `f${g}`,
          title: huge,
          count: 1000 + g,
          examples: Array.from({ length: 50 }, (_, e) => ({ line: e + 2, message: huge, cells: Array.from({ length: 300 }, () => huge) })),
        })),
      }),
    });
    expect(() => importRecordSchema.parse(record)).not.toThrow();
    expect(record.rejections).toHaveLength(100);
    expect(record.rejections[0]?.count).toBe(1000);
    expect(record.rejections[0]?.examples).toHaveLength(20);
    expect(record).toMatchObject({ accepted: 7, rejected: 3, records: 10, bytes: 1234, sha256: 'a'.repeat(64) });
  });

  // The gates tell a sampled log by this count (shared/metrics/sampled-logs.ts); absent, an operations import is an older one.
  it.each([
    ['a sampled log', 'operations', [{ code: 'sampled_row', field: 'itemCount', title: 't', count: 12, examples: [] }], 12],
    ['an unsampled log', 'operations', [], 0],
    ['another kind', 'quality', [], undefined],
  ] as const)('says how many rows of %s stand for several requests', (_, kind, warnings, sampledRows) => {
    const record = toImportRecord({ id: 'imp-1', fileName: 'a.csv', importedAt: '2026-03-10T09:00:00.000Z', summary: summary({ kind, warnings }) });
    expect(record.sampledRows).toBe(sampledRows);
    expect(() => importRecordSchema.parse(record)).not.toThrow();
  });
});

describe('measureThresholds', () => {
  const figures = {
    cases: 200,
    accuracy: { successes: 180, trials: 194, percent: (180 / 194) * 100 },
    hallucination: { successes: 7, trials: 200, percent: 3.5 },
    latencyCases: 200,
    meanLatencySeconds: 1.918,
  };

  it('fills accuracy, hallucination rate and response time of the defaults, and leaves the rest alone', () => {
    const thresholds = defaultThresholds();
    const { thresholds: next, updated } = measureThresholds(thresholds, figures, '2026-11-22', 'test-results.csv (import of 2026-11-22)');
    expect(updated).toEqual(['Accuracy on the labelled test set', 'Hallucination rate', 'Average response time']);
    const byMetric = new Map(next.map((t) => [t.metric, t.measured]));
    expect(byMetric.get('Accuracy on the labelled test set')).toEqual({ value: expect.closeTo(92.7835, 4) as unknown, date: '2026-11-22', source: 'test-results.csv (import of 2026-11-22)' });
    expect(byMetric.get('Hallucination rate')?.value).toBe(3.5);
    expect(byMetric.get('Average response time')?.value).toBe(1.918);
    expect(byMetric.get('System error rate')).toBeNull();
  });

  it('matches renamed case and spacing, and converts to milliseconds when the threshold is in ms', () => {
    const [latency] = defaultThresholds().filter((t) => t.metric === 'Average response time');
    const custom = { ...latency!, metric: '  average RESPONSE time ', unit: 'ms' };
    const { thresholds } = measureThresholds([custom], figures, '2026-11-22', 's');
    expect(thresholds[0]?.measured?.value).toBe(1918);
  });

  it('names the test-results files it came from', () => {
    const record = (fileName: string, kind: ImportRecord['kind']) => ({ fileName, kind, importedAt: '2026-11-22T10:00:00.000Z' }) as ImportRecord;
    expect(testResultsSource([record('usage.csv', 'usage'), record('test-results.csv', 'test_results')])).toBe(
      'test-results.csv (import of 2026-11-22)',
    );
  });
});

describe('metrics engine', () => {
  const bytesOfRatings = (ratings: number[]) => {
    const builder = createColumnsBuilder('satisfaction');
    ratings.forEach((rating, i) =>
      builder.append({ line: i + 2, date: '2026-01-05', week: null, stage: null, group: null, userId: `u${i}`, rating, comment: '' }),
    );
    return encodeColumns(builder.finish());
  };
  const stages = [{ id: 's1', name: 'Pilot', plannedStart: '2026-01-05', durationWeeks: 4, enrolledUsers: 5 }];

  it('computes over the imports asked for, and forgets dropped ones', () => {
    const engine = createMetricsEngine();
    expect(engine.load('p', 'a', bytesOfRatings([5, 4, 1])).ok).toBe(true);
    expect(engine.load('p', 'b', bytesOfRatings([2])).ok).toBe(true);
    const both = engine.compute('p', ['a', 'b'], stages, { editingShareLimit: 15 });
    expect(both.stages[0]?.total.satisfaction?.ratings).toBe(4);
    const one = engine.compute('p', ['a'], stages, { editingShareLimit: 15 });
    expect(one.stages[0]?.total.satisfaction?.topTwo.successes).toBe(2);
    engine.drop('p', 'a');
    expect(engine.compute('p', ['b'], stages, { editingShareLimit: 15 }).stages[0]?.total.satisfaction?.ratings).toBe(1);
    // Asked for an import it no longer holds (the worker restarted): no figures without it, but the reason.
    const lost = guarded(() => engine.compute('p', ['a', 'b'], stages, { editingShareLimit: 15 }));
    expect(lost.ok ? lost.value : lost.error.message).toBe(
      'The pilot metrics could not be computed: the rows of one import are no longer loaded (the pilot data engine restarted). Reopen the plan to load them again.',
    );
    engine.retainOnly('other');
    expect(engine.has('p', 'b')).toBe(false);
  });

  it('refuses damaged bytes with a message instead of numbers', () => {
    const engine = createMetricsEngine();
    const bytes = bytesOfRatings([5, 4]);
    const result = engine.load('p', 'a', bytes.subarray(0, bytes.length - 9));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/damaged/);
    expect(engine.load('p', 'b', new TextEncoder().encode('not columns')).ok).toBe(false);
  });
});

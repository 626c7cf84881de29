/**
 * "Update thresholds from test results" (SPEC §3): the default thresholds for accuracy,
 * hallucination rate and response time take their measured value from the imported
 * test-results files, with the date and the files as the source.
 */
import type { TestFigures } from '../../shared/metrics';
import { localDateOf } from '../../shared/model/dates';
import type { ImportRecord } from '../../shared/model/import-record';
import type { Threshold } from '../../shared/model/schema';
import { thresholdDefaults } from '../../shared/thresholds/default-thresholds';

type Reading = (figures: TestFigures, unit: string) => number | null;


/** The default metric names (as the thresholds list offers them) and how each is read from the test figures. */
const readings: ReadonlyMap<string, Reading> = new Map<string, Reading>([
  [thresholdDefaults[0]!.metric, (t) => t.accuracy.percent],
  [thresholdDefaults[1]!.metric, (t) => t.hallucination.percent],
  [
    thresholdDefaults[3]!.metric,
    (t, unit) => {
      if (t.meanLatencySeconds === null) return null;
      return unit.trim().toLowerCase() === 'ms' ? t.meanLatencySeconds * 1000 : t.meanLatencySeconds;
    },
  ],
]);

const key = (metric: string): string => metric.trim().toLowerCase();
const readingByKey = new Map([...readings].map(([metric, read]) => [key(metric), read]));

/** The metric names this button can fill, for the explanation beside it. */
export const measurableThresholdNames: readonly string[] = [...readings.keys()];

/** "test-results.csv (import of 2026-11-22)"; several files are listed one after another. */
export function testResultsSource(imports: readonly ImportRecord[]): string {
  const text = imports
    .filter((i) => i.kind === 'test_results')
    .map((i) => `${i.fileName} (import of ${localDateOf(i.importedAt)})`)
    .join('; ');
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

export interface ThresholdUpdate {
  readonly thresholds: Threshold[];
  /** Metric names that received a measured value. */
  readonly updated: readonly string[];
}

/** Sets `measured` on every threshold whose metric is one of the defaults the test figures measure. */
export function measureThresholds(thresholds: readonly Threshold[], figures: TestFigures, date: string, source: string): ThresholdUpdate {
  const updated: string[] = [];
  const next = thresholds.map((threshold) => {
    const read = readingByKey.get(key(threshold.metric));
    const value = read ? read(figures, threshold.unit) : null;
    if (value === null) return threshold;
    updated.push(threshold.metric);
    return { ...threshold, measured: { value, date, source } };
  });
  return { thresholds: next, updated };
}

import { describe, expect, it } from 'vitest';
import type { MetricObservations, ObservationLookup } from '../../../shared/gates/observations';
import type { MetricId } from '../../../shared/model/metrics';
import { unavailableNotice, withUnavailableImports, type UnavailableImport } from '../../../shared/metrics/unavailable-imports';

const available: MetricObservations = { status: 'available', overall: { weeks: [], whole: null }, groups: new Map() };
const noFile: MetricObservations = { status: 'unmeasurable', why: { kind: 'no_file', message: 'No usage file is imported, so adoption cannot be measured.' } };

/** What the files that are loaded say: usage figures from the files at hand, no operations file. */
const loaded: ObservationLookup = (_stage, metric) => (metric === 'error_rate' ? noFile : available);

const usageMissing: UnavailableImport = { kind: 'usage', fileName: 'usage-legal.csv' };
const testsDamaged: UnavailableImport = { kind: 'test_results', fileName: 'test-results.csv' };

describe('a listed import whose rows are missing or damaged', () => {
  it.each<[string, readonly UnavailableImport[], MetricId, string | null]>([
    // Two usage files, one missing: adoption from the other alone would be judged on part of the users.
    ['adoption, one usage file of two missing', [usageMissing], 'adoption_rate', 'The rows of “usage-legal.csv” are missing or damaged on this computer'],
    ['accuracy, the test results damaged', [testsDamaged], 'accuracy', 'The rows of “test-results.csv” are missing or damaged'],
    ['two files of the kind', [usageMissing, { kind: 'usage', fileName: 'usage-claims.csv' }], 'adoption_rate', 'The rows of “usage-legal.csv” and “usage-claims.csv” are missing'],
    // Other kinds are judged as before.
    ['a metric of another kind', [usageMissing], 'accuracy', null],
    ['nothing unavailable', [], 'adoption_rate', null],
  ])('%s', (_case, unavailable, metric, message) => {
    const found = withUnavailableImports(loaded, unavailable)('s1', metric);
    if (message === null) expect(found).toBe(loaded('s1', metric));
    else {
      expect(found.status).toBe('unmeasurable');
      expect(found.status === 'unmeasurable' && found.why.message).toContain(message);
      expect(found.status === 'unmeasurable' && found.why.message).toMatch(/import the files? again\.$/);
    }
  });

  it('replaces "no usage file is imported" beside a usage file the plan lists', () => {
    const onlyMissing: ObservationLookup = () => noFile;
    const found = withUnavailableImports(onlyMissing, [usageMissing])('s1', 'adoption_rate');
    expect(found.status === 'unmeasurable' && found.why.message).not.toMatch(/No usage file is imported/);
  });
});

// The Pilot data tab's tables left the usage columns out without a word beside a damaged usage.csv.
describe('the Pilot data notice of files not in the figures', () => {
  it.each<[string, readonly UnavailableImport[], string | null]>([
    ['none', [], null],
    [
      'one file',
      [usageMissing],
      'Not in these figures: “usage-legal.csv” (usage / adoption), whose stored rows are missing or damaged on this computer. Its figures are not shown and the gates and thresholds on them cannot be measured: remove that import above and import the file again.',
    ],
    [
      'two files',
      [usageMissing, testsDamaged],
      'Not in these figures: “usage-legal.csv” (usage / adoption) and “test-results.csv” (test results), whose stored rows are missing or damaged on this computer. Their figures are not shown and the gates and thresholds on them cannot be measured: remove those imports above and import the files again.',
    ],
  ])('%s', (_case, unavailable, notice) => {
    expect(unavailableNotice(unavailable)).toBe(notice);
  });
});

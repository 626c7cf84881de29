import { describe, expect, it } from 'vitest';
import type { TestResultRow } from '../../../shared/csv/kinds';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import type { TestResultColumns } from '../../../shared/metrics/columns';

/** A test-results file: case ids with whether each answer was right. */
function run(cases: Record<string, boolean> | readonly [string, boolean][]): TestResultColumns {
  const b = createColumnsBuilder('test_results');
  b.appendBatch(
    (Array.isArray(cases) ? cases : Object.entries(cases)).map(
      ([caseId, correct], i): TestResultRow => ({ line: i + 2, caseId, expected: 'x', actual: 'y', correct, hallucination: null, latencySeconds: null, group: null }),
    ),
  );
  return b.finish();
}

const first = run({ a: true, b: true, c: true, d: false });
const rerunWorse = run({ a: false, b: false, c: true, d: false });
const more = run({ e: true, f: false });

describe('test-results files that hold the same cases (a re-run of the test set)', () => {
  it.each([
    ['one file', { first }, 4, 3, 0],
    ['two files with other cases: one test set of 6', { first, more }, 6, 4, 0],
    ['a re-run: each case once, from the latest file', { first, rerunWorse }, 4, 1, 4],
    ['a re-run of part of the set: the rest of the first run stands', { first, part: run({ a: false }) }, 4, 2, 1],
    ['the order decides which run is the latest', { rerunWorse, first }, 4, 3, 4],
  ])('%s', (_name, files, cases, correct, rerun) => {
    const metrics = computeMetrics(files, [], { editingShareLimit: 15 });
    expect(metrics.tests?.overall.cases).toBe(cases);
    expect(metrics.tests?.overall.accuracy?.successes).toBe(correct);
    const warning = metrics.warnings.find((w) => w.code === 'rerun_test_cases');
    expect(warning?.rows ?? 0).toBe(rerun);
    if (rerun > 0) expect(warning?.message).toMatch(/in a later test-results file too \(a re-run of the test set\): each case counts once, from the latest file/);
  });

  it('keeps each file’s own figures whole', () => {
    const metrics = computeMetrics({ first, rerunWorse }, [], { editingShareLimit: 15 });
    expect(metrics.tests?.byImport.map((i) => [i.importId, i.figures.cases, i.figures.accuracy?.successes])).toEqual([
      ['first', 4, 3],
      ['rerunWorse', 4, 1],
    ]);
  });

  it('leaves a case twice in one file to that file (several runs in one file are asked about when importing)', () => {
    const metrics = computeMetrics({ twice: run([['a', true], ['a', false]]), other: run({ b: true }) }, [], { editingShareLimit: 15 });
    expect(metrics.tests?.overall.cases).toBe(3);
    expect(metrics.warnings.some((w) => w.code === 'rerun_test_cases')).toBe(false);
  });
});

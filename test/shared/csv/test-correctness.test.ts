import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../shared/csv/import-types';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import { computeTestMetrics } from '../../../shared/metrics/test-figures';
import { guessMapping } from '../../../shared/csv/mapping';
import { importBytes, summaryOf, utf8 } from './helpers';

/** The correctness-unknown warning of a summary: how many cases, and the first example's message. */
function unknownOf(summary: ImportSummary): [number, string] | null {
  const group = summary.warnings.find((w) => w.code === 'correctness_unknown');
  return group ? [group.count, group.examples[0]?.message ?? ''] : null;
}

describe('a test case is right, wrong, or unknown, never wrong for want of an answer', () => {
  it.each<[string, string, boolean | null, string | null]>([
    ['both answers, equal', 'c1,billing,billing,', true, null],
    ['both answers, different', 'c1,billing,refund,', false, null],
    ['no expected answer (not labelled yet)', 'c1,,refund,', null, 'Case “c1” has no expected answer, so whether “refund” is right is unknown: it is left out of accuracy'],
    ['no actual answer, and nothing shows the case ran', 'c1,billing,,', null, 'Case “c1” has no actual answer and nothing shows it ran, so it cannot be compared with “billing”: it is left out of accuracy'],
    ['neither answer', 'c1,,,', null, 'Case “c1” has neither an expected nor an actual answer: it is left out of accuracy'],
    ['no answers but a yes under Correct', 'c1,,,yes', true, null],
    ['an expected answer only, and a no under Correct', 'c1,billing,,no', false, null],
    ['answers that differ, and a yes under Correct (the column decides)', 'c1,billing,Billing,yes', true, null],
  ])('%s', (_case, row, correct, warning) => {
    const { result, rows } = importBytes(utf8(`case_id,expected,actual,correct\n${row}\nc2,a,a,\n`), { kind: 'test_results' });
    const summary = summaryOf(result);
    expect(rows[0]!.correct).toBe(correct);
    expect(unknownOf(summary)).toEqual(warning === null ? null : [1, warning]);
    expect(summary.accepted).toBe(2);
  });

  it.each<[string, string, boolean | null]>([
    ['ran (a latency) and answered nothing: wrong', 'c1,billing,,30.0,', false],
    ['ran (judged for hallucination) and answered nothing: wrong', 'c1,billing,,,no', false],
    ['nothing shows it ran: unknown', 'c1,billing,,,', null],
    ['not labelled, though it ran: unknown', 'c1,,refund,1.2,no', null],
  ])('a labelled case with an empty actual answer that %s', (_case, row, correct) => {
    const { result, rows } = importBytes(utf8(`case_id,expected,actual,latency_seconds,hallucination\n${row}\nc2,a,a,1.0,no\n`), { kind: 'test_results' });
    expect(rows[0]!.correct).toBe(correct);
    expect(unknownOf(summaryOf(result))?.[0] ?? 0).toBe(correct === null ? 1 : 0);
  });

  it.each<[string, string, string]>([
    // promptfoo's export: PASS, FAIL or ERROR (the provider failed: no verdict). The answers are not compared in its place.
    ['ERROR', 'c1,billing,refund,ERROR', 'ERROR'],
    ['skipped', 'c1,billing,billing,skipped', 'skipped'],
    ['n/a', 'c1,,,n/a', 'n/a'],
    ['Timeout', 'c1,billing,,Timeout', 'Timeout'],
  ])('a case whose Correct cell reads "%s" has no verdict: unknown, named in the warning, not rejected', (_case, row, verdict) => {
    const { result, rows } = importBytes(utf8(`case_id,expected,actual,correct\n${row}\nc2,a,a,yes\n`), { kind: 'test_results' });
    const summary = summaryOf(result);
    expect(summary.rejected).toBe(0);
    expect(rows[0]!.correct).toBeNull();
    expect(unknownOf(summary)).toEqual([1, `Case “c1” reads “${verdict}” under Correct, neither a pass nor a fail: it is left out of accuracy`]);
  });

  it('a hallucination cell with no verdict ("ERROR", "n/a") is unknown, not a rejected row', () => {
    const { result, rows } = importBytes(utf8('case_id,correct,hallucination\nc1,yes,ERROR\nc2,no,n/a\nc3,yes,no\n'), { kind: 'test_results' });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => r.hallucination)).toEqual([null, null, false]);
  });

  it('a word that is neither a verdict nor "no verdict" is still rejected with its reason', () => {
    const summary = summaryOf(importBytes(utf8('case_id,correct\nc1,maybe\nc2,yes\n'), { kind: 'test_results' }).result);
    expect(summary.rejected).toBe(1);
    expect(summary.rejections[0]?.examples[0]?.message).toBe('Correct “maybe” is not yes or no');
  });

  it('warns of an empty Correct cell in a file that only has that column, and not in one that measures latency only', () => {
    const onlyCorrect = summaryOf(importBytes(utf8('case_id,correct\nc1,\nc2,yes\n'), { kind: 'test_results' }).result);
    expect(unknownOf(onlyCorrect)).toEqual([1, 'Case “c1” has no yes or no under Correct: it is left out of accuracy']);
    const latencyOnly = summaryOf(importBytes(utf8('case_id,latency_seconds\nc1,1.5\nc2,2\n'), { kind: 'test_results' }).result);
    expect(unknownOf(latencyOnly)).toBeNull();
  });

  it('imports the bundled sample test set as samples/README.md says: 180 right of 194 labelled cases, 6 left out with a warning', () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../samples/test-results.csv')));
    const { result, rows } = importBytes(bytes, { kind: 'test_results' });
    expect(unknownOf(summaryOf(result))?.[0]).toBe(6);
    const builder = createColumnsBuilder('test_results');
    builder.appendBatch(rows);
    const tests = computeTestMetrics([{ importId: 'sample', columns: builder.finish() }]);
    expect(tests?.overall.accuracy).toMatchObject({ successes: 180, trials: 194 });
    expect(tests?.groups.map((g) => [g.group, g.figures.accuracy.successes, g.figures.accuracy.trials])).toEqual([
      ['Broker', 64, 65],
      ['Existing customer', 61, 64],
      ['New customer', 55, 65],
    ]);
  });
});

// A team's test run: the tool's verdict in "result" (PASS, FAIL, ERROR) beside the expected and the model's answers.
// "result" was listed as "not used by this kind of file" and the answers compared word for word instead, so an ERROR
// case (the provider failed, no verdict) counted as a wrong answer.
describe('a verdict column is read as Correct, never an answer or a state', () => {
  const headers = ['case_id', 'expected', 'model_output', 'result', 'latency_ms'];
  const rows = [
    ['TC-1', 'A', 'A', 'PASS', '900'],
    ['TC-2', 'A', 'B', 'FAIL', '1200'],
    ['TC-3', 'A', 'Error: upstream timeout', 'ERROR', ''],
    ['TC-4', 'Refund', 'refund', 'PASS', '800'],
  ];

  it.each<[string, string[], string[][], string | null, string | null]>([
    ['PASS, FAIL and ERROR under "result"', headers, rows, 'result', 'model_output'],
    ['"Status" passed/failed', ['id', 'expected', 'actual', 'Status'], [['c1', 'a', 'a', 'passed'], ['c2', 'a', 'b', 'failed']], 'Status', 'actual'],
    // The same headers hold the model's answer or a run's state: never read as verdicts.
    ['"result" holding the answers', ['id', 'expected', 'result'], [['c1', 'billing', 'billing'], ['c2', 'billing', 'refund']], null, 'result'],
    ['"result" answering yes or no (a classifier)', ['id', 'expected', 'result'], [['c1', 'yes', 'no'], ['c2', 'no', 'no']], null, 'result'],
    ['"status" of the run', ['id', 'expected', 'actual', 'status'], [['c1', 'a', 'a', 'done'], ['c2', 'a', 'b', 'done']], null, 'actual'],
  ])('%s', (_case, h, r, correct, actual) => {
    const mapping = guessMapping(h, r, 'test_results');
    expect([mapping.fields.correct, mapping.fields.actual]).toEqual([correct, actual]);
  });

  it('counts an ERROR case as unknown, not as a wrong answer, and the tool\'s pass where the words differ as right', () => {
    const csv = [headers.join(','), ...rows.map((r) => r.join(','))].join('\n');
    const { result, rows: imported } = importBytes(utf8(`${csv}\n`), { kind: 'test_results' });
    expect(imported.map((row) => row.correct)).toEqual([true, false, null, true]);
    expect(unknownOf(summaryOf(result))).toEqual([1, 'Case “TC-3” reads “ERROR” under Correct, neither a pass nor a fail: it is left out of accuracy']);
  });
});

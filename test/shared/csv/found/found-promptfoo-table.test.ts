/**
 * promptfoo's table export of its simple-cli example (test/fixtures/found/README.md): one row per test, one column per
 * prompt, each cell "[PASS] (1.00)" and the output on lines of their own. Run the wizard's way (found-harness.ts).
 */
import { describe, expect, it } from 'vitest';
import { firstLook, importFound } from './found-harness';

const file = 'promptfoo-simple-cli-table.csv';
const rephrase = '[openai:gpt-4.1-mini] Rephrase this in {{language}}: {{body}}';

describe('a promptfoo table export (a column per prompt, no case id, verdicts inside the outputs)', () => {
  it('is not guessed as any kind, and as test results nothing is proposed: the import waits for the columns', () => {
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const asTests = firstLook(file, { kind: 'test_results' });
    expect(Object.values(asTests.mapping.fields).every((column) => column === null)).toBe(true);
    expect(asTests.mappingProblems).toHaveLength(2);
    // Each test's cells span 9 lines: the rows start on the lines a text editor shows.
    expect(asTests.rows.map((r) => r.line)).toEqual([2, 11, 20, 29]);
  });

  it('with a prompt column chosen as correct, its "[PASS] (1.00)" cells read as 4 passes of 4', () => {
    const { summary } = importFound(file, { kind: 'test_results', fields: { caseId: 'body', correct: rephrase } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([4, 4, 0]);
  });
});

/**
 * A column of scores between 0 and 1 chosen as the yes/no (DeepEval's "score_faithfulness"): its 1.0 and 0.0 read as
 * yes and no and every score between is rejected, so the cases below full marks drop out and accuracy reads from the
 * perfect ones. Before: only "1 of 4 rows would be rejected"; accuracy 3 of 3 (100%) with no word of why.
 */
import { describe, expect, it } from 'vitest';
import { previewText } from './helpers';

const warningOf = (csv: string, fields: Record<string, string>) => {
  const start = previewText(csv, 'test_results');
  const mapping = { ...start.mapping, fields: { ...start.mapping.fields, ...fields } };
  return previewText(csv, 'test_results', { mapping }).plausibility.warnings.find((w) => w.code === 'score_as_verdict')?.message ?? null;
};

describe('a score chosen as the yes/no is warned about', () => {
  it.each([
    ['case,score\nc1,1.0\nc2,1.0\nc3,0.944\nc4,1.0', { caseId: 'case', correct: 'score' }, /“score” holds scores between 0 and 1 \(0\.944\).*1 row .*accuracy read only .*\(3 of 3 right\)/],
    ['case,faithfulness\nc1,0.2\nc2,0.0\nc3,0.5', { caseId: 'case', hallucination: 'faithfulness' }, /“faithfulness” holds scores.*2 rows .*hallucination rate .*\(0 of 1 with a hallucination\)/],
    ['case,score\nc1,0,5\nc2,1', { caseId: 'case', correct: 'score' }, null], // two columns, not a decimal comma: nothing between
    ['case,passed\nc1,1.0\nc2,0.0\nc3,1.0', { caseId: 'case', correct: 'passed' }, null],
    ['case,passed\nc1,yes\nc2,no', { caseId: 'case', correct: 'passed' }, null],
  ] as const)('%j', (csv, fields, message) => {
    const warning = warningOf(csv, fields);
    if (message === null) expect(warning).toBeNull();
    else expect(warning).toMatch(message);
  });
});

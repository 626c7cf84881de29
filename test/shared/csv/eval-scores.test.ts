/**
 * DeepEval's results flattened to one row per test case. DeepEval's metrics give each case a score from 0 to 1, the
 * threshold it is judged against, whether it passed and why (deepeval.com/docs/metrics-hallucination: HallucinationMetric
 * scores the share of contexts the output contradicts, threshold 0.5, "metric.score, metric.reason"); the test case
 * carries name, input, actual_output, expected_output and its overall success. The column titles ("Hallucination score",
 * "Hallucination success"…) are our flattening of those fields.
 * Before, "Hallucination score" was proposed as the hallucination yes/no: read right while every score was 0.0 or 1.0,
 * then the first case scored 0.33 was rejected, and its accuracy with it (2 of 3 instead of 3 of 4). Without it,
 * "Hallucination threshold" (0.5) and then "Hallucination reason" (sentences) were proposed, rejecting every row; and
 * "Hallucination success" (True when the output did not hallucinate) would have inverted the rate.
 */
import { describe, expect, it } from 'vitest';
import { namesAPass, namesAScore } from '../../../shared/csv/header-words';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const deepeval = [
  'name,input,actual_output,expected_output,success,Hallucination score,Hallucination threshold,Hallucination success,Hallucination reason,Answer Relevancy score,Answer Relevancy success',
  'test_case_0,How many days of leave?,25 days per year,25 days,True,0.0,0.5,True,The output agrees with the context,1.0,True',
  'test_case_1,What is the meal limit?,$40 per day,$50 per day,False,1.0,0.5,False,The output contradicts the context ($50),0.9,True',
  'test_case_2,How long is parental leave?,20 weeks,20 weeks,True,0.0,0.5,True,The output agrees with the context,1.0,True',
  'test_case_3,Can I work abroad?,Yes for 30 days,Up to 30 days,True,0.33,0.5,True,The output agrees with most of the context,0.8,True',
].join('\n');

describe('evaluation scores are not yes/no verdicts', () => {
  it('DeepEval: no hallucination column is proposed; each is listed with why; every case counts in accuracy', () => {
    const first = previewText(deepeval, 'test_results');
    expect(first.mapping.fields).toMatchObject({ expected: 'expected_output', actual: 'actual_output', correct: 'success', hallucination: null });
    const reasons = Object.fromEntries(first.unusedColumns.map((c) => [c.header, c.reason]));
    expect(reasons['Hallucination score']).toMatch(/^a score or its threshold, not a yes\/no/);
    expect(reasons['Hallucination threshold']).toMatch(/^a score or its threshold, not a yes\/no/);
    expect(reasons['Hallucination success']).toBe('whether the hallucination check passed: a yes there means no hallucination, so it is not read as one');
    const preview = previewText(deepeval, 'test_results', { mapping: { ...first.mapping, fields: { ...first.mapping.fields, caseId: 'name' } } });
    expect(preview.plausibility.blocked).toBeNull();
    const { result, rows } = importBytes(utf8(`${deepeval}\n`), { kind: 'test_results', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    // success True, False, True, True: 3 of 4 right, no hallucination figure rather than a wrong one.
    expect(rows.map((r) => [r.correct, r.hallucination])).toEqual([
      [true, null],
      [false, null],
      [true, null],
      [true, null],
    ]);
  });

  it('a hallucination yes/no column is still read (LangSmith-like feedback, 1.0/0.0)', () => {
    const csv = 'id,answer,reference,is_correct,hallucination\nc1,a,a,1.0,0.0\nc2,b,c,0.0,1.0\nc3,d,d,1.0,0.0\n';
    expect(previewText(csv, 'test_results').mapping.fields).toMatchObject({ correct: 'is_correct', hallucination: 'hallucination' });
  });

  it.each<[string, boolean, boolean]>([
    ['Hallucination score', true, false],
    ['relevancy_score', true, false],
    ['Hallucination threshold', true, false],
    ['confidence', true, false],
    ['Hallucination success', false, true],
    ['hallucination_passed', false, true],
    ['hallucination', false, false],
    ['is_hallucination', false, false],
    ['feedback.correctness', false, false],
  ])('“%s”: a score %s, a pass %s', (header, score, pass) => {
    expect([namesAScore(header), namesAPass(header)]).toEqual([score, pass]);
  });
});

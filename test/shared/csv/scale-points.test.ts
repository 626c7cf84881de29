import { describe, expect, it } from 'vitest';
import { createImporter } from '../../../shared/csv/importer';
import { previewCsv } from '../../../shared/csv/preview';
import { labelledRatings, ratingOf, reversedPoint, scalePoint } from '../../../shared/csv/scale-points';
import { profileColumn } from '../../../shared/csv/value-detect';

describe('a numbered scale point with words', () => {
  it.each([
    ["5 - It's extremely important", { point: 5, label: "It's extremely important" }],
    ['1 - "What is sustainability?', { point: 1, label: '"What is sustainability?' }],
    ['1 – Not at all', { point: 1, label: 'Not at all' }],
    ['4: Agree', { point: 4, label: 'Agree' }],
    ['3 (Neutral)', { point: 3, label: 'Neutral' }],
    ['2. Poor', { point: 2, label: 'Poor' }],
    ['10 = Extremely likely', { point: 10, label: 'Extremely likely' }],
    ['4', null],
    ['4.5', null],
    ['2)', null],
    ['5+', null],
    ['2-3', null],
    ['Very satisfied', null],
    ['P1 - urgent', null],
  ])('%s', (text, expected) => {
    expect(scalePoint(text)).toEqual(expected);
  });
});

describe('a column of 1–5 answers with words at some points', () => {
  it.each([
    ['Google Forms: end points with words, the rest bare', ['4', '2', "5 - It's extremely important", "1 - It doesn't matter to me", '3'], true],
    ['every point with a scale word', ['1 - Poor', '3 - Neutral', '5 - Excellent'], true],
    ['categories numbered 1–5 ("1 - North")', ['1 - North', '2 - South', '3 - East'], false],
    ['severities ("1 - Critical"): an incident column', ['1 - Critical', '2 - High', '3'], false],
    ['a point outside 1–5', ['4', '10 - Extremely likely'], false],
    ['a bare number outside 1–5', ['0', '5 - Very satisfied'], false],
    ['bare numbers only (a plain rating column)', ['4', '2', '5'], false],
    ['free text', ['4', 'great tool'], false],
  ])('%s', (_, values, expected) => {
    expect(labelledRatings(values, false)).toBe(expected);
  });

  it('is profiled as ratings, with the points as its range', () => {
    expect(profileColumn(['4', "5 - It's extremely important", "1 - It doesn't matter to me"], false)).toMatchObject({ shape: 'rating', min: 1, max: 5 });
  });
});

describe('a rating read from a labelled point', () => {
  it.each([
    ['5 - Extremely satisfied', 5],
    ['1 - Very dissatisfied', 1],
    ['3 (Neutral)', 3],
    ['4', 4],
    // Its words say 1 is the best answer: the scale runs the other way, never read.
    ['1 - Very satisfied', NaN],
    ['5 = Very poor', NaN],
    ['1 (Very satisfied)', NaN],
    ['6 - Extremely satisfied', NaN],
    ['4.5', NaN],
  ])('%s → %s', (text, expected) => {
    expect(ratingOf(text, false)).toBe(expected);
  });

  it.each([
    ['1 - Very satisfied', true],
    ['5 - Very dissatisfied', true],
    ['1 - Very dissatisfied', false],
    ['5 - Very satisfied', false],
    ['1', false],
  ])('%s runs the other way: %s', (text, expected) => {
    expect(reversedPoint(text)).toBe(expected);
  });
});

/** A satisfaction import of `csv`, with the rating column named. */
function importRatings(csv: string): { ratings: number[]; rejected: string[]; warnings: string[] } {
  const bytes = new TextEncoder().encode(csv);
  const base = { kind: 'satisfaction' as const, today: '2026-12-31', totalBytes: bytes.length };
  const first = previewCsv(bytes, base);
  if (!first.ok) throw new Error(first.error.message);
  const mapping = { ...first.value.mapping, fields: { ...first.value.mapping.fields, userId: 'Respondent', rating: 'How satisfied are you?' } };
  const preview = previewCsv(bytes, { ...base, mapping });
  if (!preview.ok) throw new Error(preview.error.message);
  const ratings: number[] = [];
  const importer = createImporter(
    { kind: 'satisfaction', settings: preview.value.settings, mapping: preview.value.mapping, today: '2026-12-31', totalBytes: bytes.length },
    { onRow: (row) => ratings.push(row.rating) },
  );
  importer.push(bytes);
  const result = importer.end();
  if (!result.ok) throw new Error(result.error.message);
  return { ratings, rejected: result.value.rejections.flatMap((r) => r.examples.map((e) => e.message)), warnings: preview.value.plausibility.warnings.map((w) => w.message) };
}

describe('importing answers with words at their points', () => {
  it('"5 - Extremely satisfied" counts as 5, beside the bare numbers (before: rejected, so the mean left out every 1 and 5)', () => {
    const csv = 'Respondent,Date,How satisfied are you?\nr1,2026-03-02,4\nr2,2026-03-02,5 - Extremely satisfied\nr3,2026-03-03,1 - Not at all satisfied\nr4,2026-03-03,2\n';
    expect(importRatings(csv)).toEqual({ ratings: [4, 5, 1, 2], rejected: [], warnings: [] });
  });

  it('a scale whose words give 1 to the best answer: those rows are rejected with why, and the preview warns the rest would read reversed', () => {
    const csv = 'Respondent,Date,How satisfied are you?\nr1,2026-03-02,1 - Very satisfied\nr2,2026-03-02,2\nr3,2026-03-03,4\nr4,2026-03-03,5 - Very dissatisfied\n';
    const { ratings, rejected, warnings } = importRatings(csv);
    expect(ratings).toEqual([2, 4]);
    expect(rejected).toEqual([
      'Rating “1 - Very satisfied” is on a scale whose best answer is 1; ratings count 5 as the best, so it is not read',
      'Rating “5 - Very dissatisfied” is on a scale whose best answer is 1; ratings count 5 as the best, so it is not read',
    ]);
    expect(warnings.some((w) => w.startsWith('Answers in “How satisfied are you?” give 1 to the best answer (“1 - Very satisfied”)'))).toBe(true);
  });
});

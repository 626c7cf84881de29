/**
 * A Google Forms responses CSV (Timestamp, Email Address, then each question's title as its header) whose question
 * says its 1 is the best answer: "(1 = very satisfied, 5 = very dissatisfied)". It was proposed as the 1–5 rating and
 * read as written: answers 1, 2, 1, 4 gave a mean of 2.0 and 25% of ratings 4–5, where the respondents meant 5, 4, 5, 2
 * (mean 4.0, 75%). Such a question is never proposed as the rating; mapped by hand, it is flagged before importing.
 */
import { describe, expect, it } from 'vitest';
import { namesReversedScale } from '../../../shared/csv/header-words';
import type { CsvPreview, PreviewOptions } from '../../../shared/csv/preview';
import { previewText } from './helpers';

const question = 'How satisfied are you with the assistant? (1 = very satisfied, 5 = very dissatisfied)';
const forms = [
  `Timestamp,Email Address,"${question}"`,
  '2026-03-02 09:12:44,ana@contoso.com,1',
  '2026-03-02 09:40:02,ben@contoso.com,2',
  '2026-03-03 14:01:19,cy@contoso.com,1',
  '2026-03-04 10:22:51,di@contoso.com,4',
].join('\n');

const look = (options: PreviewOptions = {}): CsvPreview => previewText(forms, 'satisfaction', options);

describe('a 1–5 question whose 1 is the best answer', () => {
  it('is not proposed as the rating, and says why', () => {
    const preview = look();
    expect(preview.mapping.fields['rating']).toBeNull();
    expect(preview.unusedColumns.find((c) => c.header === question)?.reason).toBe(
      'a 1–5 question whose 1 is the best answer: ratings count 5 as the best, so its answers would be read reversed',
    );
  });

  it('mapped by hand, is flagged before importing', () => {
    const start = look();
    const preview = look({ mapping: { ...start.mapping, fields: { ...start.mapping.fields, rating: question } } });
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['rating_reversed']);
  });

  it.each([
    [question, true],
    ['Rate the assistant (1 = excellent, 5 = poor)', true],
    ['Wie zufrieden sind Sie? (1 = sehr gut, 5 = schlecht)', true],
    ['The assistant saves me time (1 - Strongly agree, 5 - Strongly disagree)', true],
    ['How satisfied are you? (5 = not at all satisfied)', true],
    ['How satisfied are you? (1 = very dissatisfied, 5 = very satisfied)', false],
    ['How satisfied are you? (1-5)', false],
    ['Rate the assistant (1 = poor, 5 = excellent)', false],
    ['rating', false],
  ])('%j gives 1 to the best answer: %s', (header, reversed) => {
    expect(namesReversedScale(header)).toBe(reversed);
  });
});

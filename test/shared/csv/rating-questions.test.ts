/**
 * A Google Forms responses CSV with a grid question (one column per row of the grid, headed "Question [Row]") and an
 * overall question, all answered 1–5. The first grid row ("… [Accuracy]") was proposed as the rating: the stage's
 * satisfaction would have read 2.0 (the accuracy answers) where the overall question says 3.0 and the speed answers
 * 4.75. With several survey questions answered 1–5, none is proposed: the user chooses the rating.
 */
import { describe, expect, it } from 'vitest';
import type { CsvPreview } from '../../../shared/csv/preview';
import { previewText } from './helpers';

const grid = (questions: readonly string[]): string =>
  [
    ['Timestamp', 'Email Address', ...questions.map((q) => `"${q}"`)].join(','),
    ['2026-03-02 09:12:44', 'ana@contoso.com', '2', '5', '3'].slice(0, 2 + questions.length).join(','),
    ['2026-03-02 09:40:02', 'ben@contoso.com', '1', '5', '2'].slice(0, 2 + questions.length).join(','),
    ['2026-03-03 14:01:19', 'cy@contoso.com', '2', '4', '3'].slice(0, 2 + questions.length).join(','),
    ['2026-03-04 10:22:51', 'di@contoso.com', '3', '5', '4'].slice(0, 2 + questions.length).join(','),
  ].join('\n');

const look = (csv: string): CsvPreview => previewText(csv, 'satisfaction');

const accuracy = "How satisfied are you with the assistant's answers? [Accuracy]";
const speed = "How satisfied are you with the assistant's answers? [Speed]";
const overall = 'Overall, how satisfied are you with the assistant? (1-5)';

describe('several survey questions answered 1–5', () => {
  it.each<[string, readonly string[], string | null]>([
    ['a grid and an overall question: the user chooses', [accuracy, speed, overall], null],
    ['two grid rows: the user chooses', [accuracy, speed], null],
    ['one question: proposed, as before', [overall], overall],
  ])('%s', (_case, questions, rating) => {
    const preview = look(grid(questions));
    expect(preview.mapping.fields['rating']).toBe(rating);
    if (rating === null) {
      expect(preview.mappingProblems).toContain('Choose the column for: Rating.');
      expect(preview.unusedColumns.find((c) => c.header === accuracy)?.reason).toBe(
        'a question answered 1–5, not chosen as the rating: when several are, choose the one the satisfaction is judged on',
      );
    }
  });

  it('a column headed "rating" beside a question answered 1–5 is still the rating', () => {
    const csv = ['user,date,rating,"How likely are you to use it again? (1-5)"', 'ana,2026-03-02,4,5', 'ben,2026-03-02,2,3', 'cy,2026-03-03,5,4'].join('\n');
    expect(look(csv).mapping.fields['rating']).toBe('rating');
  });
});

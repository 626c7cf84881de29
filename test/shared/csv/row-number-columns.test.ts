/**
 * A survey export's first column is a row number or response id (Microsoft Forms' "ID", Typeform's "#"). In a
 * small survey it holds 1, 2, 3, 4: whole numbers 1–5, the shape of a rating. It was proposed as the rating,
 * and the mean of the row numbers would have been the stage's satisfaction.
 */
import { describe, expect, it } from 'vitest';
import type { CsvPreview } from '../../../shared/csv/preview';
import { previewText } from './helpers';

const forms = (ratingHeader: string, ratings: readonly string[]): string =>
  [
    `ID,Start time,Completion time,Email,Name,${ratingHeader}`,
    ...ratings.map((r, i) => `${i + 1},3/${i + 2}/26 9:01:12,3/${i + 2}/26 9:03:40,u${i}@contoso.com,User ${i},${r}`),
  ].join('\n');

const look = (csv: string): CsvPreview => previewText(csv, 'satisfaction', { settings: { dateFormat: 'mdy' } });

const unusedReason = (preview: CsvPreview, header: string): string | undefined => preview.unusedColumns.find((c) => c.header === header)?.reason;

describe('a row number is never proposed as a rating', () => {
  it.each<[string, string, readonly string[], string | null]>([
    ['a question of ratings beside "ID"', 'How satisfied are you? (1-5)', ['4', '5', '2', '3'], 'How satisfied are you? (1-5)'],
    ['"Rate the …", a question without a question mark', 'Rate the assistant', ['4', '5', '2', '3'], 'Rate the assistant'],
    ['answers in words: nothing is proposed, the user is asked', 'How satisfied are you with the assistant?', ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied'], null],
  ])('%s', (_case, header, ratings, rating) => {
    const preview = look(forms(header, ratings));
    expect(preview.mapping.fields['rating']).toBe(rating);
    expect(unusedReason(preview, 'ID')).toBe('a row number or response id, not a measure');
  });

  it('says why a question answered in words is not read', () => {
    const preview = look(forms('How satisfied are you with the assistant?', ['Very satisfied', 'Satisfied', 'Neutral', 'Dissatisfied']));
    expect(unusedReason(preview, 'How satisfied are you with the assistant?')).toMatch(/^answered in words \(“Very satisfied”, “Satisfied”\), not a number from 1 to 5/);
    expect(preview.mappingProblems).toContain('Choose the column for: Rating.');
  });

  it.each<[string, string, string | null]>([
    // Values counting up by one on every row, under a header that names no rating, are row numbers.
    ['counting up, unnamed', 'user,date,n\nana,2026-03-02,1\nben,2026-03-02,2\ncy,2026-03-03,3\ndi,2026-03-03,4', null],
    // The same values in another order are still a guess at a rating, as before.
    ['mixed, unnamed', 'user,date,n\nana,2026-03-02,4\nben,2026-03-02,2\ncy,2026-03-03,3\ndi,2026-03-03,1', 'n'],
    // A column named as the rating is read, whatever order its values come in.
    ['counting up, named', 'user,date,rating\nana,2026-03-02,1\nben,2026-03-02,2\ncy,2026-03-03,3\ndi,2026-03-03,4', 'rating'],
  ])('%s', (_case, csv, rating) => {
    expect(look(csv).mapping.fields['rating']).toBe(rating);
  });
});

describe('the rules for row numbers and counts of people leave other kinds their own fields', () => {

  it.each<[string, 'weekly_figures' | 'incidents', string, string, string]>([
    // A weekly-figures file's "num" is its numerator, not a row number.
    ['num and denom', 'weekly_figures', 'week,metric,num,denom\n1,adoption_rate,4,10\n2,adoption_rate,6,10', 'numerator', 'num'],
    // "total users" is the denominator of an adoption figure, whatever a usage file makes of a count of people.
    ['total users', 'weekly_figures', 'week,metric,active users,total users\n1,adoption_rate,4,10\n2,adoption_rate,6,10', 'denominator', 'total users'],
    // An incident's "Registered" time is when it was logged (ITIL tools), not a person's sign-up.
    ['Registered', 'incidents', 'Incident,Registered,Severity,Description\nINC1,2026-03-02 10:00,Critical,Outage\nINC2,2026-03-03 11:00,Low,Typo', 'date', 'Registered'],
  ])('%s', (_case, kind, csv, field, header) => {
    expect(previewText(csv, kind).mapping.fields[field]).toBe(header);
  });
});

it('a question answered in free text is not said to be answered in the words of a scale', () => {
  const comments = ['Faster replies please', 'It missed the policy number twice', 'Good', 'Nothing', 'More examples', 'The tone is too formal', 'Works well', 'Could cite sources'];
  const csv = [
    'ID,Email,Completion time,Rating,What could be better?',
    ...comments.map((c, i) => `${i + 1},u${i}@x.com,2026-03-0${(i % 5) + 2},4,${c}`),
  ].join('\n');
  const reason = previewText(csv, 'satisfaction').unusedColumns.find((c) => c.header === 'What could be better?')?.reason ?? '';
  expect(reason).not.toMatch(/answered in words/);
});

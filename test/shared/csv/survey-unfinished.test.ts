/**
 * Qualtrics records a response the respondent left before the end once it times out or is closed: "Finished" False
 * (0 in the numeric download) and "Progress" below 100 (qualtrics.com support, "Understanding your dataset"). Before,
 * the import read neither: a half-answered survey counted in satisfaction like a finished one, unnamed.
 */
import { describe, expect, it } from 'vitest';
import { previewText } from './helpers';

const qualtrics = (rows: readonly (readonly [progress: string, finished: string, rating: string])[]): string =>
  [
    'StartDate,EndDate,Status,Progress,Finished,RecordedDate,ResponseId,RecipientEmail,DistributionChannel,Q1',
    'Start Date,End Date,Response Type,Progress,Finished,Recorded Date,Response ID,Recipient Email,Distribution Channel,How satisfied are you with the assistant? (1 to 5)',
    '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""QID1""}"',
    ...rows.map(
      ([progress, finished, rating], i) =>
        `2026-03-0${i + 2} 09:10:02,2026-03-0${i + 2} 09:15:32,0,${progress},${finished},2026-03-0${i + 2} 09:15:33,R_${i},p${i}@example.org,email,${rating}`,
    ),
  ].join('\n');

const unfinished = (csv: string): string[] =>
  previewText(csv, 'satisfaction')
    .plausibility.warnings.filter((w) => w.code === 'unfinished_responses')
    .map((w) => w.message);

describe('survey responses the respondent did not finish', () => {
  it.each<[string, string, readonly string[]]>([
    [
      'numeric download: Finished 0, Progress 40',
      qualtrics([
        ['40', '0', '1'],
        ['100', '1', '5'],
        ['100', '1', '4'],
        ['100', '1', '4'],
      ]),
      [
        '1 response of the file was not finished (“Finished” is false; line 4): the respondent left before the end, yet it would count in satisfaction like a ' +
          'finished one (mean rating 3.5 with it, 4.33 without). To leave it out, delete it from the file and choose it again.',
      ],
    ],
    [
      'labels download: Finished False',
      qualtrics([
        ['100', 'True', '5'],
        ['55', 'False', '2'],
        ['80', 'False', '1'],
        ['100', 'True', '4'],
      ]),
      [
        '2 responses of the file were not finished (“Finished” is false; lines 5, 6): the respondent left before the end, yet each would count in satisfaction like a ' +
          'finished one (mean rating 3 with them, 4.5 without). To leave them out, delete them from the file and choose it again.',
      ],
    ],
    [
      'only Progress says so',
      qualtrics([
        ['100', '', '5'],
        ['90', '', '1'],
      ]),
      [
        '1 response of the file was not finished (“Progress” is below 100; line 5): the respondent left before the end, yet it would count in satisfaction like a ' +
          'finished one (mean rating 3 with it, 5 without). To leave it out, delete it from the file and choose it again.',
      ],
    ],
    [
      'every response finished',
      qualtrics([
        ['100', '1', '5'],
        ['100', '1', '3'],
      ]),
      [],
    ],
  ])('%s', (_case, csv, warnings) => {
    expect(unfinished(csv)).toEqual(warnings);
  });

  it('a "progress" column of another kind of file is not read as a survey’s', () => {
    expect(previewText('email,date,rating\nana@x.com,2026-03-03,4\n', 'usage').plausibility.warnings.map((w) => w.code)).not.toContain('unfinished_responses');
  });
});

/**
 * Qualtrics' response download ("Understanding your dataset", qualtrics.com support: three header rows, a "Status"
 * column whose label row reads "Response Type", "Finished", "DistributionChannel"). Responses given through the survey
 * preview are exported beside the real ones, marked "Survey Preview" in Status (a Qualtrics XM Community thread, "On
 * survey data export, a large number of responses are labelled as Survey Preview") and "preview" in
 * DistributionChannel; the numeric download writes the response type as a code (0 a normal response, 1 a preview).
 * Before, the author's try-out answer (a 1, "testing") counted as a respondent's: mean rating 3.2 instead of 3.75.
 */
import { describe, expect, it } from 'vitest';
import { previewText } from './helpers';

const qualtrics = (status: readonly string[], channel: readonly string[]): string =>
  [
    'StartDate,EndDate,Status,Progress,Finished,RecordedDate,ResponseId,RecipientEmail,DistributionChannel,Q1,Q2',
    'Start Date,End Date,Response Type,Progress,Finished,Recorded Date,Response ID,Recipient Email,Distribution Channel,How satisfied are you with the assistant? (1 to 5),Anything else?',
    '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}","{""ImportId"":""status""}","{""ImportId"":""progress""}","{""ImportId"":""finished""}","{""ImportId"":""recordedDate""}","{""ImportId"":""_recordId""}","{""ImportId"":""recipientEmail""}","{""ImportId"":""distributionChannel""}","{""ImportId"":""QID1""}","{""ImportId"":""QID2_TEXT""}"',
    `2026-03-02 16:00:00,2026-03-02 16:01:00,${status[0]},100,1,2026-03-02 16:01:01,R_0z,survey.author@example.org,${channel[0]},1,testing`,
    `2026-03-03 09:10:02,2026-03-03 09:15:32,${status[1]},100,1,2026-03-03 09:15:33,R_1a,anna@example.org,${channel[1]},5,`,
    `2026-03-04 13:00:00,2026-03-04 13:02:10,${status[1]},100,1,2026-03-04 13:02:11,R_2b,ben@example.org,${channel[1]},4,Fine`,
    `2026-03-10 08:55:00,2026-03-10 08:58:00,${status[1]},100,1,2026-03-10 08:58:01,R_3c,carl@example.org,${channel[1]},2,Wrong answers`,
    `2026-03-11 17:40:00,2026-03-11 17:41:30,${status[1]},100,1,2026-03-11 17:41:31,R_4d,dora@example.org,${channel[1]},4,`,
  ].join('\n');

const tryOuts = (csv: string): string[] =>
  previewText(csv, 'satisfaction')
    .plausibility.warnings.filter((w) => w.code === 'try_out_responses')
    .map((w) => w.message);

describe('survey responses given while trying the survey out', () => {
  it.each<[string, string, readonly string[]]>([
    [
      'numeric download: Status 1',
      qualtrics(['1', '0'], ['preview', 'email']),
      [
        '1 response of the file is “1” (Survey Preview) in “Status” (line 4): given while trying the survey out, not by a respondent, yet it would count in ' +
          'satisfaction (mean rating 3.2 with it, 3.75 without). Delete it from the file and choose it again.',
      ],
    ],
    [
      'labels download: "Survey Preview"',
      qualtrics(['Survey Preview', 'IP Address'], ['preview', 'email']),
      [
        '1 response of the file is “Survey Preview” in “Status” (line 4): given while trying the survey out, not by a respondent, yet it would count in ' +
          'satisfaction (mean rating 3.2 with it, 3.75 without). Delete it from the file and choose it again.',
      ],
    ],
    ['only the channel says so', qualtrics(['IP Address', 'IP Address'], ['preview', 'anonymous']), [
      '1 response of the file is “preview” in “DistributionChannel” (line 4): given while trying the survey out, not by a respondent, yet it would count in ' +
        'satisfaction (mean rating 3.2 with it, 3.75 without). Delete it from the file and choose it again.',
    ]],
    ['every response a respondent\'s', qualtrics(['0', '0'], ['email', 'email']), []],
  ])('%s', (_case, csv, warnings) => {
    expect(tryOuts(csv)).toEqual(warnings);
  });

  it('a status code in a file without Qualtrics\' "Response Type" row is not read as one', () => {
    const csv = 'email,date,rating,status\nana@x.com,2026-03-03,4,1\nben@x.com,2026-03-04,5,2\ncy@x.com,2026-03-05,3,1\n';
    expect(tryOuts(csv)).toEqual([]);
  });
});

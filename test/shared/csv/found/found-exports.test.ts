/**
 * Files found in public repositories, exported by the tools the app's users bring files from (survey tools,
 * ServiceNow, Jira, an LLM test log; test/fixtures/found/README.md). Each is run the wizard's way
 * (found-harness.ts) and checked against counts made by hand. The first blocks are defects found by the
 * probe; the last records what the app already gets right on these files.
 */
import { describe, expect, it } from 'vitest';
import { columnLabels } from '../../../../renderer/screens/data/column-labels';
import { previewCsv } from '../../../../shared/csv/preview';
import { firstLook, firstLookWorkbook, importFound, importWorkbook, registerFrom, workbookCsv } from './found-harness';

describe('a file from another tool is not suggested as a kind its columns only seem to fit', () => {
  it.each([
    // A Jira ticket list: "comments_count" (comments per ticket) was read as uses of the tool, the kind suggested, the import ready.
    ['jira-api-tickets.csv'],
    // A one-response Qualtrics export: its question-text and ImportId rows read as data made "ExternalReference" and
    // "ResponseId" look like expected and actual answers: suggested as Test results.
    ['qualtrics-qualtRics-sample.csv'],
  ])('%s: the kind is asked', (name) => {
    const preview = firstLook(name);
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(preview.kindChosen).toBe(false);
  });

  it('a count of something else ("comments_count") is not proposed as the number of uses', () => {
    expect(firstLook('jira-api-tickets.csv', { kind: 'usage' }).mapping.fields['uses']).toBeNull();
  });

  it.each(['prompt_count', 'Message count', 'sessions_count', 'Count'])('a count of uses ("%s") still is', (header) => {
    const bytes = new TextEncoder().encode(`user,date,${header}\nana,2026-03-02,4\nben,2026-03-02,7\ncy,2026-03-03,2\n`);
    const preview = previewCsv(bytes, { kind: 'usage', totalBytes: bytes.length, today: '2026-12-31' });
    expect(preview.ok && preview.value.mapping.fields['uses']).toBe(header);
  });
});

describe("survey exports' extra header rows are skipped, not read as data", () => {
  it.each([
    // Qualtrics "download data table": ids, question text (here in German), {"ImportId":…}; one response.
    ['qualtrics-qualtRics-sample.csv', 2, 1],
    // Qualtrics Insights export: the ImportId row written with single quotes; 15 responses.
    ['qualtrics-insights-no-basis.csv', 2, 15],
    // Qualtrics legacy export: V1…V10 ids over the labels (which repeat "LocationLatitude"…), a trailing comma; one response.
    ['qualtrics-legacy-sample.csv', 1, 1],
  ])('%s: a header and %i more header rows, %i response(s)', (name, extra, responses) => {
    const preview = firstLook(name, { kind: 'satisfaction' });
    expect(preview.settings.hasHeader).toBe(true);
    expect(preview.settings.extraHeaderRows).toBe(extra);
    expect(preview.sampledRows).toBe(responses);
  });
});

describe('columns named only in a second header row are shown with that name', () => {
  // SurveyMonkey leaves the header empty over a question's further answers and names them in its second row:
  // the column list offered "Column 5" … "Column 29" (ranks of six films, opinions of fourteen characters).
  it.each([
    ['surveymonkey-fivethirtyeight-star-wars.csv', 10, /Attack of the Clones/],
    ['surveymonkey-fivethirtyeight-star-wars.csv', 16, /Luke Skywalker/],
    ['qualtrics-insights-no-basis.csv', 11, /Indicate how you feel about squash/],
  ])('%s: column %i is offered as %s', (name, column, label) => {
    expect(columnLabels(firstLook(name))[column]).toMatch(label);
  });

  it('a survey instruction ("Please rank the films… 1 being your favorite") is never the week number', () => {
    // Before: its answers 1–6 were guessed to be week numbers, which would file each answer in the week of its rank.
    expect(firstLook('surveymonkey-fivethirtyeight-star-wars.csv', { kind: 'satisfaction' }).mapping.fields['week']).toBeNull();
  });

  it('a guess left in place stays marked as a guess once the user picks another column', () => {
    // Jira's "key" (SD-183…) is only guessed to be the incident id. Before: once the user chose another column,
    // every reason disappeared and the guess read as settled (no "A guess, please check").
    const proposed = firstLook('jira-api-tickets.csv', { kind: 'incidents' });
    expect(proposed.mappingEvidence.find((e) => e.field === 'incidentId')).toMatchObject({ strength: 'weak', header: 'key' });
    const mapping = { ...proposed.mapping, fields: { ...proposed.mapping.fields, description: 'labels' } };
    const edited = firstLook('jira-api-tickets.csv', { kind: 'incidents', mapping });
    expect(edited.mappingEvidence.find((e) => e.field === 'incidentId')).toMatchObject({ strength: 'weak', header: 'key' });
    expect(edited.mappingEvidence.find((e) => e.field === 'description')).toBeUndefined();
  });

  it('a column with its own name is offered by that name alone', () => {
    expect(columnLabels(firstLook('surveymonkey-fivethirtyeight-star-wars.csv'))[0]).toBe('RespondentID');
  });
});

describe('comment lines above the table are not read as the header or as data', () => {
  it('a Google Analytics 4 "Reports snapshot" starts its table under 8 "# …" lines', () => {
    // Before: "# ----…" was the first record, no header was found ("Column 1", "Column 2") and the comment lines were rows.
    const preview = firstLook('ga4-reports-snapshot.csv');
    expect(preview.settings.skipTop).toBe(8);
    expect(preview.headers).toEqual(['Nth day', 'Active users']);
    expect(preview.rows[0]?.cells).toEqual(['0000', '0']);
  });
});

describe('columns that would give a confident wrong figure are not proposed', () => {
  it.each([
    // Every Qualtrics export carries LocationLatitude/LocationLongitude: proposed as the group, every figure was split by latitude.
    ['qualtrics-insights-no-basis.csv', 'satisfaction'],
    ['qualtrics-qualtRics-sample.csv', 'test_results'],
    ['qualtrics-qualtRics-sample.csv', 'satisfaction'],
  ] as const)('%s as %s: a coordinate column is never the group', (name, kind) => {
    const group = firstLook(name, { kind }).mapping.fields['group'] ?? null;
    expect(group === null || !/latitude|longitude/i.test(group)).toBe(true);
  });

  it('a tick-box column (1 or empty on every row) is never proposed as the 1–5 rating', () => {
    // "Check all statements you agree with - No basis for evaluation" (Q2_-1): proposed as the rating, 10 rows of "1",
    // satisfaction 1.0 of 5. The file's only 1–5-looking columns are tick boxes, so the rating must be asked.
    expect(firstLook('qualtrics-insights-no-basis.csv', { kind: 'satisfaction' }).mapping.fields['rating']).toBeNull();
  });
});

describe('a survey question is not proposed as the user or the group for a word inside it', () => {
  // Typeform (.xlsx): "As a member of Founderland, how has your experience been?" was the User ID: every distinct
  // answer ("Good", "Excellent"…) counted as one user. Its answers repeat, as no respondent's id does.
  it.each(['usage', 'satisfaction'] as const)('typeform-founderland.xlsx as %s: the user is not the "As a member…" question', async (kind) => {
    const preview = await firstLookWorkbook('typeform-founderland.xlsx', { kind });
    expect(preview.mapping.fields['userId']).not.toBe('As a member of Founderland, how has your experience been?');
  });

  it.each([
    // "…a person belonging to a different linguistic group?" (Google Forms, downloaded from Sheets as .xlsx)
    ['google-forms-sheets-language-survey.xlsx', 'satisfaction'],
    // "…or you think they perform the same function, please indicate so…" (Typeform)
    ['typeform-founderland.xlsx', 'satisfaction'],
    ['typeform-founderland.xlsx', 'usage'],
  ] as const)('%s as %s: no question is the group', async (name, kind) => {
    const preview = await firstLookWorkbook(name, { kind });
    const group = preview.mapping.fields['group'] ?? null;
    expect(group === null || !group.includes('?')).toBe(true);
  });
});

describe('a question that asks for the group is still proposed as the group', () => {
  it.each(['Which team are you on?', 'What is your department?', 'Team'])('"%s"', (header) => {
    const bytes = new TextEncoder().encode(`user,date,rating,${header}\nana,2026-03-02,4,Claims\nben,2026-03-02,5,Sales\ncy,2026-03-03,3,Claims\n`);
    const preview = previewCsv(bytes, { kind: 'satisfaction', totalBytes: bytes.length, today: '2026-12-31' });
    expect(preview.ok && preview.value.mapping.fields['group']).toBe(header);
  });
});

describe('an incident log with one row per update counts each incident once, at its worst', () => {
  // ServiceNow's incident event log (UCI "Incident management process enriched event log"): 300 rows, 49 incidents;
  // INC0000062 and INC0000104 were raised from "3 - Moderate" to "2 - High" in later rows (counted by hand).
  const merged = () => registerFrom('servicenow-incident-event-log-head300.csv', { kind: 'incidents', fields: { description: 'category' } });

  it('an incident escalated later in the file counts at its highest severity', () => {
    const { incidents } = merged();
    expect(incidents.find((i) => i.id === 'ext:INC0000062')?.severity).toBe('high');
    expect(incidents.filter((i) => i.severity === 'high').map((i) => i.id).sort()).toEqual(['ext:INC0000062', 'ext:INC0000104']);
  });

  it('the row that raised the severity says so', () => {
    const { rows } = merged();
    expect(rows.find((r) => r.line === 27)?.reason).toMatch(/high/);
  });
});

describe('tick and cross marks read as yes and no', () => {
  it('an LLM test log whose Pass/Fail column holds ✅ is suggested as test results; the case id is asked', () => {
    const preview = firstLook('llm-test-results-emoji.csv');
    expect(preview.kindSuggestion.kind).toBe('test_results');
    expect(preview.mapping.fields['correct']).toBe('Pass/Fail');
    expect(preview.mappingProblems).toEqual(['Choose the column for: Case ID.']);
  });

  it('an LLM test log whose Pass/Fail column holds ✅ imports every case as passed', () => {
    const { summary } = importFound('llm-test-results-emoji.csv', { kind: 'test_results', fields: { caseId: 'Prompt' } });
    expect([summary.accepted, summary.rejected]).toEqual([10, 0]);
  });
});

describe('what the app already gets right on these files', () => {
  it.each([
    // records = data rows counted by Python's csv module (quoted line breaks inside cells included)
    ['google-forms-ecobank.csv', 'usage', 1005, {}],
    // Two questions answered 1–5: the user chooses the rating.
    ['google-forms-apps-script-party.csv', 'satisfaction', 156, { userId: 'UID', rating: 'If yes, how well do you know them?' }],
    ['llm-test-results-emoji.csv', 'test_results', 10, { caseId: 'Prompt' }],
    ['servicenow-incident-event-log-head300.csv', 'incidents', 300, { description: 'category' }],
    // SurveyMonkey: two header rows ("Response" under the questions); 1,186 and 550 respondents. Any kind counts
    // the rows; a yes/no question stands in for a measurement.
    ['surveymonkey-fivethirtyeight-star-wars.csv', 'test_results', 1186, { caseId: 'RespondentID', correct: 'Have you seen any of the 6 films in the Star Wars franchise?' }],
    ['surveymonkey-fivethirtyeight-steak.csv', 'test_results', 550, { caseId: 'RespondentID', correct: 'Do you ever smoke cigarettes?' }],
  ] as const)('%s: every data row is counted (%s, %i)', (name, kind, records, fields) => {
    const { summary } = importFound(name, { kind, fields });
    expect(summary.records).toBe(records);
    expect(summary.accepted + summary.rejected).toBe(records);
  });

  it('a SurveyMonkey export not in UTF-8 (bytes 0x8C 0xE6 in a question) is read as Windows-1252, its second header row skipped', () => {
    const preview = firstLook('surveymonkey-fivethirtyeight-star-wars.csv');
    expect([preview.detection.encoding, preview.settings.extraHeaderRows]).toEqual(['windows-1252', 1]);
  });

  it('a Google Sheets download (.xlsx) of a form: its one sheet is read, the Timestamp serials as date and time', async () => {
    const { answer, bytes } = await workbookCsv('google-forms-sheets-language-survey.xlsx');
    expect(answer.ok && answer.sheet).toBe('Form Responses 1');
    expect(new TextDecoder().decode(bytes!).split('\n')[1]).toMatch(/^2023-10-10T23:58:39,/);
  });

  it.each([
    // rows of the sheet below its header, counted in the sheet's XML
    ['google-forms-sheets-language-survey.xlsx', 50, { caseId: 'Name', correct: 'Do you consider yourself financially literate?' }],
    ['typeform-founderland.xlsx', 43, { caseId: '#', expected: 'How did you first hear about Founderland?', actual: 'Which program do you prefer to access or participate in?' }],
  ] as const)('%s: every row of the sheet is counted (%i)', async (name, records, fields) => {
    const summary = await importWorkbook(name, { kind: 'test_results', fields });
    expect(summary.records).toBe(records);
    expect(summary.accepted + summary.rejected).toBe(records);
  });

  it('Google Forms timestamps 7/16/2024 make the date order month first, without asking', () => {
    const preview = firstLook('google-forms-ecobank.csv', { kind: 'usage' });
    expect(preview.settings.dateFormat).toBe('mdy');
    expect(preview.questions).toEqual([]);
  });

  it.each(['google-forms-sheets-language-survey.xlsx', 'typeform-founderland.xlsx'])('%s: the kind is asked', async (name) => {
    expect((await firstLookWorkbook(name)).kindSuggestion.kind).toBeNull();
  });

  it('ServiceNow dates 29-02-2016 are read day first without asking (29 cannot be a month)', () => {
    const preview = firstLook('servicenow-incident-event-log-head300.csv', { kind: 'incidents' });
    expect(preview.settings.dateFormat).toBe('dmy');
    expect(preview.questions).toEqual([]);
  });

  it('a Google Forms yes/no question about a bank "account" is not proposed as the number of uses', () => {
    // Before: "count" matched inside "account"; "Do you have a bank account" (Yes/No) was proposed and every row rejected.
    expect(firstLook('google-forms-ecobank.csv', { kind: 'usage' }).mapping.fields['uses']).toBeNull();
  });

  it('Apps Script timestamps ("Mon Sep 08 2025 13:58:23 GMT-0500 (Central Daylight Time)") read as their day; empty ones are rejected with the reason', () => {
    const { confirmed, summary } = importFound('google-forms-apps-script-party.csv', {
      kind: 'satisfaction',
      fields: { userId: 'UID', rating: 'If yes, how well do you know them?' },
    });
    expect((confirmed.rows[0]?.row as { date?: string } | null)?.date).toBe('2025-09-08');
    // 64 rows are guests who never sent the form (a screen name and UID, nothing else), 9 more left the question
    // unanswered (counted by hand): all 73 are rejected as not answered (the 64 read "Date is empty" before); 156 - 73 = 83.
    expect(summary.rejections.map((r) => [r.code, r.count])).toEqual([['not_answered', 73]]);
    expect(summary.accepted).toBe(83);
  });

  it.each(['google-forms-ecobank.csv', 'survey-corp-participate.csv', 'google-forms-apps-script-party.csv'])(
    '%s: the kind is asked, with the reason',
    (name) => {
      const preview = firstLook(name);
      expect(preview.kindSuggestion.kind).toBeNull();
      expect(preview.kindSuggestion.explanation).toMatch(/Choose the kind/);
    },
  );
});

describe('a Google Form whose 1–5 questions give words to their end points ("5 - It\'s extremely important")', () => {
  const file = 'google-forms-gecko-sustainability.csv';

  it('is not suggested as an incident register (before: a question read as severities 1–4); the kind is asked', () => {
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(preview.kindSuggestion.scores.find((s) => s.kind === 'incidents')?.distinctive).toEqual([]);
  });

  it('as satisfaction, both questions are answers 1–5 and the user chooses which one is the rating', () => {
    const preview = firstLook(file, { kind: 'satisfaction' });
    expect(preview.mapping.fields['rating']).toBeNull();
    const why = new Map(preview.unusedColumns.map((c) => [c.header, c.reason]));
    for (const question of ['How important is it for your employer to take sustainable efforts/initiatives seriously?', 'How well do you think Gecko addresses sustainability?']) {
      expect(why.get(question)).toMatch(/^a question answered 1–5, not chosen as the rating/);
    }
  });
});

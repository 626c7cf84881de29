/**
 * Found files of round 7 (test/fixtures/found/README.md): load-test tools' exports (Locust, JMeter, k6). Run the
 * wizard's way (found-harness.ts); the counts were made by hand or with Python's csv module.
 */
import { describe, expect, it } from 'vitest';
import { firstLook, importFound } from './found-harness';

describe('a Locust "_stats.csv": one row per endpoint, then the "Aggregated" row, rates per second beside the counts', () => {
  const file = 'locust-stats-aggregated.csv';

  it('"Failure Count" is the errors, not "Failures/s" (a rate); no column is taken for the date', () => {
    // Before: errors read from "Failures/s", and "Average Content Size" (76266.6 bytes) was proposed as the date,
    // read as an Excel serial: Oct 21, 2108.
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields).toMatchObject({ requests: 'Request Count', errors: 'Failure Count', latency: 'Average Response Time', date: null });
    expect(preview.mappingProblems).toEqual(['Choose the column for: Date or week number.']);
    expect(preview.unusedColumns.find((c) => c.header === 'Failures/s')?.reason).toMatch(/^a rate, not a count/);
  });

  it('"Median Response Time" is never proposed as the date, however it ends in "time"', () => {
    expect(Object.values(firstLook(file, { kind: 'operations' }).mapping.fields)).not.toContain('Median Response Time');
  });

  it('the "Aggregated" row is skipped as a totals row: 11,779 requests once, not twice', () => {
    // Before: the totals row was read as a second endpoint with 11,779 more requests.
    const rows = firstLook(file, { kind: 'operations' }).rows;
    expect(rows.map((r) => [r.line, r.skipped === null])).toEqual([[2, true], [3, false]]);
  });
});

describe('a satisfaction survey saved in Korean (EUC-KR): "id,나이,쇼핑몰,만족도" (id, age, shop, satisfaction)', () => {
  const file = 'csat-korean-euc-kr.csv';

  it('says it cannot tell what the text says, instead of reading it as Windows-1252 without a word', () => {
    // Before: read as Windows-1252 with no warning; the headers shown as "³ªÀÌ", "¼îÇÎ¸ô", "¸¸Á·µµ".
    const preview = firstLook(file);
    expect(preview.detection.encoding).toBe('windows-1252');
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['text_unreadable']);
  });

  it('the German Google Forms file in Windows-1252 is not warned about', () => {
    expect(firstLook('google-forms-de-windows-1252.csv').plausibility.warnings).toEqual([]);
  });
});

describe('an SLA report of incidents with no dates: "resolution_time" in minutes beside "sla_threshold"', () => {
  const file = 'incidents-sla-no-dates.csv';

  it('asks for the opened time instead of proposing "resolution_time" (130) and rejecting every incident over it', () => {
    // Before: "resolution_time" was proposed as Opened, and the import was refused: every row "Opened “130” is not a date and time".
    const preview = firstLook(file, { kind: 'incidents' });
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'id', severity: 'priority', description: 'title', date: null });
    expect(preview.mappingProblems).toEqual(['Choose the column for: Opened.']);
  });
});

describe('a JMeter results file (.jtl, CSV): one row per request, "success" true/false, "responseCode" 200/302/500', () => {
  const file = 'jmeter-results-guru99.jtl';

  it('is not suggested as test results: its successes are requests served, not correct answers', () => {
    // Before: suggested as Test results, "label" read as the expected answer and "responseCode" as the answer.
    const { kindSuggestion } = firstLook(file);
    expect(kindSuggestion.kind).toBeNull();
    expect(kindSuggestion.reason).toBe(
      'This may be Test results, but “responseCode” holds HTTP status codes (200, 302 and 500…): it is a request log (a load test or a server), whose successes are requests served, not correct answers.',
    );
  });

  it('as operations, with "elapsed" in milliseconds: 19 requests on May 10, 2025, the "null" latencies left out', () => {
    const { summary } = importFound(file, { kind: 'operations', fields: { latency: 'elapsed' }, settings: { latencyUnit: 'milliseconds' } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([19, 19, 0]);
    expect(summary.dateRange).toEqual({ first: '2025-05-10', last: '2025-05-10' });
  });
});

describe('a happiness survey in Spanish: "Codigo Postal" 34200, 0–10 answers, "si"/"no" questions ("Me gustaría ser más yo…")', () => {
  const file = 'encuesta-felicidad-0-10.csv';

  it('is not suggested as operations: postal codes are no dates, a question "Me gustaría…" is no thumbs up', () => {
    // Before: suggested as Operations, "Codigo Postal" read as Excel dates (34200 = Aug 18, 1993) and the "si"/"no"
    // answers to "Me gustaría ser más yo…" as thumbs up.
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBeNull();
    const operations = firstLook(file, { kind: 'operations' }).mapping.fields;
    expect([operations['date'], operations['thumbsUp']]).toEqual([null, null]);
  });
});

describe('an LLM test report comparing two prompt versions side by side: Score_V1, Score_V2, Status_V1, Status_V2', () => {
  const file = 'llm-prompt-versions-test-report.csv';

  it('says that only the first version would count, before importing', () => {
    // Before: "Status_V1" was proposed as Correct and "Status_V2" left over without a word: accuracy 5 of 6, V1's alone.
    const { confirmed, summary } = importFound(file, { kind: 'test_results' });
    expect(confirmed.mapping.fields['correct']).toBe('Status_V1');
    expect(confirmed.plausibility.warnings.map((w) => w.code)).toEqual(['several_runs']);
    expect(confirmed.plausibility.warnings[0]?.message).toMatch(/^“Status_V1” is one of 2 columns named “Status” \(“Status_V1”, “Status_V2”\)/);
    expect([summary.records, summary.accepted]).toEqual([6, 6]);
  });
});

describe('an LLM judge\'s scores 1–5 per question and prompt: groundedness, relevance, helpfulness', () => {
  it('"helpfulness" (a score) is never taken for thumbs up', () => {
    // Before: "helpfulness" was proposed as Thumbs up: 5 + 5 + 4… would have counted as that many thumbs up.
    const file = 'rag-judge-scores-1-5.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'operations' }).mapping.fields['thumbsUp']).toBeNull();
  });
});

describe('"ab_data.csv" that is a web page: the notebook editor\'s page saved instead of the file', () => {
  it('is refused as a web page, not read as a table headed "<!DOCTYPE HTML>"', () => {
    // Before: read as a table of 206 rows with one column "<!DOCTYPE HTML>", proposed as the group.
    expect(() => firstLook('ab-data-html-page-saved-as-csv.csv')).toThrow(/^This file is a web page \(HTML\), not a CSV file/);
  });
});

describe('a survey export with its header and no responses yet: "Participant_ID,Question,Video_Index,Choice"', () => {
  it('says at once that the file has no data rows, instead of asking for columns first', () => {
    // Before: the wizard asked for a kind and three columns; only the import then said there were no rows.
    const preview = firstLook('survey-responses-header-only.csv', { kind: 'satisfaction' });
    expect(preview.plausibility.blocked).toBe('The file has a header row but no data rows.');
    expect(firstLook('survey-responses-header-only.csv').plausibility.blocked).toBe('The file has a header row but no data rows.');
  });
});

describe('a transport satisfaction survey answered in words: "IncidentExperience" Yes/No, "OverallSatisfaction" Satisfied…', () => {
  it('a Yes/No column is never an incident id (two values name no incident)', () => {
    // Before: "IncidentExperience" (Yes/No) was proposed as the incident id, strongly: 500 answers, two incidents.
    const file = 'transport-satisfaction-words.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'incidents' }).mapping.fields['incidentId']).toBeNull();
  });
});

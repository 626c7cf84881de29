/**
 * Exports probed in round 5 (test/fixtures/exports/README.md, fourth table): log searches and APM spans, test
 * management tools, an NPS survey tool. Each fixture is shaped from the tool's documentation, run the wizard's way
 * (first look, the user's answers, import, metrics), and every figure is checked against values worked out by hand.
 * Each case names what the app did before.
 */
import { describe, expect, it } from 'vitest';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import { tenPointAnswers } from '../../../shared/csv/rating-scale';
import { errorsOfOutcome, isNotJudged, parseBoolean, verdictOf } from '../../../shared/csv/yes-no-words';
import { exportFixture, exportStages, importExport } from './export-harness';

function firstLook(name: string, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const bytes = exportFixture(name);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The preview with the user's own choice of columns (field id → header). */
function chosen(name: string, kind: CsvPreview['kind'], fields: Record<string, string | null>, settings = {}): CsvPreview {
  const start = firstLook(name, { kind, settings });
  return firstLook(name, { kind, settings, mapping: { ...start.mapping, fields: { ...start.mapping.fields, ...fields } } });
}

describe('Delighted NPS responses (score 0–10)', () => {
  const file = 'delighted-nps-responses.csv';

  it('as Satisfaction, "score" is not proposed as the 1–5 rating; chosen by hand, the import is refused with why', () => {
    // Before: "score" was the rating: 4 of 6 answers rejected ("Rating 9 is outside 1–5") and the mean taken from the
    // answers 3 and 2 alone, 2.5 "of 5", behind a warning the user could confirm.
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'satisfaction' }).mapping.fields['rating']).toBeNull();
    const forced = chosen(file, 'satisfaction', { rating: 'score' });
    expect(forced.plausibility.blocked).toBe(
      '“score” holds answers from 2 to 10 (9, 3, 10 …): a 0–10 scale, as a Net Promoter question asks, is not a 1–5 rating. Read as one, ' +
        'its 4 answers above 5 would be rejected and the mean taken from the low answers alone. Import a 1–5 question, or record the figure ' +
        '(such as the Net Promoter Score) by hand.',
    );
  });

  it.each<[string, readonly string[], boolean]>([
    ['an NPS sample', ['9', '3', '10', '6', '8', '2'], true],
    ['SurveyMonkey\'s NPS, end points labelled', ['9', '10 - Extremely likely', '7', '0 - Not at all likely', '8'], true],
    ['a 1–5 survey', ['4', '5', '3', '5', '1'], false],
    ['a 1–5 survey with one typo', ['4', '5', '9', '5', '1'], false],
    ['a test file of 0 and 9 only', ['0', '9', '0', '9'], false],
    ['a percentage', ['45', '80', '9', '7'], false],
  ])('%s reads as a 0–10 scale: %s', (_case, values, expected) => {
    expect(tenPointAnswers(values) !== null).toBe(expected);
  });
});

describe('TestRail run export (Status Passed / Failed / Blocked / Retest / Untested, Elapsed "1m 30s")', () => {
  const file = 'testrail-run-tests.csv';

  it('the case is "ID", not the tester; "Elapsed" (the tester\'s time, "1m 30s") is not the latency', () => {
    // Before: Test results suggested with "Tested By" as the case id (each tester one case), and "Elapsed" the latency, asked
    // "1m 30s seconds or milliseconds?". The case id left is only "ID" (a guess): the kind is asked.
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const preview = firstLook(file, { kind: 'test_results' });
    expect(preview.mapping.fields).toMatchObject({ caseId: 'ID', correct: 'Status', latency: null });
    expect(preview.questions).toEqual([]);
  });

  it('accuracy 2 of 3: Blocked, Retest and Untested have no verdict, and no row is rejected', () => {
    // Before: "Retest" was rejected ("Correct “Retest” is not yes or no").
    const { summary, metrics } = importExport(file, { kind: 'test_results' });
    expect([summary.accepted, summary.rejected]).toEqual([6, 0]);
    const tests = metrics.tests!.overall;
    // Passed: T1001, T1003. Failed: T1002.
    expect([tests.accuracy.successes, tests.accuracy.trials]).toEqual([2, 3]);
  });
});

describe('Jira Xray test executions (Status PASS / FAIL / TODO / EXECUTING / ABORTED)', () => {
  it('chosen as Test results with "Issue key" as the case: accuracy 2 of 3, the unfinished runs have no verdict', () => {
    // Before: "Status" was not proposed (TODO, EXECUTING, ABORTED were no verdicts), and chosen, those rows were rejected.
    const file = 'xray-test-executions.csv';
    expect(firstLook(file, { kind: 'test_results' }).mapping.fields['correct']).toBe('Status');
    const { summary, metrics } = importExport(file, { kind: 'test_results', fields: { caseId: 'Issue key' } });
    expect([summary.accepted, summary.rejected]).toEqual([6, 0]);
    expect([metrics.tests!.overall.accuracy.successes, metrics.tests!.overall.accuracy.trials]).toEqual([2, 3]);
  });
});

describe('pytest-csv results (status passed / failed / skipped / error / xfailed, duration in seconds)', () => {
  it('an expected failure (xfailed) is a failure: accuracy 2 of 4; skipped and error have no verdict', () => {
    // Before: "xfailed" was rejected ("Correct “xfailed” is not yes or no"), and accuracy read 2 of 3.
    const file = 'pytest-csv-results.csv';
    const { summary, metrics } = importExport(file, { kind: 'test_results', settings: { latencyUnit: 'seconds' } });
    expect([summary.accepted, summary.rejected]).toEqual([6, 0]);
    const tests = metrics.tests!.overall;
    expect([tests.accuracy.successes, tests.accuracy.trials]).toEqual([2, 4]);
  });

  it.each<[string, boolean | null, boolean]>([
    ['xfailed', false, false],
    ['XPASSED', true, false],
    // Jenkins' JUnit report: FIXED passes now, REGRESSION fails now.
    ['FIXED', true, false],
    ['REGRESSION', false, false],
    ['Retest', null, true],
    ['TODO', null, true],
    ['ABORTED', null, true],
    ['EXECUTING', null, true],
  ])('the verdict %s reads as %s (no verdict: %s)', (cell, verdict, notJudged) => {
    expect([parseBoolean(verdictOf(cell)), isNotJudged(cell)]).toEqual([verdict, notJudged]);
  });
});

describe('Log searches: a count of events per time bucket is the requests', () => {
  it('Splunk timechart ("_time" with +01:00, "count", "errors", "avg(response_time)"): error rate 7 of 521', () => {
    // Before: "count" was not read, each hour counted as one request, and the hours with errors were rejected
    // ("2 errors but only 1 request on this row"): error rate 0 of 1.
    const file = 'splunk-requests-by-hour.csv';
    const preview = firstLook(file);
    expect(preview.mapping.fields).toMatchObject({ requests: 'count', errors: 'errors', latency: 'avg(response_time)' });
    const { summary, metrics } = importExport(file, { settings: { latencyUnit: 'seconds' } });
    expect([summary.accepted, summary.rejected]).toEqual([4, 0]);
    const ops = metrics.stages[0]!.total.operations!;
    // 120 + 140 + 133 + 128 requests; 2 + 1 + 4 + 0 errors.
    expect([ops.requests, ops.errorRate.successes, ops.errorRate.trials]).toEqual([521, 7, 521]);
  });

  it.each<[string, string]>([
    ['cloudwatch-insights-lambda.csv', 'count(*)'],
    ['newrelic-nrql-timeseries.csv', 'Count'],
  ])('%s: chosen as Operations, "%s" is proposed as the requests', (file, header) => {
    // Before: not proposed. A bare "count" is only a guess (an alert's count is how often it repeated): the kind is asked.
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'operations' }).mapping.fields['requests']).toBe(header);
  });

  it.each<[string, string, string | null]>([
    ['a count of events', 'time,count,errors\n2026-03-02T09:00:00Z,120,2\n2026-03-02T10:00:00Z,140,1', 'count'],
    ['an error count is no count of requests', 'time,error_count,escalation_count\n2026-03-02T09:00:00Z,2,1\n2026-03-02T10:00:00Z,1,0', null],
  ])('%s', (_case, csv, requests) => {
    const bytes = new TextEncoder().encode(`${csv}\n`);
    const result = previewCsv(bytes, { kind: 'operations', today: '2026-12-31', totalBytes: bytes.length });
    expect(result.ok && result.value.mapping.fields['requests']).toBe(requests);
  });
});

describe('Datadog APM spans (@duration in nanoseconds, status ok / error)', () => {
  const file = 'datadog-apm-spans.csv';

  it('"@duration" is not proposed as the latency; chosen by hand, the import is refused with why', () => {
    // Before: proposed, and the unit asked between seconds and milliseconds: 1908000000 "milliseconds" is 22 days.
    expect(firstLook(file, { kind: 'operations' }).mapping.fields['latency']).toBeNull();
    const forced = chosen(file, 'operations', { latency: '@duration' }, { latencyUnit: 'milliseconds' });
    expect(forced.plausibility.blocked).toMatch(/^“@duration” would give latencies of 722\.2 hours in the middle, which no request takes: its numbers are probably in nanoseconds/);
  });

  it('"status" chosen as the errors: ok is no error, error is one (1 of 4)', () => {
    // Before: "ok" read as a yes, one error per successful span, and the one "error" row rejected: error rate 3 of 3.
    const { summary, metrics } = importExport(file, { kind: 'operations', fields: { errors: 'status' } });
    expect([summary.accepted, summary.rejected]).toEqual([4, 0]);
    const ops = metrics.stages[0]!.total.operations!;
    expect([ops.errorRate.successes, ops.errorRate.trials]).toEqual([1, 4]);
  });

  it.each<[string, number | null]>([
    ['ok', 0],
    ['Success', 0],
    ['error', 1],
    ['FAILED', 1],
    ['yes', null],
    ['3', null],
  ])('an errors cell %s states %s errors', (cell, errors) => {
    expect(errorsOfOutcome(cell)).toBe(errors);
  });
});

describe('Helicone requests export (@helicone/export --format csv: latency in ms, cost in USD, response_status)', () => {
  const file = 'helicone-requests.csv';

  it('right before: suggested as Operations, the latency unit asked (milliseconds first); latency and cost read', () => {
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('operations');
    expect(preview.mapping.fields).toMatchObject({ date: 'response_created_at', latency: 'latency', cost: 'cost', errors: null });
    expect(preview.questions.map((q) => [q.setting, q.candidates])).toEqual([['latencyUnit', ['milliseconds', 'seconds']]]);
    const ops = importExport(file, { settings: { latencyUnit: 'milliseconds' } }).metrics.stages[0]!.total.operations!;
    // (1908 + 1220 + 30003 + 2600 + 210) ms ÷ 5; 0.000220 + 0.000155 + 0.000154 + 0.000262 + 0 dollars; no errors column.
    expect(ops.meanLatencySeconds).toBeCloseTo(7.1882, 9);
    expect(ops.cost).toBeCloseTo(0.000791, 12);
    expect(ops.errorRate.trials).toBe(0);
  });

  it('"response_status" chosen as the errors: refused, saying it holds HTTP status codes', () => {
    // Before: "200 errors but only 1 request on this row", with no word of why.
    const forced = chosen(file, 'operations', { errors: 'response_status' }, { latencyUnit: 'milliseconds' });
    expect(forced.plausibility.blocked).toContain('200 looks like an HTTP status code, not a number of errors (the row is one request)');
  });
});

describe('Surveys with a Net Promoter question (0–10)', () => {
  it('Qualtrics: the NPS question (0–10) and its NPS_GROUP (1 detractor, 2 passive, 3 promoter) are never the rating', () => {
    // Right before: neither is proposed; the rating is asked.
    const preview = firstLook('qualtrics-nps.csv', { kind: 'satisfaction' });
    expect(preview.mapping.fields).toMatchObject({ userId: 'RecipientEmail', rating: null });
    expect(chosen('qualtrics-nps.csv', 'satisfaction', { rating: 'Q1' }).plausibility.blocked).toMatch(/^“Q1” holds answers from 4 to 10/);
  });

  it('Salesforce survey responses (one row per answer): the NPS answers refuse the import, and the questions are named', () => {
    // Before: "NumberValue" chosen as the rating read 5 of 8 answers (the NPS 9, 10 and 7 rejected), mean 3.6 "of 5"
    // over two questions, with only a warning that 3 rows would be rejected.
    const forced = chosen('salesforce-survey-responses.csv', 'satisfaction', { userId: 'SubmitterId', rating: 'NumberValue' });
    expect(forced.plausibility.blocked).toMatch(/^“NumberValue” holds answers from 2 to 10/);
    expect(forced.plausibility.warnings.map((w) => w.code)).toEqual(['several_questions']);
  });

  it('Medallia XM (likelihood to recommend 0–10 beside overall satisfaction 1–5): right before, the 1–5 question is the rating', () => {
    const { confirmed, metrics } = importExport('medallia-xm-ltr-osat.csv');
    expect(confirmed.kind).toBe('satisfaction');
    expect(confirmed.mapping.fields['rating']).toBe('Overall Satisfaction');
    // Week 1: 5, 2, 5, 3; week 2: 4.
    expect(metrics.stages[0]!.weeks.map((w) => [w.satisfaction?.ratings, w.satisfaction?.meanRating])).toEqual([
      [4, 3.75],
      [1, 4],
    ]);
  });

  it.each<[string, string, readonly string[]]>([
    [
      'two 1–5 questions in one column',
      'user,date,question,rating\na,2026-03-02,Satisfied?,4\na,2026-03-02,Easy?,2\nb,2026-03-03,Satisfied?,5\nb,2026-03-03,Easy?,1',
      ['several_questions'],
    ],
    ['one question', 'user,date,question,rating\na,2026-03-02,Satisfied?,4\nb,2026-03-03,Satisfied?,5\nc,2026-03-04,Satisfied?,3', []],
    ['a different question on every row (free text)', 'user,date,question,rating\na,2026-03-02,Why?,4\nb,2026-03-03,What?,5\nc,2026-03-04,How?,3', []],
  ])('%s', (_case, csv, codes) => {
    const bytes = new TextEncoder().encode(`${csv}\n`);
    const result = previewCsv(bytes, { kind: 'satisfaction', today: '2026-12-31', totalBytes: bytes.length });
    expect(result.ok && result.value.plausibility.warnings.map((w) => w.code)).toEqual(codes);
  });
});

describe('Opsgenie alerts pulled from its API (createdAt in Unix milliseconds, count, report.ackTime in ms, report.closedBy)', () => {
  const file = 'opsgenie-alerts-api.csv';

  it('not suggested as Operations for its "count" (how often an alert repeated)', () => {
    // A regression check of this round: a bare "count" became the requests of a log search.
    expect(firstLook(file).kindSuggestion.kind).not.toBe('operations');
  });

  it('as Incidents, an acknowledgement delay in ms is not the acknowledged time, nor who closed it the resolved time', () => {
    // Before: "report.ackTime" (420000) was the acknowledged time and "report.closedBy" (an e-mail) the resolved time,
    // and the 2 acknowledged alerts were rejected ("Not a date with a time of day"): 1 incident of 3 in the register.
    const preview = firstLook(file, { kind: 'incidents', settings: { severityScale: 'from_1' } });
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'id', severity: 'priority', date: 'createdAt', acknowledged: null, resolved: null });
    const { summary } = importExport(file, { kind: 'incidents', settings: { severityScale: 'from_1' }, fields: { description: 'message' } });
    expect([summary.accepted, summary.rejected]).toEqual([3, 0]);
    // 1772530812004 ms is 2026-03-03 09:40:12 UTC.
    expect(summary.dateRange).toEqual({ first: '2026-03-03', last: '2026-03-10' });
  });
});

describe('Viva Insights Copilot person query (one row per person and week, MetricDate the week\'s Sunday)', () => {
  const file = 'viva-copilot-person-query.csv';

  it('suggested as Usage with the active days as the uses; the weeks dated on Sundays are flagged against the Monday stage', () => {
    // Before: imported without a word: the week of 1 March fell before the stage (5 rows in no stage), and the week of
    // 8–14 March counted as the stage's week 1 (2–8 March).
    const preview = firstLook(file, { settings: { dateFormat: 'mdy' } });
    expect(preview.kindSuggestion.kind).toBe('usage');
    expect(preview.mapping.fields).toMatchObject({ userId: 'PersonId', date: 'MetricDate', uses: 'Total Copilot active days' });
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['weeks_misaligned']);
    expect(preview.plausibility.warnings[0]!.message).toMatch(/^Every date in “MetricDate” falls on a Sunday, 7 days apart .*The stage's weeks start on a Monday/);
  });

  it.each<[string, string, readonly string[]]>([
    ['weekly rows on the stage\'s weekday (Monday)', '2026-03-02,2026-03-09', []],
    ['weekly rows on Sundays', '2026-03-01,2026-03-08', ['weeks_misaligned']],
    ['daily rows', '2026-03-02,2026-03-03', []],
  ])('%s', (_case, days, codes) => {
    const [a, b] = days.split(',');
    const csv = `user,date,uses\nu1,${a},1\nu2,${a},0\nu1,${b},2\nu2,${b},1`;
    const bytes = new TextEncoder().encode(`${csv}\n`);
    const result = previewCsv(bytes, { kind: 'usage', today: '2026-12-31', totalBytes: bytes.length, planStages: exportStages });
    expect(result.ok && result.value.plausibility.warnings.map((w) => w.code)).toEqual(codes);
  });
});

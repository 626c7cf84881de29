/**
 * Found files of round 7 that the import already reads right (test/fixtures/found/README.md): kept so that it stays
 * so. Run the wizard's way (found-harness.ts); the figures were counted with Python's csv module.
 */
import { describe, expect, it } from 'vitest';
import { firstLook, firstLookWorkbook, importFound, importedRows, importedWorkbookRows, registerFrom } from './found-harness';

describe('a user feedback log: user_id, ISO timestamp, feedback_text, rating 1–5', () => {
  const file = 'user-feedback-ratings.csv';

  it('is suggested as satisfaction and reads 10 ratings averaging 3.0, three of them 4–5', () => {
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('satisfaction');
    expect(preview.mapping.fields).toMatchObject({ userId: 'user_id', date: 'timestamp', rating: 'rating', comment: 'feedback_text' });
    const rows = importedRows(file, { kind: 'satisfaction' });
    const ratings = rows.map((r) => r['rating'] as number);
    expect([rows.length, ratings.reduce((a, b) => a + b, 0) / rows.length, ratings.filter((r) => r >= 4).length]).toEqual([10, 3, 3]);
  });
});

describe('a broadband monitor: one ping an hour, "latency(ms)"', () => {
  const file = 'broadband-ping-latency-ms.csv';

  it('is operations with the unit from the header: 311 pings from Apr 1 to Apr 14, 2018, 5.749233 s in all', () => {
    const preview = firstLook(file);
    expect([preview.kindSuggestion.kind, preview.mapping.fields['latency'], preview.mapping.latencyUnit, preview.questions]).toEqual(['operations', 'latency(ms)', 'milliseconds', []]);
    const { summary } = importFound(file, { kind: 'operations' });
    expect([summary.records, summary.accepted, summary.dateRange]).toEqual([311, 311, { first: '2018-04-01', last: '2018-04-14' }]);
    const total = importedRows(file, { kind: 'operations' }).reduce((s, r) => s + (r['latencySeconds'] as number), 0);
    expect(total).toBeCloseTo(5.749233, 9);
  });
});

describe('an observability export of latency percentiles per minute (p50_ms, p95_ms, p99_ms), no mean', () => {
  it('the kind is asked, and as operations no percentile is taken for the mean latency', () => {
    const file = 'observability-latency-percentiles-head300.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const preview = firstLook(file, { kind: 'operations' });
    expect(preview.mapping.fields['latency']).toBeNull();
    expect(preview.unusedColumns.filter((c) => c.header.startsWith('p')).map((c) => c.reason.startsWith('a percentile'))).toEqual([true, true, true]);
  });
});

describe('ragas results of a book recommender: the reference is a sentence, the response a title', () => {
  it('as test results, the 4 cases are warned about: word for word, every one would count as wrong', () => {
    const { confirmed, summary } = importFound('ragas-elasticsearch-books.csv', { kind: 'test_results', fields: { caseId: 'user_input' } });
    expect(confirmed.plausibility.warnings.map((w) => w.code)).toEqual(['answers_free_text']);
    expect([summary.records, summary.accepted]).toEqual([4, 4]);
  });
});

describe('a call centre workbook: calls (StartTime as Excel serials, "Abandoned" Y/N) and feedback (CSAT 1–5, no user)', () => {
  // A 56 KB workbook is unzipped for each look: slow on a busy machine, so these get room beyond the 5 s default.
  it('the calls: the kind is asked', async () => {
    expect((await firstLookWorkbook('call-centre-calls.xlsx')).kindSuggestion.kind).toBeNull();
  });

  it('the calls as operations: 1,000 calls on Feb 1, 2025, 110 abandoned, 516,766 s handled', async () => {
    const answers = { kind: 'operations', fields: { errors: 'Abandoned', latency: 'HandleTime' }, settings: { latencyUnit: 'seconds' } } as const;
    const rows = await importedWorkbookRows('call-centre-calls.xlsx', answers);
    const sum = (k: string) => rows.reduce((s, r) => s + (r[k] as number), 0);
    expect([rows.length, new Set(rows.map((r) => r['date'])).size, rows[0]?.['date']]).toEqual([1000, 1, '2025-02-01']);
    expect([sum('requests'), sum('errors'), sum('latencySeconds')]).toEqual([1000, 110, 516766]);
  });

  it('the feedback: CSAT is the rating, and the user and the date are asked (the sheet has neither)', async () => {
    const preview = await firstLookWorkbook('call-centre-feedback.xlsx', { kind: 'satisfaction' });
    expect(preview.mapping.fields).toMatchObject({ rating: 'CSAT', comment: 'FeedbackComment' });
    expect(preview.mappingProblems).toEqual(['Choose the column for: User ID.', 'Choose the column for: Date or week number.']);
  });
});

describe('test reports of small QA tools', () => {
  it('a Playwright agent\'s report: one case whose error spans three lines, FAIL, 2.41 s', () => {
    const file = 'playwright-agent-test-report.csv';
    expect(firstLook(file).kindSuggestion.kind).toBe('test_results');
    const rows = importedRows(file, { kind: 'test_results' });
    expect(rows.map((r) => [r['line'], r['caseId'], r['correct'], r['latencySeconds']])).toEqual([[2, 'Open invalidsite123.com', false, 2.41]]);
  });

  it('a report with empty summary columns beside the cases: 2 cases, 1 passed; the unit of "Execution Time" is asked', () => {
    const file = 'test-report-summary-columns.csv';
    const preview = firstLook(file);
    expect([preview.kindSuggestion.kind, preview.questions.map((q) => q.setting)]).toEqual(['test_results', ['latencyUnit']]);
    const rows = importedRows(file, { kind: 'test_results', settings: { latencyUnit: 'seconds' } });
    expect(rows.map((r) => r['correct'])).toEqual([true, false]);
  });
});

describe('summaries that are not one row per request or per person', () => {
  it('a k6 summary per scenario (rates per second, a mean duration, "Pass Rate" in percent): the date and the unit are asked', () => {
    const preview = firstLook('k6-summary-hiero.csv');
    expect(preview.mapping.fields['latency']).toBe('Avg. Pass Request Duration');
    expect(preview.mappingProblems).toEqual(['Choose the column for: Date or week number.']);
    expect(preview.questions.map((q) => q.setting)).toEqual(['latencyUnit']);
    expect(preview.mapping.fields['requests']).toBeNull();
  });

  it('a survey tally in German, ";" separated (answers with their counts before and after using an app): the kind is asked', () => {
    const preview = firstLook('umfrage-app-vorher-nachher-semicolon.csv');
    expect([preview.detection.delimiter, preview.kindSuggestion.kind, preview.sampledRows]).toEqual([';', null, 17]);
  });
});

describe('a Zendesk ticket list: Priority Low/Medium/High, "Response Time (hours)" as a figure, 13 tickets not resolved', () => {
  it('the kind is asked (no column says what happened); as incidents with "Issue Type": 50 incidents, 13 open', () => {
    const file = 'zendesk-tickets-hours.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const { incidents } = registerFrom(file, { kind: 'incidents', fields: { description: 'Issue Type' } });
    const count = (severity: string) => incidents.filter((i) => i.severity === severity).length;
    expect([incidents.length, count('high'), count('medium'), count('low'), incidents.filter((i) => i.resolvedAt === null).length]).toEqual([50, 18, 19, 13, 13]);
  });
});

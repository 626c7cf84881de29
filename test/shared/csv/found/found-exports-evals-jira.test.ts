/**
 * Found files of round 5 (test/fixtures/found/README.md): Jira Cloud's "Export CSV (all fields)", a PagerDuty API dump,
 * promptfoo's results CSV and an eval tool's results. Run the wizard's way (found-harness.ts); the counts were made
 * with Python's csv module.
 */
import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../../../shared/csv/preview';
import { verdictOf } from '../../../../shared/csv/yes-no-words';
import { firstLook, importFound, importedRows, registerFrom } from './found-harness';

describe('a "what happened" column empty on most rows is not proposed over one filled on every row', () => {
  // Jira Cloud: "Description" is empty on 15 of 19 issues, "Summary" (required by Jira) on none. Before: "Description"
  // was proposed and 15 of 19 incidents were rejected ("What happened is empty"), the register short of them.
  it('jira-cloud-variance-reviews.csv: "Summary" is proposed, every issue imported', () => {
    const preview = firstLook('jira-cloud-variance-reviews.csv');
    expect(preview.kindSuggestion.kind).toBe('incidents');
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'Issue key', severity: 'Priority', date: 'Created', description: 'Summary' });
    const { summary } = importFound('jira-cloud-variance-reviews.csv', { kind: 'incidents' });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([19, 19, 0]);
    // "15/Sep/25 6:42 PM": day, month name, two-digit year (Jira's default format).
    expect(summary.dateRange).toEqual({ first: '2025-09-09', last: '2025-09-15' });
  });

  it('jira-cloud-variance-reviews.csv: Jira priorities count as severities (Highest 2, High 6, Medium 10, Low 1)', () => {
    const { incidents } = registerFrom('jira-cloud-variance-reviews.csv', { kind: 'incidents' });
    const count = (severity: string) => incidents.filter((i) => i.severity === severity).length;
    expect([incidents.length, count('critical'), count('high'), count('medium'), count('low')]).toEqual([19, 2, 6, 10, 1]);
  });

  it('jira-cloud-bug-reports-es.csv: a "Description" filled on every row is still the one proposed', () => {
    expect(firstLook('jira-cloud-bug-reports-es.csv').mapping.fields['description']).toBe('Description');
    const { summary } = importFound('jira-cloud-bug-reports-es.csv', { kind: 'incidents' });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([3, 3, 0]);
  });
});

describe("promptfoo's results CSV: the verdict in brackets before each answer", () => {
  it.each([
    ['[PASS] (1.00)\n\nKevin Schaul is a journalist', 'pass'],
    ['[FAIL] (0.00)\n\n0\n\nFail Reason: Expected output "2"', 'fail'],
    ['[ERROR] timeout', 'error'],
    ['[pass]', 'pass'],
    ['[PASS]word', '[PASS]word'],
    ['PASSED', 'PASSED'],
  ])('%j reads as %s', (cell, verdict) => {
    expect(verdictOf(cell)).toBe(verdict);
  });

  it('the kind is asked (fourteen models side by side, no column says which is piloted)', () => {
    expect(firstLook('promptfoo-grab-bag-results.csv').kindSuggestion.kind).toBeNull();
  });

  // Counted with Python: "[PASS]" / "[FAIL]" at the start of each cell of the model's column, 7 prompts.
  it.each([
    ['[openai/gpt-4o] {{prompt}}', 5, 2],
    ['[gemini-2.5-pro-preview-03-25] {{prompt}}', 7, 0],
    ['[qwen/qwen3-14b] {{prompt}}', 4, 3],
  ])('the model chosen as Correct ("%s") counts %i passed and %i failed', (column, passed, failed) => {
    // Before: every row was rejected ("Correct “[PASS] (1.00)…” is not yes or no").
    const answers = { kind: 'test_results', fields: { caseId: 'prompt', correct: column } } as const;
    const { summary } = importFound('promptfoo-grab-bag-results.csv', answers);
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([7, 7, 0]);
    const verdicts = importedRows('promptfoo-grab-bag-results.csv', answers).map((r) => r['correct']);
    expect([verdicts.filter((v) => v === true).length, verdicts.filter((v) => v === false).length]).toEqual([passed, failed]);
  });
});

describe("an eval tool's results: the case, and the models run on it", () => {
  it('an id the same on both rows of a two-row file ("prompt_id" prompt-1) is not the case: "test" is', () => {
    // Before: "prompt_id" was the case id, and the wizard warned that case "prompt-1" appeared twice, once per prompt
    // text, telling the user to filter the file on "prompt" — the two rows are two different tests of one prompt.
    const preview = firstLook('llm-evals-neutrality-results.csv');
    expect(preview.kindSuggestion.kind).toBe('test_results');
    expect(preview.mapping.fields).toMatchObject({ caseId: 'test', correct: 'passed' });
    expect(preview.plausibility.warnings).toEqual([]);
    const { summary } = importFound('llm-evals-neutrality-results.csv', { kind: 'test_results' });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([2, 2, 0]);
  });

  it('one case run by four models: the case id is asked (test-1 on every row)', () => {
    const preview = firstLook('llm-evals-atom-downloads-results.csv', { kind: 'test_results' });
    expect(preview.mapping.fields['caseId']).toBeNull();
    expect(preview.mappingProblems).toEqual(['Choose the column for: Case ID.']);
  });

  it('one case run by four models: accuracy over all four together is warned about, by model', () => {
    // Before: no warning; 3 of 4 "right" would have been one figure over four different models.
    const { confirmed, summary } = importFound('llm-evals-atom-downloads-results.csv', { kind: 'test_results', fields: { caseId: 'test' } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([4, 4, 0]);
    const warning = confirmed.plausibility.warnings.find((w) => w.code === 'several_runs');
    expect(warning?.message).toMatch(/“test-1” appears 4 times .* once for each “provider_id” .*\(3 of 4 right\)/);
  });
});

describe('a PagerDuty incident list pulled from its API', () => {
  it('suggested as Incidents; the severity is asked: "urgency" (high/low) is how fast responders are paged, not how bad', () => {
    // Before: the kind was asked, Usage the best guess with "responder_requests" (lists of requests) as the user.
    expect(firstLook('pagerduty-api-incidents.csv').kindSuggestion.kind).toBe('incidents');
    const preview = firstLook('pagerduty-api-incidents.csv', { kind: 'incidents' });
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'incident_number', date: 'created_at', description: 'description', severity: null });
    expect(preview.mappingProblems).toEqual(['Choose the column for: Severity.']);
  });

  it('with "urgency" chosen by the user, its 3 incidents are read (2 high, 1 low)', () => {
    const { summary } = importFound('pagerduty-api-incidents.csv', { kind: 'incidents', fields: { severity: 'urgency' } });
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([3, 3, 0]);
    expect(summary.dateRange).toEqual({ first: '2021-05-23', last: '2021-05-23' });
    const { incidents } = registerFrom('pagerduty-api-incidents.csv', { kind: 'incidents', fields: { severity: 'urgency' } });
    expect(incidents.map((i) => i.severity).sort()).toEqual(['high', 'high', 'low']);
  });
});

describe("GitHub Copilot's legacy usage API: one row per day for the whole organisation", () => {
  it('no kind is suggested, and no person is read from it: the user is asked', () => {
    expect(firstLook('github-copilot-usage-api-legacy.csv').kindSuggestion.kind).toBeNull();
    const usage = firstLook('github-copilot-usage-api-legacy.csv', { kind: 'usage' });
    expect(usage.mapping.fields).toMatchObject({ userId: null, date: 'day', uses: null, active: null });
    expect(usage.mappingProblems).toEqual(['Choose the column for: User ID.']);
  });

  it('a count of suggestions ("total_suggestions_count") is never the comment', () => {
    // Before: proposed as the survey comment, "strong", for being headed like "Suggestions".
    expect(firstLook('github-copilot-usage-api-legacy.csv', { kind: 'satisfaction' }).mapping.fields['comment']).toBeNull();
  });

  it.each(['Comments', 'Suggestions', 'Any suggestions?'])('a comment column of words ("%s") still is', (header) => {
    const bytes = new TextEncoder().encode(`user,date,rating,${header}\nana,2026-03-02,4,More examples please\nben,2026-03-02,5,\ncy,2026-03-03,3,Faster answers\n`);
    const preview = previewCsv(bytes, { kind: 'satisfaction', totalBytes: bytes.length, today: '2026-12-31' });
    expect(preview.ok && preview.value.mapping.fields['comment']).toBe(header);
  });
});

describe('a ragas evaluation saved to CSV', () => {
  it('the kind is asked; as test results the answers compared word for word are warned about', () => {
    expect(firstLook('ragas-results-it.csv').kindSuggestion.kind).toBeNull();
    const { confirmed, summary } = importFound('ragas-results-it.csv', { kind: 'test_results', fields: { caseId: 'user_input' } });
    expect(confirmed.mapping.fields).toMatchObject({ expected: 'reference', actual: 'response', correct: null });
    expect(confirmed.plausibility.warnings.map((w) => w.code)).toContain('answers_free_text');
    expect([summary.records, summary.accepted, summary.rejected]).toEqual([1, 1, 0]);
  });
});

/**
 * Exports of AI and support tools probed in round 4 (test/fixtures/exports/README.md, third table): each fixture is
 * shaped from the tool's own documentation, run the wizard's way (first look, the user's answers, import, metrics),
 * and every figure is checked against values worked out by hand. Each case names what the app did before.
 */
import { describe, expect, it } from 'vitest';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import { exportFixture, exportStages, importExport } from './export-harness';
import { unixTimeDay } from '../../../shared/csv/row-common';
import { parseHallucination } from '../../../shared/csv/values';
import type { CostUnit } from '../../../shared/csv/cost-unit';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

function firstLook(name: string, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const bytes = exportFixture(name);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const codes = (p: CsvPreview) => p.plausibility.warnings.map((w) => w.code);

describe('Amazon Q Developer user activity report (one row per user and day, each feature counted apart)', () => {
  const file = 'amazon-q-developer-user-activity.csv';

  it('no single feature count is read as the uses; the MM-DD-YYYY dates are asked', () => {
    // Before: "Chat_MessagesSent" was proposed as the uses, and Usage suggested.
    const preview = firstLook(file);
    expect(preview.mapping.fields).toMatchObject({ userId: 'UserId', date: 'Date', uses: null, active: null });
    expect(preview.questions.map((q) => [q.setting, q.candidates])).toEqual([['dateFormat', ['dmy', 'mdy']]]);
  });

  it('every row is a day the user worked with Amazon Q: weeks 1 and 2 read 4 of 5 (were 2 of 5 and 3 of 5)', () => {
    const { summary, metrics, confirmed } = importExport(file, { kind: 'usage', settings: { dateFormat: 'mdy' } });
    expect([summary.accepted, summary.rejected]).toEqual([9, 0]);
    expect(codes(confirmed)).toEqual([]);
    const weeks = metrics.stages[0]!.weeks.map((w) => [w.adoption?.activeUsers, w.adoption?.enrolledUsers]);
    // Week 1 (2–8 March): d4a8, 91e8 (inline only), c1f8, a7b8 (suggestions only). Week 2: 91e8, d4a8 (inline only), c1f8, b2c8.
    expect(weeks).toEqual([
      [4, 5],
      [4, 5],
    ]);
  });

  it.each<[string, string, string | null, readonly string[]]>([
    // The unqualified count is the uses, whatever else is counted beside it (ChatGPT Enterprise's messages and gpt_messages).
    ['an unqualified count beside a feature count', 'email,date,messages,gpt_messages\na@x.com,2026-03-02,4,1\nb@x.com,2026-03-02,0,0', 'messages', []],
    // One feature's count, alone: the uses, as before.
    ['one feature count alone', 'UserId,Date,Chat_MessagesSent\na,2026-03-02,4\nb,2026-03-02,0', 'Chat_MessagesSent', []],
    // A day where every feature counted 0 is named before importing.
    [
      'a row where every feature counted 0',
      'UserId,Date,Chat_MessagesSent,Inline_SuggestionsCount\na,2026-03-02,4,0\nb,2026-03-02,0,7\nc,2026-03-03,0,0',
      null,
      ['use_counts_unread'],
    ],
  ])('%s', (_case, csv, uses, warnings) => {
    const preview = previewText(csv, 'usage');
    expect(preview.mapping.fields['uses']).toBe(uses);
    expect(codes(preview)).toEqual(warnings);
  });
});

describe("Help Scout happiness ratings (Mailbox API's ratings report: ratingId 1 Great, 2 Okay, 3 Not Good)", () => {
  const file = 'helpscout-happiness-ratings.csv';

  it('the kind is asked: "ratingId" is a code, never proposed as the 1–5 rating', () => {
    // Before: Satisfaction suggested with "ratingId" as the rating: mean 1.83 of 5, 0% rated 4–5, for 3 Great of 6.
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBeNull();
    const asSatisfaction = firstLook(file, { kind: 'satisfaction' });
    // Only a guess by its header is left ("ratingCreatedAt"), and every row would be rejected: the import is blocked with why.
    expect(asSatisfaction.mapping.fields['rating']).not.toBe('ratingId');
    expect(asSatisfaction.plausibility.blocked).toMatch(/^Every row of the file would be rejected \(6 of 6\)/);
  });

  it('chosen by hand, the codes are flagged before importing', () => {
    const { confirmed } = importExport(file, { kind: 'satisfaction', fields: { rating: 'ratingId' } });
    expect(codes(confirmed)).toEqual(['rating_coded']);
    expect(confirmed.plausibility.warnings[0]!.message).toContain('1 is Great and 3 Not Good');
  });
});

describe("Anthropic cost report (Admin API cost_report: amount per day and line item, in cents)", () => {
  const file = 'anthropic-cost-report.csv';

  it('the kind is asked; as Operations, a line item\'s type ("cost_type": tokens, web_search) is not proposed as the cost', () => {
    // Before: "cost_type" was proposed as the cost, and every row rejected ("Cost “tokens” is not a number").
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'operations' }).mapping.fields['cost']).toBeNull();
  });

  it('"amount" chosen as the cost: the app asks cents or dollars, cents first; a row is not taken for a request without a word', () => {
    // Before: the cents were read as dollars, cost 13,350.40 and 1,907.20 per "request", a hundred times too high.
    const bytes = exportFixture(file);
    const base = { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length, kind: 'operations' as const };
    const start = previewCsv(bytes, base);
    if (!start.ok) throw new Error(start.error.message);
    const mapping = { ...start.value.mapping, fields: { ...start.value.mapping.fields, cost: 'amount' } };
    const asked = previewCsv(bytes, { ...base, mapping });
    if (!asked.ok) throw new Error(asked.error.message);
    expect(asked.value.ready).toBe(false);
    expect(asked.value.questions.map((q) => [q.setting, q.candidates])).toEqual([['costUnit', ['cents', 'units']]]);
    expect(asked.value.questions[0]!.message).toContain("laid out like Anthropic's cost report, whose amounts are in cents");

    const { confirmed, metrics } = importExport(file, { kind: 'operations', fields: { cost: 'amount' }, settings: { costUnit: 'cents' } });
    expect(codes(confirmed)).toEqual(['cost_without_requests']);
    // (1523.412 + 2840.55 + 1610.0875 + 3012.9 + 120 + 1488.33 + 2755.125) ÷ 100 = 133.504045 dollars; ÷ 7 rows = 19.07, shown as 19.1.
    expect(confirmed.plausibility.warnings[0]!.message).toContain('(19.1 on average in the file)');
    expect(metrics.stages[0]!.total.operations?.cost).toBeCloseTo(133.504045, 6);
  });

  it.each<[string, string, readonly CostUnit[] | null, number]>([
    // A cost with no currency apart: whole units, as always (nothing asked).
    ['a plain cost column', 'date,requests,cost\n2026-03-02,10,1.52', null, 1.52],
    // The header names the unit.
    ['cost in cents by its header', 'date,requests,cost_cents\n2026-03-02,10,152', null, 1.52],
    ['cost in dollars by its header, beside a currency', 'date,requests,cost_usd,currency\n2026-03-02,10,1.52,USD', null, 1.52],
    // An amount beside a currency: cents (Anthropic, Stripe) or whole units cannot be told apart.
    ['an amount beside a currency', 'date,requests,amount,currency\n2026-03-02,10,1.52,EUR', ['units', 'cents'], 1.52],
    // OpenAI's costs API: "amount.value" in whole dollars beside "amount.currency" ("usd"), as its reference says.
    ['OpenAI costs (amount.value, amount.currency)', 'start_time,requests,amount.value,amount.currency\n2026-03-02,10,1.52,usd', null, 1.52],
  ])('%s', (_case, csv, asked, cost) => {
    const header = csv.split('\n')[0]!.split(',')[2]!;
    const start = previewText(csv, 'operations');
    const mapping = { ...start.mapping, fields: { ...start.mapping.fields, cost: header } };
    const preview = previewText(csv, 'operations', { mapping });
    expect(preview.questions.find((q) => q.setting === 'costUnit')?.candidates ?? null).toEqual(asked);
    const answered = asked === null ? preview : previewText(csv, 'operations', { mapping, settings: { costUnit: asked[0] } });
    expect((answered.rows[0]?.row as { cost: number } | null)?.cost).toBeCloseTo(cost, 6);
  });

  it.each<[string, string, readonly string[]]>([
    ['a request log with latency and cost', 'timestamp,latency_ms,cost\n2026-03-02T09:00:00Z,820,0.004\n2026-03-02T09:01:00Z,640,0.003', []],
    ['daily requests and cost', 'date,requests,cost\n2026-03-02,410,1.52\n2026-03-03,455,1.61', []],
    ['cost alone', 'date,cost\n2026-03-02,1.52\n2026-03-03,1.61', ['cost_without_requests']],
  ])('%s', (_case, csv, warnings) => {
    expect(codes(previewText(csv, 'operations')).filter((c) => c === 'cost_without_requests')).toEqual(warnings);
  });
});

describe('Freshdesk satisfaction ratings (API v2: 103 Extremely happy … -103 Extremely unhappy)', () => {
  it('right before: the kind is asked; as Satisfaction the import is blocked with the reason', () => {
    const file = 'freshdesk-satisfaction-ratings.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const preview = firstLook(file, { kind: 'satisfaction' });
    expect(preview.mapping.fields['rating']).toBe('ratings.default_question');
    expect(preview.plausibility.blocked).toBe('Every row of the file would be rejected (6 of 6), for example: Rating 103 is outside 1–5. Check the kind and the columns.');
  });
});

describe('Arize Phoenix hallucination evals (llm_classify labels "hallucinated" / "factual", score 1 = factual)', () => {
  const file = 'phoenix-hallucination-evals.csv';

  it('"label" is read as the hallucination yes/no, never as the expected answer; "score" is not used', () => {
    // Before: "label" was the expected answer compared with the output: accuracy 0 of 5, and no hallucination rate.
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('test_results');
    expect(preview.mapping.fields).toMatchObject({ expected: null, hallucination: 'label', correct: null });
    expect(preview.unusedColumns.find((c) => c.header === 'score')?.reason).toBe('not used by this kind of file');
  });

  it('once the case id is chosen: hallucinations 2 of 5, accuracy cannot be measured (was 0 of 5)', () => {
    const { summary, metrics } = importExport(file, { fields: { caseId: 'context.span_id' } });
    expect([summary.accepted, summary.rejected]).toEqual([5, 0]);
    const tests = metrics.tests!.overall;
    expect([tests.hallucination.successes, tests.hallucination.trials]).toEqual([2, 5]);
    expect(tests.accuracy.trials).toBe(0);
  });

  it('a Q&A correctness eval ("correct" / "incorrect" labels): read as correct, accuracy 3 of 4 (was 0 of 4)', () => {
    const qa = 'phoenix-qa-correctness-evals.csv';
    expect(firstLook(qa).mapping.fields).toMatchObject({ expected: null, correct: 'label' });
    const tests = importExport(qa, { fields: { caseId: 'context.span_id' } }).metrics.tests!.overall;
    expect([tests.accuracy.successes, tests.accuracy.trials]).toEqual([3, 4]);
  });

  it.each<[string, boolean | null]>([
    ['hallucinated', true],
    ['Factual', false],
    ['yes', true],
    ['0', false],
    ['unrelated', null],
  ])('the hallucination cell %s reads %s', (cell, expected) => {
    expect(parseHallucination(cell)).toBe(expected);
  });
});

describe('OpenAI usage API, completions buckets saved as CSV (start_time in Unix seconds)', () => {
  it('the kind is asked; as Usage the Unix times read as their UTC day, shown in the preview', () => {
    // Before: blocked with "“1772409600” is not a valid date (expected yyyy-mm-dd)". 10 digits in 2000–2099 can only be
    // seconds since 1970: the column is detected as Unix time (UTC), and the preview shows the days.
    const file = 'openai-usage-completions.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const preview = firstLook(file, { kind: 'usage' });
    expect(preview.mapping.fields).toMatchObject({ userId: 'user_id', date: 'start_time', uses: 'num_model_requests' });
    expect(preview.settings.dateFormat).toBe('unix');
    expect(preview.plausibility.blocked).toBeNull();
    expect(preview.rows.map((r) => (r.row as { date: string } | null)?.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
  });

  it.each<[string, string | null]>([
    ['1772409600', '2026-03-02'],
    ['1772409600000', '2026-03-02'],
    ['46083', null],
    ['2026-03-02', null],
  ])('%s as a Unix time: %s', (raw, day) => {
    expect(unixTimeDay(raw)?.day ?? null).toBe(day);
  });
});

describe('GitHub Copilot usage metrics, per-user 1-day report (NDJSON flattened to CSV)', () => {
  const file = 'github-copilot-user-metrics.csv';

  it('"user_initiated_interaction_count" (chat and agent) is not the uses beside the code generation counts', () => {
    // Before: Usage suggested with it as the uses: a day of code completions only counted as no use.
    const preview = firstLook(file);
    expect(preview.mapping.fields).toMatchObject({ userId: 'user_id', date: 'day', uses: null });
  });

  it('every row is a day of use: week 1 reads 4 of 5, week 2 2 of 5 (were 2 of 5 and 1 of 5)', () => {
    const { metrics, confirmed } = importExport(file, { kind: 'usage' });
    expect(codes(confirmed)).toEqual([]);
    // Week 1: ana (chat), ben and dee (completions only), cy. Week 2: ben (completions only), ana.
    expect(metrics.stages[0]!.weeks.map((w) => w.adoption?.activeUsers)).toEqual([4, 2]);
  });
});

describe("GitHub Copilot's legacy organisation metrics (one row per day, counts of suggestions and of users)", () => {
  const file = 'github-copilot-org-metrics-legacy.csv';

  it('the kind is asked: suggestions over acceptances is no share, and a count of users is no rating', () => {
    // Before: Weekly figures suggested with 412 suggestions "of" 131 acceptances; as Satisfaction, "total_active_users" was the rating.
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(firstLook(file, { kind: 'weekly_figures' }).mapping.fields).toMatchObject({ numerator: null, denominator: null });
    expect(firstLook(file, { kind: 'satisfaction' }).mapping.fields['rating']).toBeNull();
  });

  it.each<[string, string, readonly (string | null)[]]>([
    ['successes over trials', 'week,metric,successes,trials\n1,adoption,3,5\n2,adoption,4,5', ['successes', 'trials']],
    ['a numerator larger than its denominator on most rows', 'week,metric,count,total\n1,adoption,9,5\n2,adoption,8,5', [null, null]],
  ])('%s', (_case, csv, fields) => {
    const preview = previewText(csv, 'weekly_figures');
    expect([preview.mapping.fields['numerator'], preview.mapping.fields['denominator']]).toEqual(fields);
  });
});

describe('Intercom conversation ratings (API conversation_rating flattened: rating 1–5, created_at in Unix seconds)', () => {
  it('suggested as satisfaction; its Unix times read as their UTC day, the user asked', () => {
    // Before: blocked, every row ("“1772445600” looks like a Unix time …, which is not read as a date").
    const file = 'intercom-conversation-ratings.csv';
    const start = firstLook(file, { kind: 'satisfaction' });
    expect(start.mapping.fields).toMatchObject({ rating: 'conversation_rating.rating', date: 'conversation_rating.created_at', userId: null });
    const mapping = { ...start.mapping, fields: { ...start.mapping.fields, userId: 'conversation_rating.customer.id' } };
    const preview = firstLook(file, { kind: 'satisfaction', mapping });
    expect(preview.plausibility.blocked).toBeNull();
    // 1773058200 is 2026-03-09 12:10 UTC.
    expect(preview.rows.map((r) => (r.row as { date: string } | null)?.date)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-09', '2026-03-10']);
  });
});

describe('Medallia Agent Connect response export (request_sent_at, response_received_at, star_rating 1–5, comments yes/no)', () => {
  const file = 'medallia-agent-connect-responses.csv';

  it('a rating is dated when it was given, not when the survey was sent; the comments flag is no comment', () => {
    // Before: "request_sent_at" was the date (the answer of 9 March counted in week 1) and "comments" (true/false) the comment.
    const preview = firstLook(file);
    expect(preview.kindSuggestion.kind).toBe('satisfaction');
    expect(preview.mapping.fields).toMatchObject({ date: 'response_received_at', rating: 'star_rating', comment: null });
  });

  it('week 1 reads 2 ratings, mean 3.5; week 2 2 ratings, mean 4.5 (were 3 at 3.67 and 1 at 5.0); the unanswered are rejected', () => {
    const { summary, metrics } = importExport(file);
    // Two requests were never answered (one bounced): no answer date, no rating.
    expect([summary.accepted, summary.rejected]).toEqual([4, 2]);
    const weeks = metrics.stages[0]!.weeks.map((w) => [w.satisfaction?.ratings, w.satisfaction?.meanRating]);
    // Week 1: 5 (2 March), 2 (5 March). Week 2: 4 (9 March, asked on 6 March), 5 (10 March).
    expect(weeks).toEqual([
      [2, 3.5],
      [2, 4.5],
    ]);
  });

  it('the unanswered requests are rejected as not answered, not for their empty date (lines 3 and 5)', () => {
    // Before: "Date is empty" (the answer date an unanswered survey cannot have), as if the file were at fault.
    const { summary } = importExport(file);
    expect(summary.rejections.map((r) => [r.title, r.count, r.examples.map((e) => e.line)])).toEqual([['Not answered (no rating)', 2, [3, 5]]]);
  });

  it.each<[string, string, string]>([
    // No rating, whatever else is missing: the survey was not answered.
    ['no rating, no answer date, no respondent', 'Not answered (no rating)', 'user,response_received_at,rating,request_id\n,,,r-1'],
    ['no rating on a dated row', 'Not answered (no rating)', 'user,date,rating\na,2026-03-02,'],
    // A rating without a date is the file's gap: that is its reason.
    ['a rating without a date', 'Date is empty', 'user,date,rating\na,,4'],
  ])('a satisfaction row with %s is rejected as: %s', (_case, title, csv) => {
    const date = csv.split(',')[1]!;
    const mapping = { kind: 'satisfaction' as const, fields: { userId: 'user', date, rating: 'rating' }, latencyUnit: 'seconds' as const };
    const summary = summaryOf(importBytes(utf8(`${csv}\n`), { kind: 'satisfaction', mapping, settings: { dateFormat: 'iso' } }).result);
    expect(summary.rejections.map((r) => r.title)).toEqual([title]);
  });

  it.each<[string, string, string]>([
    ['sent and received', 'user,request_sent_at,response_received_at,rating\na,2026-03-06,2026-03-09,4\nb,2026-03-02,2026-03-02,5', 'response_received_at'],
    ['start and end (a survey tool)', 'user,Start Date,End Date,rating\na,2026-03-06,2026-03-06,4\nb,2026-03-02,2026-03-02,5', 'Start Date'],
    ['the sending date alone: kept', 'user,request_sent_at,rating\na,2026-03-06,4\nb,2026-03-02,5', 'request_sent_at'],
  ])('the date of a satisfaction file: %s', (_case, csv, date) => {
    expect(previewText(csv, 'satisfaction').mapping.fields['date']).toBe(date);
  });
});

describe('Claude Code Analytics API (one record per user and day; an API key acts without an e-mail)', () => {
  it('right before: the kind is asked; as Usage the API-key rows are rejected with their lines, weeks 1 and 2 read 3 and 1 of 5', () => {
    const file = 'claude-code-analytics.csv';
    expect(firstLook(file).kindSuggestion.kind).toBeNull();
    const { summary, metrics, confirmed } = importExport(file, { kind: 'usage' });
    expect(confirmed.mapping.fields).toMatchObject({ userId: 'actor.email_address', date: 'date', uses: 'core_metrics.num_sessions' });
    expect(summary.rejections.map((r) => [r.title, r.count, r.examples.map((e) => e.line)])).toEqual([['User ID is empty', 2, [3, 7]]]);
    expect(metrics.stages[0]!.weeks.map((w) => w.adoption?.activeUsers)).toEqual([3, 1]);
  });
});

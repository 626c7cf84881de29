/**
 * Exports the app had not been tried on (test/fixtures/exports/README.md, second table): what the wizard
 * proposes, what it asks, and the figures once answered, checked against values worked out by hand. Each
 * case names the confident wrong figure the app gave before.
 */
import { namesACountOfPeople } from '../../../shared/csv/header-words';
import { describe, expect, it } from 'vitest';
import { previewCsv, type CsvPreview } from '../../../shared/csv/preview';
import type { PeriodFigures } from '../../../shared/metrics/pilot-metrics';
import { monthNameDate } from '../../../shared/csv/month-dates';
import { zoneOf } from '../../../shared/csv/time-zones';
import { exportFixture, exportStages, importExport } from './export-harness';

function firstLook(name: string, options: Parameters<typeof previewCsv>[1] = {}): CsvPreview {
  const bytes = exportFixture(name);
  const result = previewCsv(bytes, { today: '2026-12-31', planStages: exportStages, totalBytes: bytes.length, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const operations = (p: PeriodFigures | undefined) => p?.operations;

describe('columns that look like a field but would give a wrong figure are not proposed', () => {
  it.each([
    // Before: "Error rate (%)" was read as errors (2 = two errors), error rate 9 of 6,330 = 0.14% instead of about 1.8%.
    ['grafana-error-rate.csv', 'operations', { errors: null, escalations: null, requests: 'Requests', latency: 'Mean latency (s)' }],
    // Before: "promptIdx" (0 on every row) was the case id and "score" (1 = passed) the hallucination: 80% hallucinations.
    ['promptfoo-results.csv', 'test_results', { caseId: 'testIdx', correct: 'pass', hallucination: null, latency: 'latencyMs' }],
    // Before: "auto_resolved" (yes/no) was proposed as the rollback, on its values alone.
    ['pagerduty-incidents.csv', 'incidents', { incidentId: 'incident_number', severity: 'priority', date: 'created_on', rollback: null }],
    // Before: the p95 column could be taken for the mean latency; "avg_latency" is the mean.
    ['datadog-operations.csv', 'operations', { latency: 'avg_latency', errors: 'errors', requests: 'requests' }],
  ])('%s: %s, mapped %j', (name, kind, fields) => {
    const preview = firstLook(name);
    expect(preview.kindSuggestion.kind).toBe(kind);
    expect(preview.mapping.fields).toMatchObject(fields);
  });

  it.each([
    [
      'grafana-error-rate.csv',
      [
        ['Error rate (%)', 'a rate, not a count: rates are worked out from counts (errors ÷ requests), never read from a column'],
        ['Escalation rate (%)', 'a rate, not a count: rates are worked out from counts (errors ÷ requests), never read from a column'],
      ],
    ],
    [
      'datadog-operations.csv',
      [
        ['error_rate_pct', 'a rate, not a count: rates are worked out from counts (errors ÷ requests), never read from a column'],
        ['p95_latency_ms', 'a percentile or extreme, not a mean latency: the 95th percentile is worked out from one row per request'],
      ],
    ],
    ['promptfoo-results.csv', [['promptIdx', 'not used by this kind of file'], ['provider', 'not used by this kind of file'], ['vars.question', 'not used by this kind of file'], ['score', 'not used by this kind of file'], ['cost', 'not used by this kind of file']]],
  ])('%s: the columns not imported are listed with why', (name, unused) => {
    expect(firstLook(name).unusedColumns.map((c) => [c.header, c.reason])).toEqual(unused);
  });

  it('a p95 latency alone is never read as the mean latency', () => {
    const bytes = new TextEncoder().encode('date,requests,errors,p95_latency_ms\n2026-03-02,100,1,4210\n2026-03-03,120,2,3980\n');
    const result = previewCsv(bytes, { today: '2026-12-31', totalBytes: bytes.length, kind: 'operations' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.mapping.fields.latency).toBeNull();
  });

  it('an error-rate column gives no error rate at all (cannot measure), never a rate from its percentages', () => {
    const { summary, metrics } = importExport('grafana-error-rate.csv');
    expect([summary.accepted, summary.rejected]).toEqual([5, 0]);
    const week2 = operations(metrics.stages[0]!.weeks[1]);
    expect([week2?.requests, week2?.errorRate.trials, week2?.errorRate.percent]).toEqual([6330, 0, null]);
    // 1.9×1200 + 2.1×1350 + 2.0×1280 + 1.8×1310 + 2.2×1190 = 12,651 s over 6,330 requests.
    expect(week2?.meanLatencySeconds).toBeCloseTo(12651 / 6330, 9);
  });
});

describe('units and scales the header does not name are asked, never assumed', () => {
  it('"avg_latency" holding 1,590–2,210 asks seconds or milliseconds; answered, the mean is 1.834 s (was 1,834 s)', () => {
    const preview = firstLook('datadog-operations.csv');
    expect(preview.ready).toBe(false);
    expect(preview.questions.map((q) => [q.setting, q.candidates])).toEqual([['latencyUnit', ['milliseconds', 'seconds']]]);
    const { confirmed, metrics } = importExport('datadog-operations.csv', { settings: { latencyUnit: 'milliseconds' } });
    expect(confirmed.mapping.latencyUnit).toBe('milliseconds');
    const week1 = operations(metrics.stages[0]!.weeks[0]);
    // Requests 1,204 + 1,388 + 1,301 + 1,256 + 1,190 + 212 + 198 = 6,749 ("1,204" read with its thousands comma);
    // errors 14 + 9 + 22 + 11 + 8 + 3 + 2 = 69; Σ latency × requests = 12,378,790 ms.
    expect([week1?.requests, week1?.errorRate.successes]).toEqual([6749, 69]);
    expect(week1?.meanLatencySeconds).toBeCloseTo(12378.79 / 6749, 9);
  });

  it('"latencyMs" (promptfoo) names milliseconds: mean 1.878 s (was 1,878 s), no hallucination rate', () => {
    const preview = firstLook('promptfoo-results.csv');
    expect([preview.mapping.latencyUnit, preview.questions]).toEqual(['milliseconds', []]);
    const { metrics } = importExport('promptfoo-results.csv');
    const tests = metrics.tests!.overall;
    // (1840 + 2210 + 1630 + 1990 + 1720) ms ÷ 5; pass true on 4 of 5.
    expect(tests.meanLatencySeconds).toBeCloseTo(9.39 / 5, 9);
    expect([tests.accuracy.successes, tests.accuracy.trials, tests.hallucination.trials]).toEqual([4, 5, 0]);
  });

  it('a 1–10 satisfaction question is not read as a 1–5 rating; mapped by hand, it is flagged', () => {
    const preview = firstLook('google-forms-1-to-10.csv');
    // Before: suggested Satisfaction with a mean of 3.8 "out of 5" and 60% "ratings of 4–5".
    expect(preview.kindSuggestion.kind).toBeNull();
    expect(preview.kindSuggestion.explanation).toMatch(/the question “On a scale of 1 to 10, how satisfied are you with the assistant\?” is not one of its columns/);
    const asSatisfaction = firstLook('google-forms-1-to-10.csv', { kind: 'satisfaction' });
    expect(asSatisfaction.mapping.fields.rating).toBeNull();
    expect(asSatisfaction.mappingProblems).toContain('Choose the column for: Rating.');
    const forced = firstLook('google-forms-1-to-10.csv', {
      kind: 'satisfaction',
      mapping: { ...asSatisfaction.mapping, fields: { ...asSatisfaction.mapping.fields, rating: 'On a scale of 1 to 10, how satisfied are you with the assistant?' } },
    });
    expect(forced.plausibility.warnings.map((w) => w.code)).toEqual(['rating_other_scale']);
  });

  it('PagerDuty priorities P1–P4 ask which level is the most severe; offsets are read as written', () => {
    const preview = firstLook('pagerduty-incidents.csv');
    expect(preview.questions.map((q) => q.setting)).toEqual(['severityScale']);
    const { confirmed } = importExport('pagerduty-incidents.csv', { settings: { severityScale: 'from_1' } });
    const rows = confirmed.rows.map((r) => r.row as { severity: string; openedAt: string; rollback: boolean } | null);
    expect(rows.map((r) => [r?.severity, r?.openedAt, r?.rollback])).toEqual([
      ['critical', '2026-03-03T09:40', false],
      ['medium', '2026-03-05T14:10', false],
      ['high', '2026-03-10T08:05', false],
      ['low', '2026-03-12T02:00', false],
    ]);
  });
});

describe('figures that cannot be true are listed before importing', () => {
  it('Microsoft 365 Copilot usage: last activity dates only, so earlier weeks would read low; the never-active user is rejected with why', () => {
    // Before: suggested Usage, with "Microsoft Teams Copilot Last Activity Date" as the group and weeks 2–3 at 0 of 5
    // although Anna and Ben were active then (their Word and Outlook dates).
    const first = firstLook('m365-copilot-usage.csv');
    expect(first.kindSuggestion.kind).toBeNull();
    expect(first.kindSuggestion.explanation).toMatch(/6 of the file's 8 columns would not be used/);
    const preview = firstLook('m365-copilot-usage.csv', { kind: 'usage' });
    expect(preview.mapping.fields).toMatchObject({ userId: 'User Principal Name', date: 'Last Activity Date', group: null });
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['many_rejected', 'last_activity_only']);
    const { summary } = importExport('m365-copilot-usage.csv', { kind: 'usage' });
    expect([summary.accepted, summary.rejected]).toEqual([4, 1]);
    expect(summary.rejections[0]?.examples[0]).toMatchObject({ line: 6, message: 'Date is empty' });
  });
});

describe('rows that stand for many requests', () => {
  it('daily mean latencies without a requests column are flagged (each day would count as one request)', () => {
    // Before: imported without a word: 4 "requests", 1 request per day, and a 95th percentile of 2.21 s taken from daily means.
    const preview = firstLook('daily-latency-means.csv');
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['aggregates_without_requests']);
    expect(preview.plausibility.warnings[0]!.message).toMatch(/^“avg_latency_ms” holds mean latencies and no column gives the number of requests/);
  });
});

describe('totals beside the rows they sum', () => {
  it('a BI export with a "Total" team per day is flagged before importing (it would double every count)', () => {
    const preview = firstLook('looker-ops-by-team.csv');
    // Before: imported without a word: 5,100 requests over the two days instead of 2,550, and a group called "Total".
    expect(preview.plausibility.warnings.map((w) => w.message)).toEqual([
      '2 rows of the file have the group “Total” (lines 4, 7): they look like totals of the other rows and would count them twice. Delete them from the file and choose it again.',
    ]);
  });
});

describe('time zones', () => {
  it('a request log whose timestamps carry three zones is flagged: dates are taken as written', () => {
    // Before: imported without a word; r-1001 (23:30 on 8 March at -08:00, 07:30 on 9 March in UTC) counts in week 1.
    const preview = firstLook('requests-mixed-zones.csv');
    expect(preview.plausibility.warnings.map((w) => w.code)).toEqual(['mixed_time_zones']);
    expect(preview.plausibility.warnings[0]!.message).toMatch(/^The times in “created_at” carry different time zones \(-08:00, Z, \+01:00\)\./);
    expect(preview.rows.map((r) => r.lands)).toEqual(['Pilot, week 1', 'Pilot, week 2', 'Pilot, week 2', 'Pilot, week 2']);
  });

  it.each([
    ['2026-03-03T09:40:12-05:00', '-05:00'],
    ['2026-03-09T07:31:00Z', 'Z'],
    ['2026-03-09 09:00:00 +0100', '+01:00'],
    ['2026/03/03 9:15:32 AM GMT+1', '+01:00'],
    ['2026-03-03 09:15 UTC', 'Z'],
    ['2026-03-09T07:31:00+00:00', 'Z'],
    ['3/3/2026 9:15:32', null],
  ])('%s carries the zone %s', (text, zone) => {
    expect(zoneOf(text)).toBe(zone);
  });
});

describe('dates with month names', () => {
  it('Jira "03/Mar/26 9:40 AM": read without asking the order; Highest, Medium, High (was: kind not suggested, no date read)', () => {
    const { proposed, summary, confirmed } = importExport('jira-incidents.csv');
    expect(proposed.kindSuggestion.kind).toBe('incidents');
    expect(proposed.questions).toEqual([]);
    expect([summary.accepted, summary.rejected]).toEqual([3, 0]);
    const rows = confirmed.rows.map((r) => r.row as { severity: string; openedAt: string; resolvedAt: string } | null);
    expect(rows.map((r) => [r?.severity, r?.openedAt, r?.resolvedAt])).toEqual([
      ['critical', '2026-03-03T09:40', '2026-03-03T11:02'],
      ['medium', '2026-03-05T14:10', '2026-03-05T18:00'],
      ['high', '2026-03-10T08:05', '2026-03-10T16:45'],
    ]);
  });

  it.each([
    ['03/Mar/26 9:40 AM', '2026-03-03'],
    ['3-Mar-2026', '2026-03-03'],
    ['29-Feb-2028', '2028-02-29'],
    ['12.Okt.2026', '2026-10-12'],
    ['05/déc./26', '2026-12-05'],
    ['29-Feb-2026', null],
    ['3 March 2026', '2026-03-03'],
    ['03/Foo/26', null],
    ['Mar-03-2026', null],
  ])('%s reads as %s', (text, iso) => {
    expect(monthNameDate(text)).toBe(iso);
  });
});

describe('French Excel percentages', () => {
  it('"12,5 %" with a narrow no-break space is 12.5% (was rejected on every row)', () => {
    const preview = firstLook('french-excel-quality.csv');
    expect(preview.questions.map((q) => q.setting)).toEqual(['dateFormat']);
    const { summary, metrics } = importExport('french-excel-quality.csv', { settings: { dateFormat: 'dmy' } });
    expect([summary.accepted, summary.rejected]).toEqual([4, 0]);
    const quality = metrics.stages[0]!.total.quality;
    // 12.5, 40, 5, 0: three under 15%, mean 57.5 ÷ 4 = 14.375, median (5 + 12.5) ÷ 2 = 8.75.
    expect([quality?.outputs, quality?.underLimit.successes, quality?.meanEditingPercent, quality?.medianEditingPercent]).toEqual([4, 3, 14.375, 8.75]);
  });
});

describe('exports the app already read right', () => {
  it.each([
    // Good/Bad CSAT is not a 1–5 rating: the kind is asked.
    ['zendesk-csat.csv', null],
    // A time tracker's entries are not a pilot-data kind on their own: the kind is asked.
    ['toggl-detailed.csv', null],
    // "id" is only a guess: the kind is asked.
    ['langsmith-experiment.csv', null],
    ['servicenow-incidents.csv', 'incidents'],
    ['sheets-usage-serial-totals.csv', 'usage'],
  ])('%s: suggested kind %s', (name, kind) => {
    expect(firstLook(name).kindSuggestion.kind).toBe(kind);
  });

  it('LangSmith: 1.0/0.0 feedback reads as yes/no once the kind is chosen (was every row rejected: “1.0” is not yes or no)', () => {
    expect(firstLook('langsmith-experiment.csv').kindSuggestion.explanation).toBe(
      'This may be Test results, but case id is only a guess (“id”). Choose the kind to go on.',
    );
    // "execution_time" is the latency, in a unit its name does not give: asked, never assumed.
    const chosen = firstLook('langsmith-experiment.csv', { kind: 'test_results' });
    expect(chosen.mapping.fields.latency).toBe('execution_time');
    expect(chosen.questions.map((q) => q.setting)).toEqual(['latencyUnit']);
    const { summary, metrics } = importExport('langsmith-experiment.csv', { kind: 'test_results', settings: { latencyUnit: 'seconds' } });
    expect([summary.accepted, summary.rejected]).toEqual([4, 0]);
    const tests = metrics.tests!.overall;
    // correctness 1, 1, 0, 1; hallucination 0, 0, 1, 0.
    expect([tests.accuracy.successes, tests.accuracy.trials, tests.hallucination.successes, tests.hallucination.trials]).toEqual([3, 4, 1, 4]);
    // (2.31 + 1.84 + 1.62 + 1.97) s ÷ 4.
    expect(tests.meanLatencySeconds).toBeCloseTo(7.74 / 4, 9);
  });

  it('Zendesk Good/Bad taken as a satisfaction file: every row would be rejected, so the import is blocked with the reason', () => {
    const preview = firstLook('zendesk-csat.csv', { kind: 'satisfaction' });
    expect(preview.plausibility.blocked).toMatch(/Rating “Good” is not a number from 1 to 5/);
  });

  it('ServiceNow: "priority" rather than impact or urgency; "5 - Planning" is rejected on its line', () => {
    const { proposed, summary } = importExport('servicenow-incidents.csv');
    expect(proposed.mapping.fields.severity).toBe('priority');
    expect([summary.accepted, summary.rejected]).toEqual([3, 1]);
    expect(summary.rejections[0]?.examples[0]?.line).toBe(5);
  });

  it('an editing log from a time tracker: 0:05:30, 1:05:30, 12:30 and "45 min", "1 h"; the unknown "Editor" column is asked', () => {
    const first = firstLook('time-tracker-editing.csv');
    expect(first.mappingProblems).toContain('Choose the column for: User ID.');
    const { summary, metrics } = importExport('time-tracker-editing.csv', { fields: { userId: 'Editor' } });
    // 5.5 of 45 min = 12.2%; 65.5 of 45 min is rejected on line 3; 12.5 of 60 = 20.8%; 0 of 30 = 0%.
    expect([summary.accepted, summary.rejected]).toEqual([3, 1]);
    expect(summary.rejections[0]?.examples[0]).toMatchObject({ line: 3, message: 'Editing took 65.5 minutes, longer than the 45 minutes by hand (146%)' });
    const quality = metrics.stages[0]!.total.quality;
    expect([quality?.outputs, quality?.underLimit.successes]).toEqual([3, 2]);
  });

  it('Google Sheets: week starts as serial numbers, "1,204" sessions, a Grand Total row skipped', () => {
    const { proposed, summary, metrics } = importExport('sheets-usage-serial-totals.csv');
    expect(proposed.settings.dateFormat).toBe('excel_serial');
    expect([summary.accepted, summary.rejected, summary.skipped]).toEqual([5, 0, 2]);
    const pilot = metrics.stages[0]!;
    // 46083 = 2026-03-02: anna and ben in week 1; week 2 anna (carl has 0 sessions); week 3 dora.
    expect(pilot.weeks.slice(0, 3).map((w) => w.adoption?.activeUsers)).toEqual([2, 1, 1]);
  });
});

describe('counts of people per row (a Slack analytics export)', () => {
  it('"Daily active members" is never the user, nor "Weekly active members" the week: the kind is asked, the columns listed with why', () => {
    const preview = firstLook('slack-analytics.csv');
    expect(preview.kindSuggestion.kind).toBeNull();
    const asUsage = firstLook('slack-analytics.csv', { kind: 'usage' });
    expect([asUsage.mapping.fields.userId ?? null, asUsage.mapping.fields.week ?? null]).toEqual([null, null]);
    expect(asUsage.unusedColumns.filter((c) => c.reason.startsWith('a count of people per row')).map((c) => c.header)).toEqual([
      'Daily active members',
      'Daily members posting messages',
      'Weekly active members',
    ]);
  });

  it.each<[string, boolean]>([
    ['Daily active members', true],
    ['weeklyActiveUsers', true],
    ['Number of employees', true],
    ['# seats', true],
    ['Anzahl Nutzer', true],
    ['user_id', false],
    ['Users', false],
    ['Team members', false],
    ['Active user', false],
    ['Week', false],
  ])('“%s” counts people: %s', (header, counts) => {
    expect(namesACountOfPeople(header)).toBe(counts);
  });
});

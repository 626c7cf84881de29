/**
 * Request logs and alert lists from monitoring tools a pilot team already runs.
 *
 * Azure Application Insights requests, as the Azure portal's Logs blade exports them to CSV. Columns from Microsoft's
 * table references: the workspace table AppRequests (learn.microsoft.com/azure/azure-monitor/reference/tables/apprequests:
 * TimeGenerated, Name, Success, ResultCode, DurationMs "number of milliseconds it took the application to handle the
 * request", OperationId, UserAuthenticatedId, ItemCount "number of telemetry items represented by a single sample
 * item") and the classic `requests` table (timestamp, name, success, resultCode, duration, operation_Id,
 * user_AuthenticatedId). The portal writes times as the browser shows them ("3/3/2026, 10:00:00.123 AM") or, from a
 * query, with seven fractional digits ("2026-03-03T10:00:00.1234567Z").
 *
 * Opsgenie alerts: fields from Opsgenie's alert documentation (tinyId, alias, message, status, acknowledged and isSeen
 * true/false, count, priority P1 "critical" to P5 "informational", createdAt, updatedAt); the CSV's column spelling
 * (TinyId, CreatedAt…) is written from the API's names.
 */
import { describe, expect, it } from 'vitest';
import { readMoment } from '../../../shared/csv/moments';
import { parseDate } from '../../../shared/csv/values';
import type { DateFormat } from '../../../shared/csv/settings';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const appRequests = [
  'TimeGenerated [UTC],Name,Success,ResultCode,DurationMs,OperationId,UserAuthenticatedId,ItemCount',
  '"3/3/2026, 10:00:00.123 AM",POST /api/chat,True,200,1834.5521,4bf92f3577b34da6,anna@contoso.com,1',
  '"3/3/2026, 10:05:12.987 AM",POST /api/chat,False,500,30012.114,4bf92f3577b34da7,ben@contoso.com,1',
  '"3/4/2026, 11:20:00.000 PM",POST /api/chat,True,200,1402.2,4bf92f3577b34da8,anna@contoso.com,4',
  '"3/10/2026, 9:00:00.500 AM",POST /api/chat,True,200,2210.03,4bf92f3577b34da9,carl@contoso.com,1',
].join('\n');

const classicRequests = [
  'timestamp [UTC],name,success,resultCode,duration,operation_Id,user_AuthenticatedId',
  '2026-03-03T10:00:00.1234567Z,POST /api/chat,True,200,1834.5521,4bf92f3577b34da6,anna@contoso.com',
  '2026-03-03T10:05:12.9876543Z,POST /api/chat,False,500,30012.114,4bf92f3577b34da7,ben@contoso.com',
  '2026-03-04T11:20:00.0000001Z,POST /api/chat,True,200,1402.2,4bf92f3577b34da8,anna@contoso.com',
].join('\n');

/** Seconds to 0.1 µs: 1402.2 ms ÷ 1000 is 1.4022000000000001 in floating point. */
const round = (seconds: number | null): number | null => (seconds === null ? null : Math.round(seconds * 1e7) / 1e7);

describe('Application Insights request logs', () => {
  it.each<[string, DateFormat, string | null]>([
    // Before: null (a comma after the date was not a date), so every row was rejected.
    ['3/4/2026, 11:20:00.000 PM', 'mdy', '2026-03-04'],
    ['04/03/2026, 23:20:00', 'dmy', '2026-03-04'],
    ['2026-03-04T23:20:00.1234567Z', 'iso', '2026-03-04'],
    // Only a comma and a space before a time: anything else after the date is still no date.
    ['3/4/2026,11:20', 'mdy', null],
    ['3/4/2026, ', 'mdy', null],
  ])('%s (%s) reads as %s', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it('an incident time written "3/4/2026, 11:20:00.000 PM" is 23:20 that day', () => {
    expect(readMoment('3/4/2026, 11:20:00.000 PM', 'mdy')).toEqual({ moment: '2026-03-04T23:20' });
  });

  it('AppRequests: the kind is asked (was Test results, "ItemCount" the case, the requests\' success its accuracy)', () => {
    // Before: suggested and ready as Test results: accuracy 3 of 4 (75%) from Success, on four "cases" 1, 1, 4, 1.
    const first = previewText(appRequests, 'test_results', { kind: undefined });
    // "ItemCount" (requests per sampled row) is an operations column: the kind is now found, not asked.
    expect(first.kindSuggestion.kind).toBe('operations');
    const asTests = previewText(appRequests, 'test_results');
    expect(asTests.mapping.fields['caseId']).toBeNull();
    expect(asTests.ready).toBe(false);
  });

  it('AppRequests as operations: DurationMs is the latency in ms, the date order is asked; answered, the rows read', () => {
    const asked = previewText(appRequests, 'operations');
    expect(asked.mapping.fields).toMatchObject({ date: 'TimeGenerated [UTC]', latency: 'DurationMs', userId: 'UserAuthenticatedId' });
    expect(asked.mapping.latencyUnit).toBe('milliseconds');
    // Examples holding commas are set apart by semicolons.
    expect(asked.questions.map((q) => q.message)).toEqual([
      'The dates in "TimeGenerated [UTC]" (3/3/2026, 10:00:00.123 AM; 3/3/2026, 10:05:12.987 AM; 3/4/2026, 11:20:00.000 PM) can be read day-first or month-first. Which order does this file use?',
    ]);
    const preview = previewText(appRequests, 'operations', { settings: { dateFormat: 'mdy' } });
    const { result, rows } = importBytes(utf8(`${appRequests}\n`), { kind: 'operations', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => [r.date, round(r.latencySeconds)])).toEqual([
      ['2026-03-03', 1.8345521],
      ['2026-03-03', 30.012114],
      ['2026-03-04', 1.4022],
      ['2026-03-10', 2.21003],
    ]);
  });

  // Before: ItemCount was not read, every row counted as one request: 4 requests and 1 error (25%) where the sampled
  // log stands for 7 requests. Now a row counts as the requests it stands for, its errors and costs too.
  it('AppRequests as operations: a sampled row counts as the requests its "ItemCount" stands for', () => {
    // A failure flag (Success inverted) so that errors are read too.
    const sampled = appRequests
      .replace('Success,ResultCode', 'Failed,ResultCode')
      .replace(/,True,/g, ',0,')
      .replace(/,False,/g, ',1,')
      .replace('4bf92f3577b34da7,ben@contoso.com,1', '4bf92f3577b34da7,ben@contoso.com,3');
    const preview = previewText(sampled, 'operations', { settings: { dateFormat: 'mdy' } });
    expect(preview.mapping.fields).toMatchObject({ itemCount: 'ItemCount', errors: 'Failed' });
    const { result, rows } = importBytes(utf8(`${sampled}\n`), { kind: 'operations', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => [r.requests, r.errors])).toEqual([
      [1, 0],
      [3, 3],
      [4, 0],
      [1, 0],
    ]);
    // Said before importing, with the figure either way.
    expect(preview.plausibility.warnings.map((w) => w.message)).toContain(
      '“ItemCount” says how many requests each row stands for (a sampled log): 2 rows of the file stand for more than one. Each row counts as the requests it stands for, in requests, errors, cost, escalations and thumbs: 4 rows count as 9 requests (4 if each row counted once, which would read low). Latency is weighed the same way; a 95th percentile cannot be worked out from a sampled log. ' +
        'A 95% interval counted on these requests would be narrower than the rows support, so none is given: with statistical confidence on, ' +
        'a gate or trigger on the error rate, escalation rate or positive feedback of these rows reads “cannot measure”, with this reason.',
    );
    // Counted on the import, so the gates know the log is sampled (sampled-logs.ts).
    expect(summaryOf(result).warnings.find((w) => w.code === 'sampled_row')).toMatchObject({ count: 2, field: 'itemCount' });
    // Left out by the user: the column is listed as not read, and what that does.
    const unmapped = previewText(sampled, 'operations', { settings: { dateFormat: 'mdy' }, mapping: { ...preview.mapping, fields: { ...preview.mapping.fields, itemCount: null } } });
    expect(unmapped.plausibility.warnings.map((w) => w.code)).not.toContain('sampled_requests');
    expect(unmapped.unusedColumns.find((c) => c.header === 'ItemCount')?.reason).toMatch(/^how many requests each row stands for \(a sampled log\): not chosen, each row counts as one request/);
  });

  it.each([['0'], ['1.5'], ['many']])('a row whose "ItemCount" is %s is rejected with why, never counted as one', (value) => {
    const preview = previewText(appRequests, 'operations', { settings: { dateFormat: 'mdy' } });
    const bad = appRequests.replace(/,4\n/, `,${value}\n`);
    const { result, rows } = importBytes(utf8(`${bad}\n`), { kind: 'operations', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(1);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(result)).toContain(`Requests per row “${value}” is not a whole number of at least 1`);
  });

  it('the classic requests table: seven fractional digits read, "duration" is the latency (unit asked), the kind asked', () => {
    expect(previewText(classicRequests, 'operations', { kind: undefined }).kindSuggestion.kind).toBeNull();
    const preview = previewText(classicRequests, 'operations');
    expect(preview.mapping.fields['latency']).toBe('duration');
    expect(preview.questions.map((q) => q.setting)).toEqual(['latencyUnit']);
    const answered = previewText(classicRequests, 'operations', { settings: { latencyUnit: 'milliseconds' } });
    const read = answered.rows.map((r) => r.row as { date: string; latencySeconds: number } | null);
    expect(read.map((r) => r && [r.date, round(r.latencySeconds)])).toEqual([
      ['2026-03-03', 1.8345521],
      ['2026-03-03', 30.012114],
      ['2026-03-04', 1.4022],
    ]);
  });

  it.each<[string, string, string | null]>([
    ['a request log\'s duration', 'date,duration\n2026-03-03,1834\n2026-03-04,1402', 'duration'],
    // Qualtrics: how long the respondent took over the survey.
    ['a survey\'s "Duration (in seconds)"', 'date,Duration (in seconds),requests\n2026-03-03,184,10\n2026-03-04,140,12', null],
  ])('operations latency from %s: %s', (_case, csv, latency) => {
    expect(previewText(csv, 'operations').mapping.fields['latency']).toBe(latency);
  });
});

describe('a success flag chosen as the errors', () => {
  it.each<[string, string, readonly string[]]>([
    // Before: no word; the error rate read 2 of 3 (67%), the requests that succeeded.
    [
      'success',
      classicRequests,
      ['“success” says which requests succeeded, not which failed: read as errors, every successful request would count as an error (the error rate of the file would read 67%). Choose a column of errors or failures, or leave errors unmapped.'],
    ],
    ['failed', classicRequests.replace('success,resultCode', 'failed,resultCode').replace(/,True,/g, ',0,').replace(/,False,/g, ',1,'), []],
  ])('“%s” as the errors', (header, csv, warnings) => {
    const first = previewText(csv, 'operations', { settings: { latencyUnit: 'milliseconds' } });
    const chosen = previewText(csv, 'operations', {
      settings: { latencyUnit: 'milliseconds' },
      mapping: { ...first.mapping, fields: { ...first.mapping.fields, errors: header } },
    });
    expect(chosen.plausibility.warnings.filter((w) => w.code === 'errors_from_success').map((w) => w.message)).toEqual(warnings);
  });
});

describe('Opsgenie alerts', () => {
  const alerts = [
    'TinyId,Alias,Message,Status,Acknowledged,IsSeen,Snoozed,Count,Priority,Owner,Teams,Tags,Source,CreatedAt,UpdatedAt',
    '1042,assistant-api-5xx,Assistant API 5xx rate above 5%,closed,true,true,false,3,P1,ana@contoso.com,AI Platform,"ai,prod",Datadog,2026-03-03 09:40:12.123,2026-03-03 11:02:40.456',
    '1043,assistant-latency,Assistant p95 latency above 8s,closed,true,true,false,1,P3,ben@contoso.com,AI Platform,ai,Datadog,2026-03-05 14:10:00.000,2026-03-05 18:00:00.000',
    '1044,vector-db-disk,Vector DB disk 90%,open,false,false,false,7,P2,,AI Platform,ai,Prometheus,2026-03-10 08:05:33.900,2026-03-10 16:45:00.000',
  ].join('\n');

  it('"Acknowledged" true/false is whether, not when: never the acknowledged time (was: every row rejected)', () => {
    const preview = previewText(alerts, 'incidents', { settings: { severityScale: 'from_1' } });
    expect(preview.mapping.fields).toMatchObject({ severity: 'Priority', date: 'CreatedAt', acknowledged: null });
    expect(preview.unusedColumns.map((c) => c.header)).toContain('Acknowledged');
    const chosen = previewText(alerts, 'incidents', {
      settings: { severityScale: 'from_1' },
      mapping: { ...preview.mapping, fields: { ...preview.mapping.fields, description: 'Message' } },
    });
    expect(chosen.plausibility.blocked).toBeNull();
    const { result, rows } = importBytes(utf8(`${alerts}\n`), { kind: 'incidents', settings: chosen.settings, mapping: chosen.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => [r.severity, r.openedAt, r.acknowledgedAt])).toEqual([
      ['critical', '2026-03-03T09:40', null],
      ['medium', '2026-03-05T14:10', null],
      ['high', '2026-03-10T08:05', null],
    ]);
  });
});

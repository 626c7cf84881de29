/**
 * Per-user weekly reports (shaped as ChatGPT Enterprise's user engagement export: one row per user and week,
 * inactive users included with 0 messages, and the date each user was invited). The invite date was proposed
 * as the date and "messages" was not read as uses: every row landed in the invite week, each one counted as an
 * active user, the inactive ones too.
 */
import { describe, expect, it } from 'vitest';
import { namesAccountDate, namesReportDate } from '../../../shared/csv/header-words';
import type { CsvPreview } from '../../../shared/csv/preview';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const report = [
  'period_start,period_end,name,email,department,created_or_invited_date,is_active,messages,gpt_messages,last_day_active',
  '2026-03-02,2026-03-08,Ana Ruiz,ana@contoso.com,Claims,2026-02-20,1,42,3,2026-03-20',
  '2026-03-02,2026-03-08,Ben Li,ben@contoso.com,Claims,2026-02-20,0,0,0,2026-02-27',
  '2026-03-09,2026-03-15,Ana Ruiz,ana@contoso.com,Claims,2026-02-20,1,37,0,2026-03-20',
  '2026-03-09,2026-03-15,Ben Li,ben@contoso.com,Claims,2026-02-20,0,0,0,2026-02-27',
].join('\n');

const look = (csv: string): CsvPreview => previewText(csv, 'usage');

describe('a per-user weekly report', () => {
  it('is read by its period and its messages, never by the date each user was invited', () => {
    const preview = look(report);
    expect(preview.mapping.fields).toMatchObject({ userId: 'email', date: 'period_start', uses: 'messages', group: 'department' });
    expect(preview.unusedColumns.find((c) => c.header === 'created_or_invited_date')?.reason).toBe('the date a person was invited, joined or enrolled, not a date of use');
  });

  it('keeps a week with 0 messages as no use', () => {
    const preview = look(report);
    const { result, rows } = importBytes(utf8(`${report}\n`), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).accepted).toBe(4);
    expect(rows.map((r) => [r.date, r.userId, r.uses])).toEqual([
      ['2026-03-02', 'ana@contoso.com', 42],
      ['2026-03-02', 'ben@contoso.com', 0],
      ['2026-03-09', 'ana@contoso.com', 37],
      ['2026-03-09', 'ben@contoso.com', 0],
    ]);
  });

  it('is not dated by the invite date even when no other column holds a date', () => {
    const preview = look('email,created_or_invited_date,messages\nana@contoso.com,2026-02-20,42\nben@contoso.com,2026-02-20,0\n');
    expect(preview.mapping.fields['date']).toBeNull();
  });

  it.each<[string, string, readonly (number | null)[], number]>([
    // No uses column: only the flag tells the inactive rows from the active ones.
    ['a yes/no flag alone', 'email,period_start,is_active\nana@x.com,2026-03-02,1\nben@x.com,2026-03-02,0\ncy@x.com,2026-03-02,\n', [null, 0, null], 0],
    ['the words active and inactive', 'email,period_start,status,is active\nana@x.com,2026-03-02,enabled,Active\nben@x.com,2026-03-02,enabled,Inactive\n', [null, 0], 0],
    ['a flag beside the messages', 'email,period_start,is_active,messages\nana@x.com,2026-03-02,1,42\nben@x.com,2026-03-02,0,0\n', [42, 0], 0],
    // Contradicting itself: rejected with the reason, never counted one way or the other.
    ['not active yet 3 messages', 'email,period_start,is_active,messages\nana@x.com,2026-03-02,1,42\nben@x.com,2026-03-02,0,3\n', [42], 1],
  ])('an "active" column: %s', (_case, csv, uses, rejected) => {
    const preview = look(csv);
    expect(preview.mapping.fields['active']).toMatch(/active/i);
    const { result, rows } = importBytes(utf8(csv), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(rejected);
    expect(rows.map((r) => r.uses)).toEqual(uses);
  });

  it.each<[string, string, boolean]>([
    // A header negating "active" inverted adoption: the active rows read as no use, the inactive as activity.
    ['inactive', 'email,period_start,inactive\nana@x.com,2026-03-02,FALSE\nben@x.com,2026-03-02,TRUE\n', true],
    ['is_inactive', 'email,period_start,is_inactive\nana@x.com,2026-03-02,0\nben@x.com,2026-03-02,1\n', true],
    ['an account flag', 'email,period_start,account active\nana@x.com,2026-03-02,TRUE\nben@x.com,2026-03-02,FALSE\n', true],
    // Dates and amounts named with "active" are no yes/no: the rows stay, as before.
    ['last active (dates)', 'email,period_start,last active\nana@x.com,2026-03-02,2026-03-05\nben@x.com,2026-03-02,2026-02-27\n', false],
    ['days active (an amount)', 'email,period_start,days_active\nana@x.com,2026-03-02,3\nben@x.com,2026-03-02,0\n', false],
  ])('"%s" is never read as whether the person was active', (_case, csv, warned) => {
    const preview = look(csv);
    expect(preview.mapping.fields['active'] ?? null).toBeNull();
    const { result } = importBytes(utf8(csv), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    // A yes/no about activity left unread: every row would count as active, and the wizard says so before importing.
    expect(preview.plausibility.warnings.some((w) => w.code === 'activity_flag_unread')).toBe(warned);
  });

  it.each([
    ['Aktiv', 'Inaktiv'],
    ['Actif', 'Inactif'],
    ['Activo', 'Inactivo'],
    ['Active', 'Inactive'],
  ])('reads the words of an active column in its own language: %s / %s', (yes, no) => {
    const csv = `email,period_start,aktiv\nana@x.com,2026-03-02,${yes}\nben@x.com,2026-03-02,${no}\n`;
    const preview = look(csv);
    expect(preview.mapping.fields['active']).toBe('aktiv');
    const { result, rows } = importBytes(utf8(csv), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => r.uses)).toEqual([null, 0]);
  });

  it.each([
    ['created_or_invited_date', true],
    ['Invited on', true],
    ['signup_date', true],
    ['Date joined', true],
    ['Hire date', true],
    ['enrolled_at', true],
    // An incident's logged and assigned times are its own (ITIL tools).
    ['Registered', false],
    ['Assigned date', false],
    ['date', false],
    ['created_at', false],
    ['period_start', false],
    ['Activity date', false],
  ])('%j names the date of an account: %s', (header, account) => {
    expect(namesAccountDate(header)).toBe(account);
  });
});

/**
 * GitHub Copilot's activity report ("Access management" page, fields documented at
 * docs.github.com/en/copilot/reference/metrics-data: report_time, login, last_authenticated_at, last_activity_at,
 * last_surface_used; a user with no activity in 90 days has an empty last_activity_at). "report_time", the moment the
 * report was generated, was proposed as the date: every listed user, the never-active ones too, counted as active in
 * the report's week (4 of 4). Only last_activity_at says when a user used Copilot.
 */
describe('a report of last activity with the time the report was made', () => {
  const copilot = [
    'report_time,login,last_authenticated_at,last_activity_at,last_surface_used',
    '2026-03-20T08:00:00Z,ana-dev,2026-03-19T16:02:11Z,2026-03-19T16:05:40Z,vscode/1.98.0',
    '2026-03-20T08:00:00Z,ben-ops,2026-03-10T09:12:00Z,2026-03-04T10:01:22Z,JetBrains-IC/2024.3',
    '2026-03-20T08:00:00Z,cy-qa,2026-02-12T11:00:00Z,,',
    '2026-03-20T08:00:00Z,di-pm,,,',
  ].join('\n');

  it('is dated by last_activity_at, never by the report time or the last sign-in; the never-active users are rejected', () => {
    const preview = look(copilot);
    expect(preview.mapping.fields).toMatchObject({ userId: 'login', date: 'last_activity_at' });
    expect(preview.plausibility.warnings.map((w) => w.code)).toContain('last_activity_only');
    for (const header of ['report_time', 'last_authenticated_at']) {
      expect(preview.unusedColumns.find((c) => c.header === header)?.reason).toBe('the date the report was made, or of a sign-in, not a date of use');
    }
    const { result, rows } = importBytes(utf8(`${copilot}\n`), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(2);
    expect(rows.map((r) => [r.userId, r.date])).toEqual([
      ['ana-dev', '2026-03-19'],
      ['ben-ops', '2026-03-04'],
    ]);
  });

  it.each([
    ['report_time', true],
    ['Report Refresh Date', true],
    ['last_authenticated_at', true],
    ['Exported at', true],
    ['Snapshot date', true],
    ['As of', true],
    ['Report date', false],
    ['generated_at', false],
    ['last_activity_at', false],
    ['Timestamp', false],
  ])('%j names the date of the report or a sign-in: %s', (header, report) => {
    expect(namesReportDate(header)).toBe(report);
  });
});

/**
 * Microsoft Teams' user activity report (columns as listed for reportRoot: getTeamsUserActivityUserDetail in the
 * Microsoft Graph reference): one row per user, dated by the last activity, with one count per kind of activity over
 * the report's period. "Team Chat Message Count" was proposed as the uses: Ben, active on 26 March in private chats
 * only (0 team chat messages), counted as not active that week (1 of 2 instead of 2 of 2).
 */
describe('a report of last activity with counts over its period', () => {
  const teams = [
    'Report Refresh Date,Tenant Display Name,Shared Channel Tenant Display Names,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,Meeting Count,Post Messages,Reply Messages,Urgent Messages,Meetings Organized Count,Meetings Attended Count,Audio Duration,Video Duration,Screen Share Duration,Has Other Action,Is Licensed,Report Period',
    '2026-03-29,Contoso,,0d5d7c1c-0001,anna@contoso.com,2026-03-27,False,,MICROSOFT 365 E5,12,40,3,5,2,10,0,1,4,PT1H2M,PT20M,PT5M,No,Yes,7',
    '2026-03-29,Contoso,,0d5d7c1c-0002,ben@contoso.com,2026-03-26,False,,MICROSOFT 365 E5,0,25,0,2,0,0,0,0,2,PT30M,PT0S,PT0S,No,Yes,7',
  ].join('\n');

  it('reads every row as activity on its last activity date, never one count of the period as the uses', () => {
    const preview = look(teams);
    expect(preview.mapping.fields).toMatchObject({ date: 'Last Activity Date', uses: null });
    const { result, rows } = importBytes(utf8(`${teams}\n`), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => [r.date, r.uses])).toEqual([
      ['2026-03-27', null],
      ['2026-03-26', null],
    ]);
  });

  it('keeps the uses of a log dated by the day of use', () => {
    const log = 'user,date,message count\nana,2026-03-02,12\nben,2026-03-02,0\n';
    expect(look(log).mapping.fields['uses']).toBe('message count');
  });
});

/**
 * Cursor's team usage, from its Admin API's daily usage data saved as CSV (one row per member and day, keyed by date and
 * e-mail as Airbyte's Cursor connector documents it; "daily metrics like lines added/deleted, AI requests, model usage"
 * in ingestr's Cursor source). The field names (isActive, composerRequests, chatRequests, agentRequests…) are written
 * from the API's documentation as remembered; the API gives the date in epoch milliseconds, shown here as a day.
 * Before, "composerRequests" was proposed as the uses: a member active that day through chat or agent requests only
 * (0 composer requests) counted as not active, so week 2 read 0 of 5 where Cy was active (1 of 5).
 */
import { describe, expect, it } from 'vitest';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const daily = [
  'date,email,isActive,totalLinesAdded,acceptedLinesAdded,totalTabsAccepted,composerRequests,chatRequests,agentRequests,mostUsedModel',
  '2026-03-02,ana@contoso.com,true,340,120,45,3,12,2,claude-4-sonnet',
  '2026-03-02,ben@contoso.com,false,0,0,0,0,0,0,',
  '2026-03-03,ana@contoso.com,true,80,30,10,0,4,1,gpt-5',
  '2026-03-10,cy@contoso.com,true,20,5,3,0,1,0,gpt-5',
  '2026-03-10,ben@contoso.com,false,0,0,0,0,0,0,',
].join('\n');

describe('Cursor daily usage', () => {
  it('several kinds of request counted apart: none is the uses, isActive says who was active', () => {
    const preview = previewText(daily, 'usage');
    expect(preview.mapping.fields).toMatchObject({ userId: 'email', date: 'date', uses: null, active: 'isActive' });
    const { result, rows } = importBytes(utf8(`${daily}\n`), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    // Active: Ana on 2 and 3 March, Cy on 10 March; Ben never.
    expect(rows.map((r) => [r.userId, r.date, r.uses])).toEqual([
      ['ana@contoso.com', '2026-03-02', null],
      ['ben@contoso.com', '2026-03-02', 0],
      ['ana@contoso.com', '2026-03-03', null],
      ['cy@contoso.com', '2026-03-10', null],
      ['ben@contoso.com', '2026-03-10', 0],
    ]);
  });

  it.each<[string, string, string | null]>([
    // A total beside its parts is the uses.
    ['a total beside the kinds', 'date,email,totalRequests,chatRequests,agentRequests\n2026-03-02,ana@x.com,14,12,2\n2026-03-03,ben@x.com,0,0,0', 'totalRequests'],
    // One count: the uses, as before.
    ['one kind of request', 'date,email,chatRequests\n2026-03-02,ana@x.com,12\n2026-03-03,ben@x.com,0', 'chatRequests'],
  ])('%s', (_case, csv, uses) => {
    expect(previewText(csv, 'usage').mapping.fields['uses']).toBe(uses);
  });

  it.each<[string, string, readonly string[]]>([
    [
      'a member with no request of any kind',
      'date,email,chatRequests,agentRequests\n2026-03-02,ana@x.com,12,2\n2026-03-02,ben@x.com,0,0\n2026-03-03,cy@x.com,0,3',
      [
        '“chatRequests”, “agentRequests” count uses but none is read as the uses: every row would count as a person active that day or week, also the row where ' +
          'every count is 0 (line 3). Choose the column that counts every use as “Number of uses”, if there is one, or remove the rows with no use from the file first.',
      ],
    ],
    ['every row with some use', 'date,email,chatRequests,agentRequests\n2026-03-02,ana@x.com,12,2\n2026-03-02,ben@x.com,1,0\n2026-03-03,cy@x.com,0,3', []],
  ])('without an active yes/no, counts left unread: %s', (_case, csv, warnings) => {
    // Before the counts were left unread here, Ben's row would have counted him as active without a word.
    const preview = previewText(csv, 'usage');
    expect(preview.mapping.fields['uses']).toBeNull();
    expect(preview.plausibility.warnings.filter((w) => w.code === 'use_counts_unread').map((w) => w.message)).toEqual(warnings);
  });

  // Before: refused, every row ("“1772409600000” is not a valid date"). 13 digits can only be milliseconds since 1970
  // (UTC): read as that day, shown in the preview before importing.
  it('dates in epoch milliseconds (as the API gives them) read as their UTC day, shown in the preview', () => {
    const csv = daily.replace(/^2026-03-02/gm, '1772409600000').replace(/^2026-03-03/gm, '1772496000000').replace(/^2026-03-10/gm, '1773100800000');
    const preview = previewText(csv, 'usage');
    expect(preview.settings.dateFormat).toBe('unix');
    expect(preview.plausibility.blocked).toBeNull();
    expect(preview.rows.map((r) => (r.row as { date: string } | null)?.date)).toEqual(['2026-03-02', '2026-03-02', '2026-03-03', '2026-03-10', '2026-03-10']);
    const { result, rows } = importBytes(utf8(`${csv}\n`), { kind: 'usage', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).rejected).toBe(0);
    expect(rows.map((r) => r.date)).toEqual(['2026-03-02', '2026-03-02', '2026-03-03', '2026-03-10', '2026-03-10']);
  });
});

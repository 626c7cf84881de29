/**
 * Reports an incident tool turned down, listed beside the incidents. Shapes:
 * - incident.io: reference "INC-101", name, status (its status categories include "declined", "merged" and "canceled":
 *   api-docs.incident.io, Incidents V2 list filters), severity (Critical / Major / Minor by default), reported, accepted and
 *   resolved times ("2021-08-17T13:28:57.801578Z" in its API examples); the CSV's column titles are written from those names.
 * - ServiceNow's incident list export (state "Canceled" beside "Resolved" and "Closed"), as the servicenow fixture.
 * - Jira's issue export with its "Resolution" ("Done", "Duplicate", "Won't Do"), as the jira fixture.
 * Before, a declined "Critical" report imported as a critical incident without a word: 2 critical incidents
 * where there was 1, and a "no critical incident" gate failed on a false alarm.
 */
import { describe, expect, it } from 'vitest';
import { importBytes, previewText, summaryOf, utf8 } from './helpers';

const incidentIo = [
  'ID,Reference,Name,Status,Severity,Incident Type,Reported at,Accepted at,Resolved at,Summary',
  '01HQ2Z7A1,INC-101,Assistant returns empty answers,Closed,Critical,Default,2026-03-03T09:40:12.801578Z,2026-03-03T09:52:00.000000Z,2026-03-03T11:02:40.000000Z,Model endpoint quota exhausted',
  '01HQ2Z7A2,INC-102,Slow drafting for Claims,Closed,Major,Default,2026-03-05T14:10:00.000000Z,2026-03-05T14:40:00.000000Z,2026-03-05T18:00:00.000000Z,Vector index rebuild',
  '01HQ2Z7A3,INC-103,Assistant down for everyone?,Declined,Critical,Default,2026-03-10T08:05:33.000000Z,,,False alarm: VPN outage on one laptop',
].join('\n');

const serviceNow = [
  '"number","opened_at","short_description","priority","state","resolved_at"',
  '"INC0010231","2026-03-03 09:40:12","Drafting assistant returns errors","1 - Critical","Resolved","2026-03-03 11:02:40"',
  '"INC0010245","2026-03-05 14:10:00","Slow responses for Claims team","3 - Moderate","Closed","2026-03-05 18:00:00"',
  '"INC0010250","2026-03-06 10:00:00","Assistant slow (opened twice)","3 - Moderate","Canceled",""',
].join('\n');

const jira = [
  'Summary,Issue key,Issue Type,Status,Priority,Resolution,Created,Resolved',
  'Assistant down for all users,AIR-101,Incident,Done,Highest,Done,03/Mar/26 9:40 AM,03/Mar/26 11:02 AM',
  'Assistant down for all users (again),AIR-102,Incident,Done,Highest,Duplicate,03/Mar/26 9:45 AM,03/Mar/26 9:50 AM',
  'Wrong policy quoted,AIR-103,Incident,Done,High,Duplicate,05/Mar/26 2:10 PM,05/Mar/26 2:30 PM',
  'Slow responses,AIR-104,Incident,Done,Medium,Done,05/Mar/26 3:10 PM,05/Mar/26 6:00 PM',
].join('\n');

const turnedDown = (csv: string): string[] =>
  previewText(csv, 'incidents')
    .plausibility.warnings.filter((w) => w.code === 'turned_down_incidents')
    .map((w) => w.message);

describe('reports turned down are named before importing', () => {
  it.each<[string, string, readonly string[]]>([
    [
      'incident.io, a declined critical report',
      incidentIo,
      [
        '1 row of the file has “Declined” in “Status” (line 4): a report turned down or counted under another incident, yet it would count as an incident (a critical one). Delete it from the file and choose it again.',
      ],
    ],
    [
      'ServiceNow, a cancelled one',
      serviceNow,
      [
        '1 row of the file has “Canceled” in “state” (line 4): a report turned down or counted under another incident, yet it would count as an incident. Delete it from the file and choose it again.',
      ],
    ],
    [
      'Jira, two duplicates',
      jira,
      [
        '2 rows of the file have “Duplicate” in “Resolution” (lines 3, 4): reports turned down or counted under another incident, yet each would count as an incident (1 of them critical). Delete them from the file and choose it again.',
      ],
    ],
    [
      'a status with more words: "Closed - Duplicate"',
      serviceNow.replace('"Canceled"', '"Closed - Duplicate"'),
      [
        '1 row of the file has “Closed - Duplicate” in “state” (line 4): a report turned down or counted under another incident, yet it would count as an incident. Delete it from the file and choose it again.',
      ],
    ],
    ['every report an incident', jira.replace(/Duplicate/g, 'Done'), []],
  ])('%s', (_case, csv, warnings) => {
    expect(turnedDown(csv)).toEqual(warnings);
  });

  it('the declined report would otherwise count as a critical incident (the warning is why it must be deleted)', () => {
    const preview = previewText(incidentIo, 'incidents');
    expect(preview.mapping.fields).toMatchObject({ incidentId: 'Reference', severity: 'Severity', date: 'Reported at' });
    const { result, rows } = importBytes(utf8(`${incidentIo}\n`), { kind: 'incidents', settings: preview.settings, mapping: preview.mapping });
    expect(summaryOf(result).accepted).toBe(3);
    expect(rows.filter((r) => r.severity === 'critical').map((r) => r.incidentId)).toEqual(['INC-101', 'INC-103']);
  });

  it.each<[string, string, string]>([
    // Before: "Summary" was what happened, and INC-104 (no summary) was rejected: an incident not counted.
    ['incident.io, a summary left empty', incidentIo + '\n01HQ2Z7A4,INC-104,Citation links broken,Closed,Minor,Default,2026-03-12T02:00:00.000000Z,,2026-03-12T10:10:00.000000Z,', 'Name'],
    ['every summary filled', incidentIo, 'Summary'],
  ])('what happened: %s', (_case, csv, description) => {
    const preview = previewText(csv, 'incidents', { settings: { severityScale: 'from_1' } });
    expect(preview.mapping.fields['description']).toBe(description);
    expect(preview.plausibility.warnings.map((w) => w.code)).not.toContain('many_rejected');
  });

  it('a "Name" alone is no incident: a roster of names and dates is not suggested as incidents', () => {
    expect(previewText('Name,Date\nAna Ruiz,2026-03-02\nBen Li,2026-03-02\nCy Park,2026-03-03', 'usage', { kind: undefined }).kindSuggestion.kind).toBeNull();
  });
});

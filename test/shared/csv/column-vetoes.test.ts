/**
 * Columns of real exports that resemble a field and are not it (shared/csv/column-vetoes.ts): PagerDuty's incident list
 * pulled from its API (cells holding Python lists and dicts, responders and assignees), Anthropic's cost report
 * ("cost_type"). Each row says what was proposed before.
 */
import { describe, expect, it } from 'vitest';
import type { ImportKind } from '../../../shared/csv/kinds';
import { namesAnIncidentRole } from '../../../shared/csv/column-vetoes';
import { firstLook } from './found/found-harness';
import { previewText } from './helpers';

describe('a PagerDuty incident list pulled from its API, read as another kind', () => {
  it.each<[ImportKind, Record<string, string | null>]>([
    // Before: "responder_requests" ("[]", "[{'incident': …}]") as the user, "subscriber_requests" ("[]") as the uses, "service" (a dict) as the group.
    ['usage', { userId: null, uses: null, group: null }],
    // Before: the same, with "escalation_policy" (a dict) as the escalations and "subscriber_requests" as the requests.
    ['operations', { userId: null, requests: null, escalations: null, group: null }],
    // Before: "incident_number" (1, 3, 5) as the 1–5 rating, "responder_requests" as the user.
    ['satisfaction', { userId: null, rating: null, group: null }],
  ])('as %s, no list, dict or incident number is proposed', (kind, fields) => {
    expect(firstLook('pagerduty-api-incidents.csv', { kind }).mapping.fields).toMatchObject(fields);
  });
});

describe('columns that resemble a field and are not it', () => {
  it.each<[string, ImportKind, string, string, string | null]>([
    ['an assignee of an incident is not the user', 'usage', 'assigned_to_user_names,created_on\nDana Ortiz,2026-03-02\nEli Brandt,2026-03-03', 'userId', null],
    ['a responder list is not the user', 'usage', 'incidents_responders,date\nDana,2026-03-02\nEli,2026-03-03', 'userId', null],
    ["a survey's responder is still the user", 'satisfaction', 'Responder,Date,Rating\nana@x.org,2026-03-02,4\nben@x.org,2026-03-03,5', 'userId', 'Responder'],
    ['a list in every cell is no group', 'usage', 'user,date,teams\na,2026-03-02,[]\nb,2026-03-03,"[\'Ops\']"', 'group', null],
    ["a line item's type is no cost", 'operations', 'date,requests,cost_type\n2026-03-02,5,tokens\n2026-03-03,6,web_search', 'cost', null],
    ["an escalation policy's name is no count of escalations", 'operations', 'date,requests,escalation_policy_name\n2026-03-02,5,AI Platform\n2026-03-03,6,AI Platform', 'escalations', null],
    ['a count of escalations is', 'operations', 'date,requests,escalation_count\n2026-03-02,5,0\n2026-03-03,6,2', 'escalations', 'escalation_count'],
    ["a tester is no test case (TestRail's \"Tested By\")", 'test_results', 'Tested By,Status\nAna Ruiz,Passed\nBen Li,Failed\nCy Okafor,Passed', 'caseId', null],
    ['satisfaction words are no count of uses (Zendesk)', 'usage', 'Requester email,Created at,Satisfaction Score\nkim@x.org,2026-03-02,Good\nleo@x.org,2026-03-03,Bad\nsam@x.org,2026-03-04,Good', 'uses', null],
    ['a count of uses is', 'usage', 'user,date,uses\na,2026-03-02,3\nb,2026-03-03,0', 'uses', 'uses'],
    ["an incident's number is no rating", 'satisfaction', 'user,date,incident_number\na,2026-03-02,1\nb,2026-03-03,3\nc,2026-03-04,5', 'rating', null],
  ])('%s', (_case, kind, csv, field, header) => {
    expect(previewText(csv, kind).mapping.fields[field]).toBe(header);
  });

  it.each<[string, boolean]>([
    ['assigned_to_user_names', true],
    ['responder_requests', true],
    ['last_status_change_by', true],
    ['escalation_policy', true],
    ['Responder', false],
    ['user_email', false],
    ['account', false],
  ])('%s names who handles an incident: %s', (header, expected) => {
    expect(namesAnIncidentRole(header)).toBe(expected);
  });
});

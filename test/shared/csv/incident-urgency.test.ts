/**
 * PagerDuty's incidents export carries `urgency` (high or low: how fast responders are paged, set per service) beside
 * `priority` (P1–P5, which only Standard and Enterprise accounts configure; empty otherwise). With no priority,
 * "urgency" was proposed as the severity: an outage for every user read "high", and the plan's critical incidents
 * read 0 — a "no critical incident" gate would pass. An urgency is never proposed as the severity; the user is asked.
 */
import { describe, expect, it } from 'vitest';
import { namesUrgency } from '../../../shared/csv/header-words';
import type { CsvPreview } from '../../../shared/csv/preview';
import { previewText } from './helpers';

const header = 'id,incident_number,description,service_name,created_on,resolved_on,seconds_to_first_ack,auto_resolved,urgency,priority';
const pagerduty = (priorities: readonly string[]): string =>
  [
    header,
    `Q1AB,301,Drafting assistant returns 502 for all users,Drafting Assistant,2026-03-03T09:40:12-05:00,2026-03-03T11:02:40-05:00,420,False,high,${priorities[0]}`,
    `Q1AC,302,Slow responses for Claims team,Drafting Assistant,2026-03-05T14:10:00-05:00,2026-03-05T18:00:00-05:00,1500,False,high,${priorities[1]}`,
    `Q1AD,303,Nightly index job failed,Drafting Assistant,2026-03-12T02:00:00-05:00,2026-03-12T06:30:00-05:00,5400,True,low,${priorities[2]}`,
  ].join('\n');

const look = (csv: string): CsvPreview => previewText(csv, 'incidents');

describe('an urgency is not a severity', () => {
  it.each<[string, readonly string[], string | null]>([
    ['no priorities configured: the user chooses the severity', ['', '', ''], null],
    ['priorities P1–P3: the priority, as before', ['P1', 'P3', 'P2'], 'priority'],
  ])('PagerDuty, %s', (_case, priorities, severity) => {
    const preview = look(pagerduty(priorities));
    expect(preview.mapping.fields['severity']).toBe(severity);
    expect(preview.unusedColumns.find((c) => c.header === 'urgency')?.reason).toBe(
      'an urgency (how fast people are notified), not a severity: it never says an incident is critical',
    );
    if (severity === null) expect(preview.mappingProblems).toContain('Choose the column for: Severity.');
  });

  it.each([
    ['urgency', true],
    ['Urgency', true],
    ['incident_urgency', true],
    ['Dringlichkeit', true],
    ['severity', false],
    ['priority', false],
    ['impact', false],
  ])('%j names an urgency: %s', (text, urgency) => {
    expect(namesUrgency(text)).toBe(urgency);
  });
});

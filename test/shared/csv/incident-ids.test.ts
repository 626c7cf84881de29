/**
 * An incident id column that repeats with different opened times names something else (a robot, a service): read
 * as the incident id, its faults collapse into one incident each. Before: no word; 4 faults of a robot fault log
 * entered the register as 2 incidents ("Same incident as line 2 of the file").
 */
import { describe, expect, it } from 'vitest';
import { previewText } from './helpers';
import { importFound } from './found/found-harness';

const warningOf = (csv: string, incidentId: string) => {
  const start = previewText(csv, 'incidents');
  const mapping = { ...start.mapping, fields: { ...start.mapping.fields, incidentId } };
  return previewText(csv, 'incidents', { mapping }).plausibility.warnings.find((w) => w.code === 'incident_id_repeats')?.message ?? null;
};

describe('an incident id repeated with different opened times is warned about', () => {
  it.each([
    [
      'a robot id beside its faults',
      'Robot ID,severity,opened,description\nR1,high,2022-03-21 08:15,Green light stuck\nR1,low,2022-03-21 09:30,Obstacle sensor\nR1,medium,2022-03-21 10:07,Driver lost\nR2,low,2022-03-21 11:00,Drift',
      'Robot ID',
      /“Robot ID” repeats with different opened times \(“R1” opened at 2022-03-21 08:15, 2022-03-21 09:30, 2022-03-21 10:07\).*the 4 rows of the file would count as 2 incidents/,
    ],
    // An event log: each update repeats the incident's own opened time.
    [
      'an event log of updates',
      'number,severity,opened_at,description\nINC1,3 - Moderate,2026-03-02 09:00,Login fails\nINC1,2 - High,2026-03-02 09:00,Login fails\nINC2,4 - Low,2026-03-03 10:00,Slow',
      'number',
      null,
    ],
    ['ids that never repeat', 'number,severity,opened_at,description\nINC1,high,2026-03-02 09:00,A\nINC2,low,2026-03-02 10:00,B', 'number', null],
  ])('%s', (_, csv, incidentId, message) => {
    const warning = warningOf(csv, incidentId);
    if (message === null) expect(warning).toBeNull();
    else expect(warning).toMatch(message);
  });

  it("ServiceNow's event log (one row per update, 49 incidents in 300 rows) is not warned about", () => {
    const { confirmed, summary } = importFound('servicenow-incident-event-log-head300.csv', { kind: 'incidents', fields: { description: 'category' } });
    expect(summary.accepted).toBe(300);
    expect(confirmed.plausibility.warnings.map((w) => w.code)).not.toContain('incident_id_repeats');
  });
});

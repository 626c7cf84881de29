import { describe, expect, it } from 'vitest';
import type { IncidentRow } from '../../../shared/csv/kinds';
import { incidentChanges } from '../../../shared/decisions/incident-changes';
import { mergeIncidents } from '../../../shared/incidents';
import { createColumnsBuilder } from '../../../shared/metrics/column-builder';
import type { IncidentColumns } from '../../../shared/metrics/columns';
import type { Incident, Plan } from '../../../shared/model/schema';
import { pilotPlan } from '../decisions/fixtures';

const stages = [
  { id: 's1', name: 'Internal pilot', plannedStart: '2026-09-07', durationWeeks: 4, enrolledUsers: 5 },
  { id: 's2', name: 'Expanded pilot', plannedStart: '2026-10-05', durationWeeks: 4, enrolledUsers: 15 },
];

let line = 1;
function row(patch: Partial<IncidentRow>): IncidentRow {
  line += 1;
  return {
    line,
    date: (patch.openedAt ?? '2026-09-09T13:02').slice(0, 10),
    week: null,
    stage: null,
    group: null,
    userId: '',
    incidentId: 'INC-1',
    severity: 'critical',
    openedAt: '2026-09-09T13:02',
    acknowledgedAt: '2026-09-09T13:09',
    resolvedAt: null,
    description: 'Data shown to the wrong user',
    rollback: false,
    ...patch,
  };
}

function columns(rows: readonly IncidentRow[]): IncidentColumns {
  const builder = createColumnsBuilder('incidents');
  builder.appendBatch(rows);
  return builder.finish();
}

const merged = (register: readonly Incident[], rows: readonly IncidentRow[]) => mergeIncidents(register, columns(rows), stages);

describe('mergeIncidents: a re-import never doubles an incident', () => {
  const first = merged([], [row({}), row({ incidentId: '', severity: 'low', openedAt: '2026-10-06T09:00', description: 'Typo in a template' })]);

  it('adds new incidents, placed in the stage whose dates hold their opening', () => {
    expect(first.added).toBe(2);
    expect(first.incidents.map((i) => [i.stageId, i.severity, i.openedAt])).toEqual([
      ['s1', 'critical', '2026-09-09T13:02'],
      ['s2', 'low', '2026-10-06T09:00'],
    ]);
  });

  it.each<[string, IncidentRow[], { added: number; completed: number; unchanged: number; notAdded: number }, RegExp | null]>([
    ['the same file again', [row({}), row({ incidentId: '', severity: 'low', openedAt: '2026-10-06T09:00', description: 'Typo in a template' })], { added: 0, completed: 0, unchanged: 2, notAdded: 0 }, /Already in the register/],
    ['a later export that resolves it', [row({ resolvedAt: '2026-09-09T15:00', rollback: true })], { added: 0, completed: 1, unchanged: 0, notAdded: 0 }, /Completed in the register: resolved, rollback/],
    ['an export that disagrees', [row({ acknowledgedAt: '2026-09-09T13:30' })], { added: 0, completed: 0, unchanged: 0, notAdded: 1 }, /says otherwise about acknowledged: the register is kept/],
    ['the content key without an id, spacing and case aside', [row({ incidentId: '', severity: 'low', openedAt: '2026-10-06T09:00', description: 'typo in  a TEMPLATE' })], { added: 0, completed: 0, unchanged: 1, notAdded: 0 }, /Already in the register/],
    ['the same incident twice in one file', [row({ incidentId: 'INC-7' }), row({ incidentId: 'INC-7' })], { added: 1, completed: 0, unchanged: 0, notAdded: 1 }, /Same incident as line \d+ of the file/],
    ['an incident opened outside every stage', [row({ incidentId: 'INC-8', openedAt: '2026-08-01T10:00', acknowledgedAt: null })], { added: 0, completed: 0, unchanged: 0, notAdded: 1 }, /outside every stage's dates/],
    ['a stage the plan does not have', [row({ incidentId: 'INC-9', stage: 'Pilot X' })], { added: 0, completed: 0, unchanged: 0, notAdded: 1 }, /not one of this plan's stages/],
    ['a named stage wins over the date', [row({ incidentId: 'INC-10', stage: 'expanded pilot' })], { added: 1, completed: 0, unchanged: 0, notAdded: 0 }, null],
  ])('%s', (_name, rows, counts, reason) => {
    const again = merged(first.incidents, rows);
    expect({ added: again.added, completed: again.completed, unchanged: again.unchanged, notAdded: again.notAdded }).toEqual(counts);
    expect(again.incidents.length).toBe(first.incidents.length + counts.added);
    if (reason !== null) expect(again.rows.at(-1)?.reason).toMatch(reason);
  });

  it('matches an incident entered by hand by its content, and keeps the hand entry', () => {
    const byHand: Incident = { id: 'hand-1', stageId: 's1', severity: 'critical', openedAt: '2026-09-09T13:02', acknowledgedAt: null, resolvedAt: null, description: 'Data shown to the wrong user', rollback: false };
    const again = merged([byHand], [row({ incidentId: '' })]);
    expect(again.incidents).toEqual([{ ...byHand, acknowledgedAt: '2026-09-09T13:09' }]);
    expect(again.completed).toBe(1);
  });

  it('is written to the decision log naming the file it came from', () => {
    const before: Plan = { ...pilotPlan(), incidents: [] };
    const stageId = before.stages[0]!.id;
    const record = { ...before.imports[0], id: 'imp-9', kind: 'incidents', fileName: 'incidents-critical.csv' } as Plan['imports'][number];
    const after: Plan = { ...before, imports: [...before.imports, record], incidents: [{ ...first.incidents[0]!, stageId }] };
    expect(incidentChanges(before, after).map((c) => c.rationale)).toEqual([
      expect.stringMatching(/^Incident register entry added \(from the import of “incidents-critical\.csv”\): Stage “.*”, incident: \(none\) → Critical, opened 2026-09-09 13:02/),
    ]);
  });
});

describe('mergeIncidents: later rows of the same incident (an event log, one row per update)', () => {
  it('raises an incident this file added to its worst severity, and counts that row as completing it', () => {
    const result = merged([], [row({ severity: 'high' }), row({ severity: 'critical', rollback: true })]);
    expect(result.incidents.map((i) => [i.severity, i.rollback])).toEqual([['critical', true]]);
    expect(result.rows.map((r) => r.outcome)).toEqual(['added', 'completed']);
    expect(result.rows[1]?.reason).toMatch(/^Same incident as line \d+ of the file; severity critical here \(high before\): counted as critical/);
  });

  it('reports, and does not drop, an escalation of an incident the register held before the file', () => {
    const before = merged([], [row({ severity: 'high' })]).incidents;
    const result = merged(before, [row({ severity: 'high' }), row({ severity: 'critical', rollback: true })]);
    // The register stays as the lead keeps it; the row that says otherwise is named with what it says.
    expect(result.incidents).toEqual(before);
    expect(result.rows.map((r) => r.outcome)).toEqual(['unchanged', 'not_added']);
    expect(result.rows[1]?.reason).toMatch(/^Same incident as line \d+ of the file\. Already in the register, which says otherwise about severity: the register is kept/);
  });
});

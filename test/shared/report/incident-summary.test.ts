import { describe, expect, it } from 'vitest';
import type { Incident, Plan } from '../../../shared/model/schema';
import { DESCRIPTION_CHARS, incidentSection, OPEN_INCIDENTS_SHOWN, openIncidentWords } from '../../../shared/report/incident-summary';
import { pilotPlan } from '../decisions/fixtures';

/** The summary is generated at 10:00 on 2026-10-20, local time. */
const NOW = '2026-10-20T10:00';

let counter = 0;
function incident(overrides: Partial<Incident> = {}): Incident {
  counter += 1;
  return {
    id: `inc-${counter}`,
    stageId: 's1',
    severity: 'high',
    openedAt: '2026-10-14T09:00',
    acknowledgedAt: '2026-10-14T09:30',
    resolvedAt: '2026-10-14T12:00',
    description: 'Drafts quoted the wrong policy',
    rollback: false,
    ...overrides,
  };
}

function register(incidents: Incident[], incidentsKeptSince: string | null = '2026-09-07'): Plan {
  return pilotPlan({ incidents, incidentsKeptSince });
}

describe('open incidents in the bottom line', () => {
  it.each<[string, Incident[], string | null, string, string]>([
    ['an empty register that is not kept', [], null, 'Register not kept', 'neutral'],
    ['an empty register that is kept', [], '2026-09-07', 'None open', 'good'],
    ['only resolved incidents', [incident()], '2026-09-07', 'None open', 'good'],
    ['incidents recorded in a register not said to be kept', [incident()], null, 'None open', 'good'],
    ['one open medium', [incident({ severity: 'medium', resolvedAt: null })], '2026-09-07', '1 open: 1 medium', 'warn'],
    ['one open low', [incident({ severity: 'low', resolvedAt: null })], '2026-09-07', '1 open: 1 low', 'neutral'],
    [
      'an open critical beside an open medium, critical named first',
      [incident({ severity: 'medium', resolvedAt: null }), incident({ severity: 'critical', resolvedAt: null })],
      '2026-09-07',
      '2 open: 1 critical, 1 medium',
      'bad',
    ],
    ['an open incident of another stage', [incident({ stageId: 's2', resolvedAt: null })], '2026-09-07', 'None open', 'good'],
  ])('says %s', (_, incidents, keptSince, text, tone) => {
    expect(openIncidentWords(register(incidents, keptSince), 's1')).toEqual({ text, tone });
  });
});

describe('the incidents section', () => {
  it.each<[string, string | null, Incident[], string]>([
    ['a kept register', '2026-09-07', [], 'Register kept since Sep 7, 2026: a week since then without an incident counts as none.'],
    ['no register', null, [], 'No incident register is kept for this plan: no incident is recorded, and an empty week proves nothing (critical-incident gates cannot pass on it).'],
    ['incidents in a register not said to be kept', null, [incident()], 'The register is not said to be complete: the incidents below are recorded, but a week without one proves nothing.'],
  ])('says what the register proves for %s', (_, keptSince, incidents, text) => {
    expect(incidentSection(register(incidents, keptSince), NOW).register).toBe(text);
  });

  it('has no table and no summary without incidents', () => {
    const section = incidentSection(register([]), NOW);
    expect(section).toMatchObject({ summary: null, rows: [], noIncidents: null, open: [], moreOpen: null, cutNote: null });
  });

  it('counts per stage by severity, open, answered within target and rollbacks; stages without incidents are named, not tabled', () => {
    const section = incidentSection(
      register([
        // Within target: acknowledged after 10 min against 15 min.
        incident({ severity: 'critical', openedAt: '2026-10-14T09:00', acknowledgedAt: '2026-10-14T09:10', resolvedAt: null }),
        // Late: 80 min against 1 h; a rollback followed.
        incident({ severity: 'high', openedAt: '2026-10-15T14:00', acknowledgedAt: '2026-10-15T15:20', rollback: true }),
        // Not acknowledged, 4 h target long past on NOW: overdue, so counted against the share.
        incident({ severity: 'medium', openedAt: '2026-10-16T11:00', acknowledgedAt: null, resolvedAt: null }),
      ]),
      NOW,
    );
    expect(section.summary).toBe('3 incidents, 2 open; answered within target: 1 of 3; 1 rollback.');
    expect(section.rows).toEqual([
      {
        stage: 'Stage 1: Internal pilot',
        total: 3,
        bySeverity: { critical: 1, high: 1, medium: 1, low: 0 },
        open: 2,
        withinTarget: '1 of 3 (33%)',
        rollbacks: 1,
      },
    ]);
    expect(section.noIncidents).toBe('No incident recorded for stage 2.');
  });

  it.each<[string, Partial<Incident>, string]>([
    ['acknowledged within target', { severity: 'critical', openedAt: '2026-10-20T09:00', acknowledgedAt: '2026-10-20T09:12' }, 'Acknowledged in 12 min (target 15 min)'],
    ['acknowledged late, in hours', { severity: 'high', openedAt: '2026-10-19T08:00', acknowledgedAt: '2026-10-19T09:15' }, 'Acknowledged in 1 h 15 min (target 1 h), late'],
    ['not acknowledged, its target passed', { severity: 'critical', openedAt: '2026-10-20T09:00', acknowledgedAt: null }, 'Not acknowledged, past its 15 min target'],
    ['not acknowledged, still within its target', { severity: 'low', openedAt: '2026-10-20T09:00', acknowledgedAt: null }, 'Not acknowledged yet (target 24 h)'],
  ])('words the response of an open incident %s', (_, overrides, response) => {
    const [open] = incidentSection(register([incident({ ...overrides, resolvedAt: null })]), NOW).open;
    expect(open?.response).toBe(response);
  });

  it('lists the open incidents most severe first, at most a few, and says how many more and that long text was cut', () => {
    const long = 'x'.repeat(DESCRIPTION_CHARS + 20);
    const open = [
      incident({ severity: 'low', resolvedAt: null, openedAt: '2026-10-10T08:00' }),
      incident({ severity: 'critical', resolvedAt: null, description: long, rollback: true }),
      ...Array.from({ length: OPEN_INCIDENTS_SHOWN }, (_, i) => incident({ severity: 'medium', resolvedAt: null, openedAt: `2026-10-1${i}T10:00` })),
      incident({ severity: 'high', resolvedAt: '2026-10-14T10:00' }),
    ];
    const section = incidentSection(register(open), NOW);
    expect(section.open.map((o) => o.severity)).toEqual(['Critical', 'Medium', 'Medium', 'Medium']);
    expect(section.open[0]).toMatchObject({ stage: 'Stage 1: Internal pilot', tone: 'bad', opened: 'Oct 14, 2026, 09:00 AM', rollback: true });
    expect(section.open[0]?.description).toHaveLength(DESCRIPTION_CHARS);
    expect(section.open[0]?.description.endsWith('…')).toBe(true);
    expect(section.moreOpen).toBe('and 2 more open incidents: the Stages tab lists every one.');
    expect(section.cutNote).toBe('Long descriptions are cut to one line here; the Stages tab shows them whole.');
  });
});

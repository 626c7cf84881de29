import { describe, expect, it } from 'vitest';
import { evaluateStage } from '../../../shared/gates/stage-verdict';
import type { ObservationLookup } from '../../../shared/gates/observations';
import { unjudgedIncidentNote } from '../../../shared/incidents/unjudged-incidents';
import type { Incident } from '../../../shared/model/schema';
import { criterion, stage } from '../gates/fixtures';

const incident = (severity: Incident['severity'], openedAt: string, extra: Partial<Incident> = {}): Incident => ({
  id: `i-${openedAt}`,
  stageId: 's1',
  severity,
  openedAt,
  acknowledgedAt: null,
  resolvedAt: null,
  description: 'Replies sent with another customer’s claim details',
  rollback: false,
  ...extra,
});

const plain = stage({ id: 's1', criteria: [criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50 })] });
const judging = stage({ id: 's1', criteria: [criterion({ metric: 'critical_incidents', comparator: '<=', threshold: 0 })] });
const TODAY = '2026-10-05';
const ONE = 'A critical incident was recorded in this stage: on Sep 9, 2026 (“Replies sent with another customer’s claim details”, rollback taken). No criterion or trigger of this stage judges incidents, so this verdict does not take it into account.';

describe('critical incidents no criterion judges are named beside the verdict', () => {
  it.each<[string, Parameters<typeof unjudgedIncidentNote>[0], Incident[], string | null]>([
    ['a critical incident with rollback, no incident criterion', plain, [incident('critical', '2026-09-09T13:02', { rollback: true })], ONE],
    ['the same incident, judged by a criterion', judging, [incident('critical', '2026-09-09T13:02', { rollback: true })], null],
    ['judged by a trigger', { ...plain, triggers: [criterion({ metric: 'critical_incidents', comparator: '>', threshold: 0 })] }, [incident('critical', '2026-09-09T13:02')], null],
    ['a high incident only', plain, [incident('high', '2026-09-09T13:02')], null],
    ['a critical incident of another stage', plain, [incident('critical', '2026-09-09T13:02', { stageId: 's2' })], null],
    ['a critical incident opened after today', plain, [incident('critical', '2026-10-06T08:00')], null],
    ['no incidents', plain, [], null],
  ])('%s', (_, s, incidents, note) => {
    expect(unjudgedIncidentNote(s, incidents, TODAY)).toBe(note);
  });

  it('names three in the order they were opened, then counts the rest', () => {
    const four = ['2026-09-20T10:00', '2026-09-08T10:00', '2026-09-15T10:00', '2026-09-10T10:00'].map((at) => incident('critical', at, { description: `Outage ${at.slice(5, 10)}` }));
    expect(unjudgedIncidentNote(plain, four, TODAY)).toBe(
      '4 critical incidents were recorded in this stage: on Sep 8, 2026 (“Outage 09-08”), on Sep 10, 2026 (“Outage 09-10”), on Sep 15, 2026 (“Outage 09-15”), and 1 more. ' +
        'No criterion or trigger of this stage judges incidents, so this verdict does not take them into account.',
    );
  });

  it('comes last among the stage’s reasons, without changing the verdict', () => {
    const none: ObservationLookup = () => ({ status: 'unmeasurable', why: { kind: 'no_file', message: 'No usage file.' } });
    const without = evaluateStage({ statisticalConfidence: false }, plain, none, TODAY);
    const withIncident = evaluateStage({ statisticalConfidence: false, incidents: [incident('critical', '2026-09-09T13:02', { rollback: true })] }, plain, none, TODAY);
    expect(withIncident.verdict).toBe(without.verdict);
    expect(withIncident.reasons).toEqual([...without.reasons, ONE]);
    expect(withIncident.incidentNote).toBe(ONE);
    expect(without.incidentNote).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { incidentChanges } from '../../../shared/decisions/incident-changes';
import type { Incident, Plan } from '../../../shared/model/schema';
import { pilotPlan } from './fixtures';

const plan = pilotPlan();
const stageId = plan.stages[0]?.id ?? '';
const outage: Incident = {
  id: 'i1',
  stageId,
  severity: 'critical',
  openedAt: '2026-09-08T10:00',
  acknowledgedAt: null,
  resolvedAt: null,
  description: 'Checkout drafts failed',
  rollback: false,
};
const register = (incidents: Incident[], incidentsKeptSince: string | null = '2026-09-07'): Plan => ({ ...plan, incidents, incidentsKeptSince });

describe('incidentChanges', () => {
  it.each([
    ['nothing changed', register([outage]), register([outage]), []],
    ['the register kept from a day', register([], null), register([]), ['Incident register changed: Incident register kept since: not kept → 2026-09-07.']],
    [
      'an incident added',
      register([]),
      register([outage]),
      ['Incident register entry added: Stage “Internal pilot”, incident: (none) → Critical, opened 2026-09-08 10:00, acknowledged —, resolved —, rollback: no — Checkout drafts failed.'],
    ],
    [
      'an incident acknowledged',
      register([outage]),
      register([{ ...outage, acknowledgedAt: '2026-09-08T10:12' }]),
      [
        'Incident register entry changed: Stage “Internal pilot”, incident: Critical, opened 2026-09-08 10:00, acknowledged —, resolved —, rollback: no — Checkout drafts failed → Critical, opened 2026-09-08 10:00, acknowledged 2026-09-08 10:12, resolved —, rollback: no — Checkout drafts failed.',
      ],
    ],
    ['an incident removed', register([outage]), register([]), [expect.stringMatching(/^Incident register entry removed: .* → \(removed\)\.$/)]],
  ])('%s', (_label, before, after, rationales) => {
    const changes = incidentChanges(before, after);
    expect(changes.map((c) => c.rationale)).toEqual(rationales);
    for (const c of changes) expect(c.kind).toBe('note');
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceSnapshotSchema } from '../../../shared/decisions/schema';
import { buildEvidenceSnapshot } from '../../../shared/decisions/evidence-snapshot';
import { computeReadiness } from '../../../shared/readiness/score';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { AFTER_WEEK_4, pilotPlan, snapshotOf } from './fixtures';

describe('buildEvidenceSnapshot', () => {
  // The log keeps its three statuses (older versions read it): too few test cases is recorded as not measured, never met.
  it('records a threshold measured on too few test cases as not measured, in the item and the tally', () => {
    const plan = pilotPlan();
    const threshold = { ...plan.thresholds[0]!, measured: { value: 92.8, date: '2026-10-05', source: 't.csv' }, tooFew: 'Only 194 test cases; the medium risk tier asks for at least 200 test cases.' };
    const judged = { ...plan, thresholds: [threshold] };
    const snapshot = buildEvidenceSnapshot(judged, null, computeReadiness(plan, AFTER_WEEK_4), tallyThresholds(judged.thresholds), AFTER_WEEK_4);
    expect(snapshot.thresholds).toMatchObject({ met: 0, notMet: 0, notMeasured: 1, items: [{ status: 'not_measured', measured: 92.8 }] });
    expect(() => evidenceSnapshotSchema.parse(snapshot)).not.toThrow();
  });

  it('freezes every criterion and trigger result with value, sample, interval and reason', () => {
    const snapshot = snapshotOf(pilotPlan());
    expect(snapshot.stage?.name).toBe('Internal pilot');
    expect(snapshot.stage?.verdict).toBe('hold');
    const [adoption, quality] = snapshot.stage?.results ?? [];
    expect(adoption).toMatchObject({
      kind: 'criterion',
      metric: 'Adoption rate',
      label: 'Adoption rate at least 50% at week 4 (min. 2 users) — required',
      required: true,
      status: 'fail',
      value: 40,
      unit: '%',
      sample: 5,
      reason: 'Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.',
    });
    expect(adoption?.interval?.low).toBeCloseTo(11.8, 0);
    expect(adoption?.interval?.high).toBeCloseTo(76.9, 0);
    expect(quality).toMatchObject({ kind: 'trigger', metric: 'Outputs under the editing limit', required: true });
    expect(snapshot.stage?.reasons).toContain('Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.');
  });

  it('freezes readiness with its blockers and weakest area, the threshold tally, the imports and the plan revision', () => {
    const snapshot = snapshotOf(pilotPlan());
    expect(snapshot.planRevision).toBe(7);
    expect(snapshot.evaluatedOn).toBe('2026-10-05');
    expect(snapshot.riskTier).toBe('medium');
    expect(snapshot.readiness).toMatchObject({
      overall: 0.5,
      blockers: 1,
      blockerItems: [{ question: 'Question i2', area: 'Area A', owner: 'Lee Park', dueDate: '2026-09-30' }],
      weakestArea: 'Area A',
      weakestScore: 0.5,
      ready: false,
    });
    expect(snapshot.thresholds).toEqual({
      met: 1,
      notMet: 0,
      notMeasured: 0,
      items: [{ metric: 'Accuracy', comparator: '>', target: 90, unit: '%', status: 'met', measured: 92 }],
    });
    expect(snapshot.imports).toEqual([
      {
        id: 'imp-1',
        kind: 'usage',
        fileName: 'usage-weeks-1-4.csv',
        sha256: 'a'.repeat(64),
        importedAt: '2026-10-05T09:30:00.000Z',
        accepted: 20,
        rejected: 0,
      },
    ]);
  });

  it('has no stage part for an entry about the whole plan', () => {
    expect(snapshotOf(pilotPlan(), null).stage).toBeNull();
  });

  it('is plain data that passes its own schema, unchanged by later edits of the plan', () => {
    const plan = pilotPlan();
    const snapshot = snapshotOf(plan);
    expect(evidenceSnapshotSchema.parse(snapshot)).toEqual(snapshot);
    const before = JSON.stringify(snapshot);
    plan.thresholds[0]!.target = 99;
    plan.stages[0]!.name = 'Renamed';
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('clips texts longer than the schema allows instead of refusing the decision', () => {
    const plan = pilotPlan();
    plan.checklist.items[1]!.question = 'Q'.repeat(1000);
    plan.checklist.items[1]!.owner = 'O'.repeat(500);
    const snapshot = snapshotOf(plan);
    expect(evidenceSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  const incident = (id: string, stageId: string, severity: 'critical' | 'low') => ({
    id,
    stageId,
    severity,
    openedAt: '2026-09-20T10:00',
    acknowledgedAt: '2026-09-20T10:05',
    resolvedAt: null,
    description: `Incident ${id}`,
    rollback: severity === 'critical',
  });
  const handValue = (id: string, stageId: string) => ({
    id,
    stageId,
    metric: 'error_rate' as const,
    week: 2,
    figure: { kind: 'counts' as const, successes: 12, trials: 1500 },
    source: 'Grafana export',
    note: '',
    recordedAt: '2026-10-01T09:00:00.000Z',
  });

  it.each([
    ['the judged stage', 0, ['i1'], 1],
    ['the other stage', 1, ['i2'], 0],
    ['no stage (an entry about the whole plan)', null, [], 0],
  ] as const)('freezes the incidents and hand-recorded values of %s, and only those', (_, stageIndex, incidentIds, handValues) => {
    const plan = { ...pilotPlan(), incidents: [incident('i1', 's1', 'critical'), incident('i2', 's2', 'low')], handValues: [handValue('h1', 's1')] };
    const snapshot = snapshotOf(plan, stageIndex);
    expect(snapshot.incidents?.map((i) => i.description)).toEqual(incidentIds.map((id) => `Incident ${id}`));
    expect(snapshot.handValues).toHaveLength(handValues);
    if (handValues > 0) {
      expect(snapshot.handValues?.[0]).toEqual({ metric: 'Error rate', week: 2, successes: 12, trials: 1500, value: null, sample: null, source: 'Grafana export', note: '' });
    }
    expect(evidenceSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('still reads an entry frozen before incidents and hand values were part of it', () => {
    const { incidents: _incidents, handValues: _handValues, ...older } = snapshotOf(pilotPlan());
    expect(evidenceSnapshotSchema.safeParse(older).success).toBe(true);
  });
});

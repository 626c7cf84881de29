import { describe, expect, it } from 'vitest';
import { computeReadiness } from '../../../shared/readiness/score';
import { planWithItems } from '../plan-fixture';

const TODAY = '2026-11-22';

describe('computeReadiness', () => {
  it('weighs required items three times as much as recommended ones', () => {
    // Area A: one required item done (3) and one recommended not done (1) → 3 / 4.
    const plan = planWithItems([
      { id: 'r', areaId: 'a', status: 'done' },
      { id: 'o', areaId: 'a', requiredFor: ['high'] },
    ]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.areas[0]?.score).toBeCloseTo(0.75);
    expect(summary.overall).toBeCloseTo(0.75);
  });

  it.each([
    ['not applicable leaves the denominator', 'not_applicable', 1, 0],
    ['cannot be measured yet counts as not done', 'cannot_measure', 0.5, 1],
    ['in progress counts as not done', 'in_progress', 0.5, 1],
    ['done counts', 'done', 1, 0],
  ] as const)('%s', (_name, status, score, blockers) => {
    const plan = planWithItems([
      { id: 'x', areaId: 'a', status: 'done' },
      { id: 'y', areaId: 'a', status, statusReason: 'because' },
    ]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.areas[0]?.score).toBeCloseTo(score);
    expect(summary.blockers).toHaveLength(blockers);
  });

  it('names the weakest area beside the overall score', () => {
    const plan = planWithItems([
      { id: 'a1', areaId: 'a', status: 'done' },
      { id: 'a2', areaId: 'a', status: 'done' },
      { id: 'b1', areaId: 'b' },
    ]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.weakest?.title).toBe('Area B');
    expect(summary.overall).toBeCloseTo(6 / 9);
  });

  it.each([
    ['one area lowest', [{ id: 'a1', areaId: 'a', status: 'done' }, { id: 'b1', areaId: 'b' }], 'Area B'],
    ['two areas tied at the lowest', [{ id: 'a1', areaId: 'a' }, { id: 'b1', areaId: 'b' }], 'Area A and 1 other area'],
  ] as const)('says when others share the weakest score: %s', (_, items, title) => {
    const summary = computeReadiness(planWithItems([...items]), TODAY);
    expect(summary.weakestTitle).toBe(title);
  });

  it('is not ready with blockers, whatever the score', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `d${i}`, areaId: 'a', status: 'done' as const }));
    const plan = planWithItems([...items, { id: 'late', areaId: 'b' }]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.overall).toBeGreaterThan(0.9);
    expect(summary.ready).toBe(false);
  });

  it('lists blockers overdue first, then by due date, undated last', () => {
    const plan = planWithItems([
      { id: 'undated', areaId: 'a' },
      { id: 'later', areaId: 'a', dueDate: '2026-12-20' },
      { id: 'soon', areaId: 'b', dueDate: '2026-12-01' },
      { id: 'overdue', areaId: 'b', dueDate: '2026-11-01', owner: 'Ana' },
    ]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.blockers.map((b) => b.itemId)).toEqual(['overdue', 'soon', 'later', 'undated']);
    expect(summary.blockers[0]).toMatchObject({ overdue: true, owner: 'Ana', areaTitle: 'Area B' });
  });

  it.each([
    ['low', 0],
    ['medium', 0],
    ['high', 1],
  ] as const)('required-ness follows the tier (%s → %i blockers)', (tier, blockers) => {
    const plan = { ...planWithItems([{ id: 'h', areaId: 'a', requiredFor: ['high'] }]), riskTier: tier };
    expect(computeReadiness(plan, TODAY).blockers).toHaveLength(blockers);
  });

  it('assumes the high tier until one is confirmed', () => {
    const plan = { ...planWithItems([{ id: 'h', areaId: 'a', requiredFor: ['high'] }]), riskTier: null };
    const summary = computeReadiness(plan, TODAY);
    expect(summary).toMatchObject({ tier: 'high', tierAssumed: true });
    expect(summary.blockers).toHaveLength(1);
  });

  it('has no score for an area where nothing applies', () => {
    const plan = planWithItems([{ id: 'n', areaId: 'a', status: 'not_applicable', statusReason: 'No customers' }]);
    const summary = computeReadiness(plan, TODAY);
    expect(summary.areas[0]?.score).toBeNull();
    expect(summary.overall).toBeNull();
    expect(summary.weakest).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { reviseForSave } from '../../../shared/model/plan-revision';
import { planWithItems } from '../plan-fixture';

describe('reviseForSave', () => {
  it('bumps the plan version, stamps the time and records today’s readiness', () => {
    const before = planWithItems([{ id: 'x', areaId: 'a' }]);
    const edited = {
      ...before,
      checklist: { ...before.checklist, items: before.checklist.items.map((i) => ({ ...i, status: 'done' as const })) },
    };
    const saved = reviseForSave(before, edited, new Date(2026, 10, 23, 9, 30));
    expect(saved.revision).toBe(before.revision + 1);
    expect(saved.updatedAt).toBe(new Date(2026, 10, 23, 9, 30).toISOString());
    expect(saved.scoreHistory.at(-1)).toMatchObject({ date: '2026-11-23', overall: 1, blockers: 0 });
  });
});

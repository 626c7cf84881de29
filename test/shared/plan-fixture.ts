import { createPlan } from '../../shared/model/plan-factory';
import type { ChecklistItem, Plan } from '../../shared/model/schema';

export const FIXED_NOW = new Date('2026-11-22T10:00:00.000Z');

/** A small hand-made checklist: two areas, items whose required-ness and status each test sets. */
export function planWithItems(items: Array<Partial<ChecklistItem> & Pick<ChecklistItem, 'id' | 'areaId'>>): Plan {
  const plan = createPlan({ name: 'Fixture', templateId: null, now: FIXED_NOW });
  return {
    ...plan,
    riskTier: 'medium',
    checklist: {
      areas: [
        { id: 'a', title: 'Area A', description: '', custom: false },
        { id: 'b', title: 'Area B', description: '', custom: false },
      ],
      items: items.map((item) => ({
        catalogueId: null,
        question: `Question ${item.id}`,
        help: '',
        requiredFor: ['low', 'medium', 'high'],
        status: 'not_started',
        statusReason: '',
        owner: '',
        dueDate: null,
        evidence: '',
        notes: '',
        ...item,
      })),
    },
  };
}

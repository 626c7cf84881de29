import { createPlan } from '../../shared/model/plan-factory';
import type { Plan } from '../../shared/model/schema';
import type { TemplateId } from '../../shared/model/templates';

export const TEST_NOW = new Date('2026-03-10T09:00:00.000Z');

/** A stored plan as the app would have made it, with the fields a test cares about. */
export function makePlan(overrides: Partial<Plan> = {}, templateId: TemplateId | null = null): Plan {
  return { ...createPlan({ name: 'Support reply assistant', templateId, now: TEST_NOW }), ...overrides };
}

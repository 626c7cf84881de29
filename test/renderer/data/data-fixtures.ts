import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plan } from '../../../shared/model/schema';
import { makePlan } from '../plan-fixtures';

/** A real fixture file as the browser would hand it over. */
export function fixtureFile(name: string): File {
  return new File([readFileSync(resolve(import.meta.dirname, '../../fixtures/csv', name))], name, { type: 'text/csv' });
}

/** The "Team workflow pilot" plan the bundled samples belong to (samples/README.md): dated stages, enrolment set. */
export function samplePlan(overrides: Partial<Plan> = {}): Plan {
  const plan = makePlan({}, 'team-workflow-pilot');
  const dates: Record<string, [string, number | null]> = {
    'Internal pilot': ['2026-09-07', 5],
    'Expanded pilot': ['2026-10-05', 15],
    'Full rollout': ['2026-11-02', null],
  };
  return {
    ...plan,
    stages: plan.stages.map((s) => {
      const [plannedStart, enrolledUsers] = dates[s.name] ?? [null, null];
      return { ...s, plannedStart, enrolledUsers };
    }),
    ...overrides,
  };
}

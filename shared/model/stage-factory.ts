import { newId } from './ids';
import type { Criterion, Stage } from './schema';

type CriterionInput = Pick<Criterion, 'metric' | 'comparator' | 'threshold'> & Partial<Omit<Criterion, 'id'>>;

/** A criterion with the cautious defaults: required, judged at stage end, no minimum sample. */
export function newCriterion(input: CriterionInput): Criterion {
  return {
    judgedAt: { kind: 'stage_end' },
    minSample: 0,
    persistence: null,
    required: true,
    everyGroup: false,
    note: '',
    ...input,
    id: newId(),
  };
}

type StageInput = Pick<Stage, 'name'> & Partial<Omit<Stage, 'id'>>;

/** A stage with empty gates; the user fills in dates and enrolment. */
export function newStage(input: StageInput): Stage {
  return {
    description: '',
    audience: { kind: 'users', min: 0, max: 0 },
    plannedStart: null,
    durationWeeks: 4,
    minDurationWeeks: 0,
    pattern: 'feature_flag',
    enrolledUsers: null,
    enrolmentSource: '',
    enrolledByGroup: {},
    criteria: [],
    triggers: [],
    ...input,
    id: newId(),
  };
}

import { newCriterion, newStage } from './stage-factory';
import type { Criterion, Stage } from './schema';

export const templateIds = ['team-workflow-pilot', 'percentage-traffic', 'shadow-then-hitl'] as const;
export type TemplateId = (typeof templateIds)[number];

export interface PlanTemplate {
  readonly id: TemplateId;
  readonly name: string;
  readonly summary: string;
  readonly buildStages: () => Stage[];
}

/**
 * SPEC §1: quality below threshold for more than two weeks, or adoption under 30% after 90 days.
 * The 90-day rule goes only on a stage that can last 90 days (the open-ended full rollout): on a
 * 4-week pilot it could never apply, and a rule that can never fire reads as an all-clear.
 */
function workflowTriggers(opts: { ninetyDays: boolean }): Criterion[] {
  const triggers = [
    newCriterion({
      metric: 'editing_under_limit_share',
      comparator: '<',
      threshold: 80,
      judgedAt: { kind: 'continuous' },
      minSample: 30,
      persistence: { kind: 'more_than_weeks', weeks: 2 },
      note: 'Output quality below the threshold for more than two consecutive weeks.',
    }),
    newCriterion({
      metric: 'adoption_rate',
      comparator: '<',
      threshold: 30,
      judgedAt: { kind: 'continuous' },
      persistence: { kind: 'after_days', days: 90 },
      note: 'Adoption still below 30% after 90 days.',
    }),
  ];
  return opts.ninetyDays ? triggers : triggers.slice(0, 1);
}

function workflowGates(opts: { everyGroup: boolean }): Criterion[] {
  return [
    newCriterion({
      metric: 'adoption_rate',
      comparator: '>=',
      threshold: 50,
      judgedAt: { kind: 'week', week: 4 },
      minSample: 2,
      note: 'At least half of the enrolled users active in week 4.',
    }),
    newCriterion({
      metric: 'editing_under_limit_share',
      comparator: '>=',
      threshold: 80,
      judgedAt: { kind: 'stage_end' },
      minSample: 30,
      everyGroup: opts.everyGroup,
      note: 'At least 80% of outputs need under 15% editing time.',
    }),
  ];
}

function trafficStage(percent: number): Stage {
  return newStage({
    name: `${percent}% of traffic`,
    description:
      percent === 100
        ? 'All traffic served by the AI system.'
        : 'Proceed only with no critical incident, errors below 2%, satisfaction not below baseline and every quality threshold met.',
    audience: { kind: 'traffic', percent },
    durationWeeks: 1,
    minDurationWeeks: 1,
    pattern: percent === 100 ? 'full' : 'percentage',
    criteria:
      percent === 100
        ? []
        : [
            newCriterion({
              metric: 'critical_incidents',
              comparator: '<=',
              threshold: 0,
              judgedAt: { kind: 'continuous' },
              note: 'No critical incident during the stage.',
            }),
            newCriterion({
              metric: 'error_rate',
              comparator: '<',
              threshold: 2,
              minSample: 100,
              note: 'Error rate below 2%.',
            }),
            newCriterion({
              metric: 'mean_satisfaction',
              comparator: '>=',
              threshold: 3.5,
              minSample: 20,
              note: 'Not below the satisfaction baseline: replace 3.5 with your measured baseline.',
            }),
          ],
    triggers: [
      newCriterion({
        metric: 'critical_incidents',
        comparator: '>',
        threshold: 0,
        judgedAt: { kind: 'continuous' },
        note: 'Any critical incident rolls the stage back.',
      }),
    ],
  });
}

export const planTemplates: readonly PlanTemplate[] = [
  {
    id: 'team-workflow-pilot',
    name: 'Team workflow pilot',
    summary: 'Internal pilot with a few enthusiasts, an expanded pilot with sceptics, then full rollout.',
    buildStages: () => [
      newStage({
        name: 'Internal pilot',
        description: '2–5 enthusiastic users for 2–4 weeks.',
        audience: { kind: 'users', min: 2, max: 5 },
        durationWeeks: 4,
        minDurationWeeks: 2,
        pattern: 'feature_flag',
        criteria: workflowGates({ everyGroup: false }),
        triggers: workflowTriggers({ ninetyDays: false }),
      }),
      newStage({
        name: 'Expanded pilot',
        description: '10–20 users including neutral and sceptical ones, for 3–4 weeks.',
        audience: { kind: 'users', min: 10, max: 20 },
        durationWeeks: 4,
        minDurationWeeks: 3,
        pattern: 'feature_flag',
        criteria: workflowGates({ everyGroup: true }),
        triggers: workflowTriggers({ ninetyDays: false }),
      }),
      newStage({
        name: 'Full rollout',
        description: 'All target users.',
        audience: { kind: 'all' },
        durationWeeks: null,
        minDurationWeeks: 0,
        pattern: 'full',
        triggers: workflowTriggers({ ninetyDays: true }),
      }),
    ],
  },
  {
    id: 'percentage-traffic',
    name: 'Percentage traffic rollout',
    summary: '5% → 20% → 50% → 100% of traffic, one week each.',
    buildStages: () => [5, 20, 50, 100].map(trafficStage),
  },
  {
    id: 'shadow-then-hitl',
    name: 'Shadow mode, then human-in-the-loop',
    summary: 'Outputs logged and compared first, then every output reviewed, then a gradual rollout.',
    buildStages: () => [
      newStage({
        name: 'Shadow mode',
        description: 'Outputs are logged, not shown, and compared with human outputs for 2–4 weeks.',
        audience: { kind: 'traffic', percent: 100 },
        durationWeeks: 4,
        minDurationWeeks: 2,
        pattern: 'shadow',
        criteria: [
          // The shadow comparison's own figure: a labelled test set's accuracy is another file, judged apart.
          newCriterion({
            metric: 'agreement_rate',
            comparator: '>=',
            threshold: 90,
            minSample: 200,
            note: 'Agreement with the human outputs on the same cases.',
          }),
        ],
      }),
      newStage({
        name: 'Human review of every output',
        description: 'A person approves every output; consider removing review when approval exceeds 95%.',
        audience: { kind: 'users', min: 10, max: 20 },
        durationWeeks: 4,
        minDurationWeeks: 2,
        pattern: 'human_in_the_loop',
        criteria: [
          newCriterion({
            metric: 'approval_rate',
            comparator: '>',
            threshold: 95,
            minSample: 100,
            persistence: { kind: 'consecutive_weeks', weeks: 2 },
            judgedAt: { kind: 'continuous' },
            note: 'Reviewers approve more than 95% of outputs, two weeks running.',
          }),
        ],
      }),
      newStage({
        name: 'Gradual rollout',
        description: 'Review removed; traffic increased step by step.',
        audience: { kind: 'traffic', percent: 25 },
        durationWeeks: 4,
        minDurationWeeks: 1,
        pattern: 'percentage',
        triggers: [
          newCriterion({
            metric: 'error_rate',
            comparator: '>',
            threshold: 2,
            judgedAt: { kind: 'continuous' },
            minSample: 100,
            note: 'Error rate above 2% rolls back to human review.',
          }),
        ],
      }),
    ],
  },
];

export function findTemplate(id: string): PlanTemplate | undefined {
  return planTemplates.find((t) => t.id === id);
}

import type { ImportKind } from '../csv/kinds';
import { buildSamplePlan } from './sample-plan';
import { buildShadowSamplePlan } from './sample-plan-shadow';
import { buildTrafficSamplePlan } from './sample-plan-traffic';
import type { Plan } from './schema';
import type { TemplateId } from './templates';

/** Every bundled file under samples/ that a sample plan imports (samples/README.md). */
export const sampleFileNames = [
  'usage.csv',
  'quality.csv',
  'satisfaction.csv',
  'test-results.csv',
  'operations.csv',
  'reviews.csv',
  'shadow.csv',
  'traffic-operations.csv',
  'traffic-satisfaction.csv',
  'shadow-run.csv',
  'shadow-reviews.csv',
  'shadow-rollout-operations.csv',
] as const;
export type SampleFileName = (typeof sampleFileNames)[number];

export interface SampleFile {
  readonly name: SampleFileName;
  /** Set, not detected: the samples are ours, and a wrong guess would make the sample plan lie. */
  readonly kind: ImportKind;
}

export interface SamplePlanDefinition {
  readonly templateId: TemplateId;
  /** What the chooser says the sample shows, in a sentence. */
  readonly summary: string;
  /** Imported in this order through the import wizard, after the plan is created. */
  readonly files: readonly SampleFile[];
  readonly build: (now: Date) => Plan;
}

/**
 * "Try with sample data" offers one complete plan per template: the plan (stage dates,
 * enrolment, incident register) and the bundled files whose data its criteria need, so that
 * every template reaches a verdict from data. The verdicts each one reaches are written out in
 * samples/README.md and checked by test/shared/templates/sample-plans.test.ts.
 */
export const samplePlans: readonly SamplePlanDefinition[] = [
  {
    templateId: 'team-workflow-pilot',
    summary: 'A claims team drafting replies with AI: adoption, editing time, satisfaction, test results, operations, a review log and a shadow run.',
    files: [
      { name: 'usage.csv', kind: 'usage' },
      { name: 'quality.csv', kind: 'quality' },
      { name: 'satisfaction.csv', kind: 'satisfaction' },
      { name: 'test-results.csv', kind: 'test_results' },
      { name: 'operations.csv', kind: 'operations' },
      { name: 'reviews.csv', kind: 'reviews' },
      { name: 'shadow.csv', kind: 'shadow' },
    ],
    build: buildSamplePlan,
  },
  {
    templateId: 'percentage-traffic',
    summary: 'A customer chat assistant from 5% to 100% of traffic: operations data, satisfaction against a control arm and an incident register.',
    files: [
      { name: 'traffic-operations.csv', kind: 'operations' },
      { name: 'traffic-satisfaction.csv', kind: 'satisfaction' },
    ],
    build: buildTrafficSamplePlan,
  },
  {
    templateId: 'shadow-then-hitl',
    summary: 'An invoice-coding assistant run in shadow, then with every output reviewed, then rolled out: a shadow comparison, a review log and operations data.',
    files: [
      { name: 'shadow-run.csv', kind: 'shadow' },
      { name: 'shadow-reviews.csv', kind: 'reviews' },
      { name: 'shadow-rollout-operations.csv', kind: 'operations' },
      { name: 'test-results.csv', kind: 'test_results' },
    ],
    build: buildShadowSamplePlan,
  },
];

export function findSamplePlan(templateId: TemplateId): SamplePlanDefinition {
  const found = samplePlans.find((s) => s.templateId === templateId);
  if (!found) throw new Error(`No sample plan for the template ${templateId}`);
  return found;
}

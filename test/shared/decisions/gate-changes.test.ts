import { describe, expect, it } from 'vitest';
import { gateChangeRationale, gateChanges, type GateChange } from '../../../shared/decisions/gate-changes';
import type { Criterion, Plan } from '../../../shared/model/schema';
import { criterion, stage } from '../gates/fixtures';
import { pilotPlan } from './fixtures';

const plan = pilotPlan();

function withThreshold(patch: Partial<Plan['thresholds'][number]>): Plan {
  return { ...plan, thresholds: plan.thresholds.map((t) => ({ ...t, ...patch })) };
}

function withCriterion(patch: Partial<Criterion>, kind: 'criteria' | 'triggers' = 'criteria'): Plan {
  return {
    ...plan,
    stages: plan.stages.map((s, i) => (i === 0 ? { ...s, [kind]: s[kind].map((c) => ({ ...c, ...patch })) } : s)),
  };
}

const ADOPTION = 'Adoption rate at least 50% at week 4 (min. 2 users) — required';
const GATE = 'Stage “Internal pilot”, gate criterion';

describe('gateChanges', () => {
  it.each<[string, Plan, Array<Omit<GateChange, 'kind' | 'stageId'>>]>([
    ['nothing changed', plan, []],
    ['threshold target', withThreshold({ target: 85 }), [{ what: 'Threshold “Accuracy”', before: 'above 90%', after: 'above 85%' }]],
    ['threshold comparator', withThreshold({ comparator: '>=' }), [{ what: 'Threshold “Accuracy”', before: 'above 90%', after: 'at least 90%' }]],
    ['threshold unit', withThreshold({ unit: 'points' }), [{ what: 'Threshold “Accuracy”', before: 'above 90%', after: 'above 90 points' }]],
    ['threshold reason is not a gate change', withThreshold({ reason: 'New reason' }), []],
    ['threshold measured value is not a gate change', withThreshold({ measured: null }), []],
    ['threshold name alone is not a gate change', withThreshold({ metric: 'Accuracy on claims' }), []],
    ['criterion threshold', withCriterion({ threshold: 40 }), [{ what: GATE, before: ADOPTION, after: ADOPTION.replace('50%', '40%') }]],
    ['criterion comparator', withCriterion({ comparator: '>' }), [{ what: GATE, before: ADOPTION, after: ADOPTION.replace('at least', 'above') }]],
    [
      'criterion metric',
      withCriterion({ metric: 'satisfaction_top2_share' }),
      [{ what: GATE, before: ADOPTION, after: 'Ratings of 4–5 at least 50% at week 4 (min. 2 ratings) — required' }],
    ],
    ['criterion made advisory', withCriterion({ required: false }), [{ what: GATE, before: ADOPTION, after: ADOPTION.replace('required', 'advisory') }]],
    [
      'criterion compared with the previous stage',
      withCriterion({ baseline: { kind: 'previous_stage' }, threshold: -5 }),
      [{ what: GATE, before: ADOPTION, after: 'Adoption rate against the previous stage: difference at least \u22125 points at week 4 (min. 2 users) — required' }],
    ],
    ['criterion minimum sample', withCriterion({ minSample: 5 }), [{ what: GATE, before: ADOPTION, after: ADOPTION.replace('2 users', '5 users') }]],
    [
      'criterion judging week',
      withCriterion({ judgedAt: { kind: 'week', week: 6 } }),
      [{ what: GATE, before: ADOPTION, after: ADOPTION.replace('week 4', 'week 6') }],
    ],
    ['criterion note is not a gate change', withCriterion({ note: 'Why we chose 50%' }), []],
    [
      'trigger threshold',
      withCriterion({ threshold: 70 }, 'triggers'),
      [
        {
          what: 'Stage “Internal pilot”, rollback trigger',
          before: 'Outputs under the editing limit below 80% for more than 2 consecutive weeks',
          after: 'Outputs under the editing limit below 70% for more than 2 consecutive weeks',
        },
      ],
    ],
    [
      'threshold removed',
      { ...plan, thresholds: [] },
      [{ what: 'Threshold “Accuracy”', before: 'above 90%', after: '(removed)' }],
    ],
    [
      'threshold added',
      { ...plan, thresholds: [...plan.thresholds, { id: 't2', metric: 'Error rate', comparator: '<', target: 1, unit: '%', reason: '', measured: null }] },
      [{ what: 'Threshold “Error rate”', before: '(none)', after: 'below 1%' }],
    ],
    [
      'criterion added',
      withCriterionList((c) => [...c, criterion({ id: 'c-new', metric: 'error_rate', comparator: '<', threshold: 2 })]),
      [{ what: GATE, before: '(none)', after: 'Error rate below 2% at the end of the stage — required' }],
    ],
    ['criterion removed', withCriterionList(() => []), [{ what: GATE, before: ADOPTION, after: '(removed)' }]],
    [
      'stage removed with its rules',
      { ...plan, stages: plan.stages.slice(1) },
      [
        { what: GATE, before: ADOPTION, after: '(removed)' },
        { what: 'Stage “Internal pilot”, rollback trigger', before: 'Outputs under the editing limit below 80% for more than 2 consecutive weeks', after: '(removed)' },
      ],
    ],
    [
      'stage added with a rule',
      { ...plan, stages: [...plan.stages, stage({ id: 's3', name: 'Full rollout', criteria: [criterion({ metric: 'error_rate', comparator: '<', threshold: 2 })] })] },
      [{ what: 'Stage “Full rollout”, gate criterion', before: '(none)', after: 'Error rate below 2% at the end of the stage — required' }],
    ],
  ])('%s', (_, after, expected) => {
    expect(gateChanges(plan, after).map(({ what, before, after: now }) => ({ what, before, after: now }))).toEqual(expected);
  });

  it('tells threshold changes from criterion changes and names the stage', () => {
    const after = withCriterion({ threshold: 40 });
    after.thresholds = after.thresholds.map((t) => ({ ...t, target: 95 }));
    expect(gateChanges(plan, after).map(({ kind, stageId }) => ({ kind, stageId }))).toEqual([
      { kind: 'threshold_change', stageId: null },
      { kind: 'criterion_change', stageId: 's1' },
    ]);
  });

  it('compares the plan before and after the whole edit: typing 5 then 50 is one change, and typing back is none', () => {
    const typed5 = withCriterion({ threshold: 5 });
    const typed50 = { ...typed5, stages: typed5.stages.map((s, i) => (i === 0 ? { ...s, criteria: s.criteria.map((c) => ({ ...c, threshold: 40 })) } : s)) };
    expect(gateChanges(plan, typed50)).toHaveLength(1);
    expect(gateChanges(plan, withCriterion({ threshold: 50 }))).toEqual([]);
  });

  it('words the rationale of the automatic entry', () => {
    const [change] = gateChanges(plan, withThreshold({ target: 85 }));
    expect(gateChangeRationale(change!)).toBe('Changed after pilot data was imported: Threshold “Accuracy”: above 90% → above 85%.');
  });
});

function withCriterionList(change: (criteria: Criterion[]) => Criterion[]): Plan {
  return { ...plan, stages: plan.stages.map((s, i) => (i === 0 ? { ...s, criteria: change(s.criteria) } : s)) };
}

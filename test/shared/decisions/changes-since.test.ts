import { describe, expect, it } from 'vitest';
import { changedSinceWords, gateChangesSince } from '../../../shared/decisions/changes-since';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { modelOf } from '../report/report-model-fixture';
import { entry, pilotPlan } from './fixtures';

const plan = pilotPlan();
const proceed = () => entry(plan, { decision: 'proceed', recommendation: 'proceed', at: '2026-10-05T10:00:00.000+02:00' });
const logged = (overrides: Partial<DecisionEntry>) =>
  entry(plan, {
    automatic: true,
    decision: 'criterion_change',
    recommendation: null,
    approvedBy: '',
    at: '2026-10-07T09:00:00.000+02:00',
    change: {
      what: 'Stage “Internal pilot”, gate criterion',
      before: 'Adoption rate at least 50% at week 4 (min. 2 users) — required',
      after: 'Adoption rate at least 70% at week 4 (min. 2 users) — required',
    },
    ...overrides,
  });

describe('changes to how a stage is judged, logged after its decision', () => {
  it.each<[string, Partial<DecisionEntry>, number]>([
    ['a change to its gate criterion', {}, 1],
    ['a change to its own setting', { decision: 'setting_change', change: { what: 'Stage “Internal pilot”, enrolment', before: '5 users', after: '3 users' } }, 1],
    ['a plan-wide setting', { decision: 'setting_change', stageId: null, change: { what: 'Statistical confidence', before: 'off', after: 'on' } }, 1],
    ['another stage’s gate', { stageId: 's2' }, 0],
    ['a quality threshold, which decides no stage', { decision: 'threshold_change', stageId: null }, 0],
    ['a note a person wrote', { automatic: false, decision: 'note', change: null }, 0],
  ])('counts %s', (_label, overrides, count) => {
    const decision = proceed();
    expect(gateChangesSince([decision, logged(overrides)], decision, 's1')).toHaveLength(count);
  });

  it('leaves out changes logged before the decision', () => {
    const decision = proceed();
    expect(gateChangesSince([logged({}), decision], decision, 's1')).toEqual([]);
    expect(changedSinceWords([logged({}), decision], decision, 's1', plan.imports)).toBeNull();
  });

  it.each<[string, number, string]>([
    [
      'one change, named',
      1,
      'The gate changed after this decision, on Oct 7, 2026: Stage “Internal pilot”, gate criterion: Adoption rate at least 50% at week 4 (min. 2 users) — required → Adoption rate at least 70% at week 4 (min. 2 users) — required. It was taken when the recommendation was “proceed”.',
    ],
    [
      'several, counted',
      3,
      'The gate changed after this decision: 3 logged changes to its criteria or settings, the latest on Oct 7, 2026 (listed in the decision log). It was taken when the recommendation was “proceed”.',
    ],
  ])('says so in one sentence: %s', (_label, count, words) => {
    const decision = proceed();
    const log = [decision, ...Array.from({ length: count }, () => logged({}))];
    expect(changedSinceWords(log, decision, 's1', plan.imports)).toBe(words);
  });

  it('is said in the summary beside the decision, in the stage block and the bottom line', () => {
    const decision = proceed();
    const model = modelOf(plan, [decision, logged({})]);
    expect(model.stages[0]?.decision).toMatch(/^Latest decision: proceed by Dana Kim on Oct 5, 2026, approved by Steering committee\. The gate changed after this decision, on Oct 7, 2026: /);
    expect(model.bottomLine.rows[0]?.decision).toBe('Proceed, Oct 5, 2026, Dana Kim; taken before the gate changed on Oct 7, 2026');
    // Without a later change, both read as before.
    const unchanged = modelOf(plan, [decision]);
    expect(unchanged.stages[0]?.decision).toBe('Latest decision: proceed by Dana Kim on Oct 5, 2026, approved by Steering committee.');
    expect(unchanged.bottomLine.rows[0]?.decision).toBe('Proceed, Oct 5, 2026, Dana Kim');
  });
});

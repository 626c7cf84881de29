import { describe, expect, it } from 'vitest';
import type { MetricObservations, ObservationLookup } from '../../../shared/gates/observations';
import { evaluatePlan, evaluateStage, LAST_STAGE_NOT_STARTED, NO_REQUIRED_CRITERIA } from '../../../shared/gates/stage-verdict';
import { createPlan } from '../../../shared/model/plan-factory';
import type { MetricId } from '../../../shared/model/metrics';
import type { Criterion, Stage } from '../../../shared/model/schema';
import { available, criterion, lookupOf, noFile, prop, propWeeks, series, stage, START } from './fixtures';

const plain = { statisticalConfidence: false };
const AFTER_WEEK_4 = '2026-10-05';

// Each criterion is built so its status on 2026-10-05 is the one its name says.
const adoption = (required = true) =>
  criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 }, required });
const quality = (required = true) =>
  criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30, required });
const satisfaction = (required = true) =>
  criterion({ metric: 'satisfaction_top2_share', comparator: '>=', threshold: 60, minSample: 10, required });
const laterWeek = (required = true) =>
  criterion({ metric: 'approval_rate', comparator: '>=', threshold: 90, judgedAt: { kind: 'week', week: 8 }, required });
const incidentTrigger = (required = true) =>
  criterion({ metric: 'critical_incidents', comparator: '>', threshold: 0, judgedAt: { kind: 'continuous' }, required });

const good: Partial<Record<MetricId, MetricObservations>> = {
  adoption_rate: available(series(propWeeks([[4, 5], [4, 5], [4, 5], [3, 5]]))),
  editing_under_limit_share: available(series([], prop(170, 200))),
  satisfaction_top2_share: available(series([], prop(3, 4))),
  approval_rate: available(series(propWeeks([[95, 100]]))),
  critical_incidents: available(series([0, 0, 0, 0].map((c, i) => ({ week: i + 1, value: c, successes: null, trials: null, sample: 1 })), null)),
};
const bad: Partial<Record<MetricId, MetricObservations>> = {
  ...good,
  adoption_rate: available(series(propWeeks([[4, 5], [4, 5], [4, 5], [2, 5]]))),
  critical_incidents: available(series([0, 1, 0, 0].map((c, i) => ({ week: i + 1, value: c, successes: null, trials: null, sample: 1 })), null)),
};

function verdictOf(criteria: Criterion[], triggers: Criterion[], table = good, input: Partial<Stage> = {}) {
  return evaluateStage(plain, stage({ criteria, triggers, ...input }), lookupOf(table), AFTER_WEEK_4);
}

describe('stage verdict', () => {
  it.each([
    ['every required criterion passes, no trigger', [adoption(), quality()], [incidentTrigger()], good, 'proceed'],
    ['one required criterion fails: the worst result wins', [adoption(), quality()], [], bad, 'hold'],
    ['one required criterion pending', [quality(), laterWeek()], [], good, 'hold'],
    ['one required criterion without enough data', [quality(), satisfaction()], [], good, 'hold'],
    ['one required criterion cannot be measured', [quality(), adoption()], [], { ...good, adoption_rate: noFile }, 'hold'],
    ['a failing advisory criterion never blocks', [quality(), adoption(false)], [], bad, 'proceed'],
    ['a pending advisory criterion never blocks', [quality(), laterWeek(false)], [], good, 'proceed'],
    ['a firing trigger overrides passing criteria', [quality()], [incidentTrigger()], bad, 'roll_back'],
    ['a firing trigger overrides a failing criterion too', [adoption()], [incidentTrigger()], bad, 'roll_back'],
    ['an advisory trigger firing does not roll back', [quality()], [incidentTrigger(false)], bad, 'proceed'],
    ['no criteria at all: never proceed on nothing', [], [], good, 'hold'],
    ['only advisory criteria: never proceed on nothing', [quality(false)], [], good, 'hold'],
  ] as const)('%s → %s', (_, criteria, triggers, table, verdict) => {
    expect(verdictOf([...criteria], [...triggers], table).verdict).toBe(verdict);
  });

  it('lists the deciding reasons first: fired triggers, then failures, then what is missing, then what waits', () => {
    const result = verdictOf([laterWeek(), satisfaction(), quality(), adoption(), adoption(false)], [incidentTrigger()], {
      ...bad,
      editing_under_limit_share: noFile,
    });
    expect(result.verdict).toBe('roll_back');
    expect(result.reasons).toEqual([
      'Rollback trigger fired: Critical incidents at week 2 is 1 incident, above 0 incidents.',
      'Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.',
      'No usage file imported yet.',
      'Only 4 ratings so far; the gate needs at least 10.',
      // Today is in week 5: week 1's figure is the latest data, not a current trend.
      'Judged on week 8, which ends on Nov 1, 2026; latest data 95 of 100 outputs (95%) in week 1; week 1 ended on Sep 13, 2026 and nothing newer has arrived.',
      'Advisory (does not block): Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.',
    ]);
  });

  it('says why a stage proceeds', () => {
    const result = verdictOf([adoption(), quality()], [incidentTrigger()]);
    expect(result.reasons).toEqual(['All 2 required criteria pass and no rollback trigger fired.']);
  });

  it('a proceed with a trigger that could not be checked says so in its first reason, not only below it', () => {
    // The trigger needs 30 outputs a week; the file has 25: "no trigger fired" must not read as "every trigger was checked".
    const qualityTrigger = criterion({ metric: 'editing_under_limit_share', comparator: '<', threshold: 80, judgedAt: { kind: 'continuous' }, minSample: 30 });
    const table = { ...good, editing_under_limit_share: available(series(propWeeks([[20, 25], [20, 25], [20, 25], [20, 25]]))) };
    const result = verdictOf([adoption()], [qualityTrigger], table);
    expect(result.verdict).toBe('proceed');
    expect(result.reasons).toEqual([
      'The required criterion passes; no rollback trigger fired, but 1 rollback trigger could not be checked.',
      expect.stringMatching(/^Rollback trigger cannot be checked: /),
    ]);
  });

  it('says a stage without required criteria has nothing to proceed on', () => {
    expect(verdictOf([quality(false)], []).reasons).toEqual([NO_REQUIRED_CRITERIA]);
  });

  it('shows a trending trigger with the day it would fire', () => {
    const qualityTrigger = criterion({
      metric: 'editing_under_limit_share',
      comparator: '<',
      threshold: 80,
      judgedAt: { kind: 'continuous' },
      minSample: 30,
      persistence: { kind: 'more_than_weeks', weeks: 2 },
    });
    const table = { ...good, editing_under_limit_share: available(series(propWeeks([[45, 50], [45, 50], [35, 50], [35, 50]]))) };
    const result = verdictOf([adoption()], [qualityTrigger], table, { durationWeeks: 6 });
    // Trending is a warning, not a firing: the stage may still proceed, with the warning beside it.
    expect(result.verdict).toBe('proceed');
    expect(result.trendingTriggers).toEqual([
      expect.objectContaining({ triggerId: qualityTrigger.id, metric: 'editing_under_limit_share', required: true, firesOn: '2026-10-12' }),
    ]);
    expect(result.reasons).toEqual([
      'The required criterion passes and no rollback trigger fired.',
      expect.stringMatching(/^Rollback trigger trending: .*the trigger fires on Oct 12, 2026 \(more than 2 consecutive weeks\)\.$/),
    ]);
  });
});

describe('earliest decision date', () => {
  it.each([
    ['the judging week, when later than the minimum duration', [adoption(), quality()], { minDurationWeeks: 2 }, '2026-10-05'],
    ['the minimum duration, when later than the judging weeks', [adoption()], { minDurationWeeks: 6, durationWeeks: 8 }, '2026-10-19'],
    ['the latest judging week among required criteria', [adoption(), laterWeek()], {}, '2026-11-02'],
    ['advisory criteria do not delay the decision', [adoption(), laterWeek(false)], {}, '2026-10-05'],
    ['the minimum duration alone without required criteria', [], { minDurationWeeks: 1 }, '2026-09-14'],
    ['none without a planned start', [adoption()], { plannedStart: null }, null],
  ] as const)('%s', (_, criteria, input, expected) => {
    expect(verdictOf([...criteria], [], good, input).earliestDecisionDate).toBe(expected);
  });

  it('is known before the stage starts', () => {
    const result = evaluateStage(plain, stage({ criteria: [adoption()], minDurationWeeks: 2 }), lookupOf({}), '2026-08-01');
    expect(result.verdict).toBe('hold');
    expect(result.earliestDecisionDate).toBe('2026-10-05');
    expect(result.reasons).toEqual(['The stage starts on Sep 7, 2026; nothing to judge yet.']);
  });
});

describe('evaluatePlan', () => {
  /** The "Team workflow pilot" template, dated, with a good internal pilot and a second stage not started. */
  function templatePlan() {
    const plan = createPlan({ name: 'Pilot', templateId: 'team-workflow-pilot', now: new Date('2026-08-01T00:00:00Z') });
    const [internal, expanded, full] = plan.stages as [Stage, Stage, Stage];
    return {
      ...plan,
      stages: [
        { ...internal, plannedStart: START, enrolledUsers: 5 },
        { ...expanded, plannedStart: '2026-10-12', enrolledUsers: 15 },
        { ...full, plannedStart: null },
      ],
    };
  }
  const data: Partial<Record<MetricId, MetricObservations>> = {
    adoption_rate: available(series(propWeeks([[5, 5], [4, 5], [4, 5], [3, 5]]))),
    editing_under_limit_share: available(series(propWeeks([[40, 45], [42, 50], [44, 50], [45, 50]]))),
  };

  it('judges the real template: the internal pilot may proceed, the later stages wait', () => {
    const plan = templatePlan();
    const lookup: ObservationLookup = (stageId, metric) => (stageId === plan.stages[0]?.id ? (data[metric] ?? noFile) : noFile);
    const results = evaluatePlan(plan, lookup, AFTER_WEEK_4);
    expect(results.map((r) => [r.stageName, r.verdict])).toEqual([
      ['Internal pilot', 'proceed'],
      ['Expanded pilot', 'hold'],
      ['Full rollout', 'hold'],
    ]);
    expect(results[0]?.triggers.map((t) => t.status)).toEqual(['not_fired']);
    expect(results[0]?.earliestDecisionDate).toBe('2026-10-05');
    expect(results[1]?.reasons).toEqual(['The stage starts on Oct 12, 2026; nothing to judge yet.']);
    expect(results[2]?.reasons).toEqual([LAST_STAGE_NOT_STARTED]);
  });

  it('is deterministic and asks for each metric of a stage once', () => {
    const plan = templatePlan();
    const calls: string[] = [];
    const lookup: ObservationLookup = (stageId, metric) => {
      calls.push(`${stageId}:${metric}`);
      return data[metric] ?? noFile;
    };
    const first = evaluatePlan(plan, lookup, AFTER_WEEK_4);
    expect(new Set(calls).size).toBe(calls.length);
    expect(evaluatePlan(plan, lookup, AFTER_WEEK_4)).toEqual(first);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateStage } from '../../../shared/gates/stage-verdict';
import type { MetricId } from '../../../shared/model/metrics';
import type { MetricObservations } from '../../../shared/gates/observations';
import { bottomLine } from '../../../shared/report/bottom-line';
import { available, criterion, lookupOf, prop, propWeeks, series, stage } from './fixtures';

// A proceed says "no rollback trigger fired" only when every required trigger was checked: a trigger with no
// usable data did not fire and could not have, and the summary's bottom line must not read as a watch kept.
const AFTER_WEEK_4 = '2026-10-05';
const adoption = criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 } });
const quality = criterion({ metric: 'editing_under_limit_share', comparator: '>=', threshold: 80, minSample: 30 });
const qualityTrigger = criterion({ metric: 'editing_under_limit_share', comparator: '<', threshold: 80, minSample: 30, judgedAt: { kind: 'continuous' }, persistence: { kind: 'more_than_weeks', weeks: 2 } });
const errorTrigger = criterion({ metric: 'error_rate', comparator: '>', threshold: 2, judgedAt: { kind: 'continuous' } });

const weeklyQuality = (outputs: number) => propWeeks([[outputs - 2, outputs], [outputs - 2, outputs], [outputs - 2, outputs], [outputs - 2, outputs]]);
const data = (outputs: number): Partial<Record<MetricId, MetricObservations>> => ({
  adoption_rate: available(series(propWeeks([[4, 5], [4, 5], [4, 5], [3, 5]]))),
  editing_under_limit_share: available(series(weeklyQuality(outputs), prop(4 * (outputs - 2), 4 * outputs))),
});

describe('a proceed is worded for the watch that was kept', () => {
  it.each([
    ['every trigger checked', 40, [qualityTrigger], 'All 2 required criteria pass and no rollback trigger fired.', 'Ready for the decision: record it in the decision log.'],
    [
      'a trigger below its minimum sample',
      25,
      [qualityTrigger],
      'All 2 required criteria pass; no rollback trigger fired, but 1 rollback trigger could not be checked.',
      'Ready for the decision, though a rollback trigger could not be checked: record the decision and why it may go ahead unwatched, or supply the data first.',
    ],
    [
      'two triggers, one without a file',
      25,
      [qualityTrigger, errorTrigger],
      'All 2 required criteria pass; no rollback trigger fired, but 2 rollback triggers could not be checked.',
      'Ready for the decision, though 2 rollback triggers could not be checked: record the decision and why it may go ahead unwatched, or supply the data first.',
    ],
  ])('%s', (_, outputs, triggers, reason, next) => {
    const s = stage({ id: 's1', criteria: [adoption, { ...quality, minSample: 30 }], triggers });
    const evaluation = evaluateStage({ statisticalConfidence: false }, s, lookupOf(data(outputs)), AFTER_WEEK_4);
    expect(evaluation.verdict).toBe('proceed');
    expect(evaluation.reasons[0]).toBe(reason);
    const [row] = bottomLine({ stages: [s], incidents: [], incidentsKeptSince: null, imports: [] }, [evaluation], [{ stageId: 's1', stageName: 'Internal pilot', number: 1, mayStart: true, why: '', decision: null }], [], AFTER_WEEK_4).rows;
    expect(row?.next).toBe(next);
    // The bottom line's reason says the watch was not kept; the stage's block below says why.
    expect(row?.reasons).toEqual([reason]);
  });

  it.each([
    ['watched', 40, 'Runs; its rollback triggers keep watching it. No decision is due unless one fires.'],
    ['its data stopped', 25, 'Runs, but 1 rollback trigger cannot be checked: nothing watches what it covers until the data arrive.'],
  ])('a running last stage whose trigger is %s', (_, outputs, next) => {
    const s = stage({ id: 's1', criteria: [], triggers: [qualityTrigger], durationWeeks: null });
    const evaluation = evaluateStage({ statisticalConfidence: false }, s, lookupOf(data(outputs)), AFTER_WEEK_4, { isLast: true });
    expect(evaluation.verdict).toBe('running');
    const [row] = bottomLine({ stages: [s], incidents: [], incidentsKeptSince: null, imports: [] }, [evaluation], [{ stageId: 's1', stageName: 'Full rollout', number: 1, mayStart: true, why: '', decision: null }], [], AFTER_WEEK_4).rows;
    expect(row?.next).toBe(next);
  });
});

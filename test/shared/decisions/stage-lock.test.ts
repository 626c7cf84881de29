import { describe, expect, it } from 'vitest';
import { buildEvidenceSnapshot } from '../../../shared/decisions/evidence-snapshot';
import { newDecisionEntry } from '../../../shared/decisions/new-entry';
import type { DecisionEntry, DecisionKind } from '../../../shared/decisions/schema';
import { lockedDecisionRefusal, withStageLock } from '../../../shared/decisions/stage-lock';
import { stageUnlocks } from '../../../shared/decisions/stage-unlocks';
import { evaluateStage, type StageEvaluation, type StageVerdict } from '../../../shared/gates';
import { LAST_STAGE_NOT_STARTED, RUNNING_LAST_STAGE } from '../../../shared/gates/stage-verdict';
import { computeReadiness } from '../../../shared/readiness/score';
import { tallyThresholds } from '../../../shared/thresholds/threshold-status';
import { available, criterion, lookupOf, propWeeks, series, stage } from '../gates/fixtures';
import { AFTER_WEEK_4, entry, pilotPlan } from './fixtures';

const plan = pilotPlan({
  stages: [stage({ id: 's1', name: 'Internal pilot' }), stage({ id: 's2', name: 'Expanded pilot' }), stage({ id: 's3', name: 'Full rollout' })],
});
const LOCK_2 = 'Stage 2 may not start yet: no proceed decision is recorded for stage 1.';

function evaluation(verdict: StageVerdict, reasons: string[] = ['All 2 required criteria pass and no rollback trigger fired.']): StageEvaluation {
  return { stageId: 's2', stageName: 'Expanded pilot', verdict, reasons, criteria: [], triggers: [], earliestDecisionDate: null, trendingTriggers: [] };
}
const proceedOn = (stageId: string): DecisionEntry => entry(plan, { stageId, decision: 'proceed', recommendation: 'proceed' });
const unlockOf = (decisions: DecisionEntry[], index: number) => stageUnlocks(plan, decisions)[index];

describe('withStageLock', () => {
  it.each<[string, StageVerdict, DecisionEntry[], StageVerdict, string | null]>([
    ['a passing stage 2 with no proceed on stage 1 is held', 'proceed', [], 'hold', LOCK_2],
    ['a held stage 2 stays held, the lock first', 'hold', [], 'hold', LOCK_2],
    ['a firing rollback trigger still rolls back: the worst result wins', 'roll_back', [], 'roll_back', LOCK_2],
    ['after a proceed on stage 1, stage 2 keeps its gates’ verdict', 'proceed', [proceedOn('s1')], 'proceed', null],
  ])('%s', (_name, gates, decisions, verdict, lockedBecause) => {
    const gated = withStageLock(evaluation(gates), unlockOf(decisions, 1));
    expect(gated.verdict).toBe(verdict);
    expect(gated.lockedBecause).toBe(lockedBecause);
    expect(gated.reasons[0]).toBe(lockedBecause ?? 'All 2 required criteria pass and no rollback trigger fired.');
  });

  it('a last stage that would run on is held while locked, and says what it will do once it may start', () => {
    const gated = withStageLock(evaluation('running', [RUNNING_LAST_STAGE]), unlockOf([], 1));
    expect(gated.verdict).toBe('hold');
    expect(gated.reasons).toEqual([LOCK_2, LAST_STAGE_NOT_STARTED]);
  });

  it('keeps every reason the gates gave, after the lock, and the criteria untouched', () => {
    const raw = evaluation('hold', ['Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.', 'Advisory (does not block): …']);
    const gated = withStageLock(raw, unlockOf([], 1));
    expect(gated.reasons).toEqual([LOCK_2, ...raw.reasons]);
    expect(gated.criteria).toBe(raw.criteria);
  });

  it('never locks the first stage, and leaves a verdict alone when the log is unknown', () => {
    const first = { ...evaluation('proceed'), stageId: 's1' };
    expect(withStageLock(first, unlockOf([], 0))).toMatchObject({ verdict: 'proceed', lockedBecause: null });
    expect(withStageLock(evaluation('proceed'), null)).toMatchObject({ verdict: 'proceed', lockedBecause: null });
  });

  it('locks stage 3 while stage 2 may not start, whatever was decided on stage 2', () => {
    const gated = withStageLock({ ...evaluation('proceed'), stageId: 's3' }, unlockOf([proceedOn('s2')], 2));
    expect(gated).toMatchObject({ verdict: 'hold', lockedBecause: 'Stage 3 may not start: stage 2 has not been allowed to start yet.' });
  });

  it('is what the decision entry records: recommendation, override flag and frozen evidence', () => {
    const s2 = stage({ id: 's2', name: 'Expanded pilot', criteria: [criterion({ metric: 'adoption_rate', comparator: '>=', threshold: 50, judgedAt: { kind: 'week', week: 4 } })] });
    const lookup = lookupOf({ adoption_rate: available(series(propWeeks([[4, 5], [4, 5], [4, 5], [4, 5]]))) });
    const raw = evaluateStage(plan, s2, lookup, AFTER_WEEK_4);
    expect(raw.verdict).toBe('proceed');
    const gated = withStageLock(raw, unlockOf([], 1));
    const evidence = buildEvidenceSnapshot(plan, gated, computeReadiness(plan, AFTER_WEEK_4), tallyThresholds(plan.thresholds), AFTER_WEEK_4);
    expect(evidence.stage).toMatchObject({ verdict: 'hold', reasons: [LOCK_2, 'The required criterion passes and no rollback trigger fired.'] });
    const held = newDecisionEntry(
      { stageId: 's2', decision: 'hold', rationale: 'Waiting for stage 1.', approvedBy: 'Lead', corrects: null },
      { id: 'x', planId: plan.id, at: '2026-10-05T10:00:00.000+02:00', author: 'Dana Kim', recommendation: gated.verdict, evidence },
    );
    expect(held).toMatchObject({ recommendation: 'hold', override: false });
  });
});

describe('lockedDecisionRefusal', () => {
  it.each<[string, DecisionKind, number, DecisionEntry[], string | null]>([
    ['proceed on a locked stage 2', 'proceed', 1, [], `${LOCK_2} Record a decision to proceed on stage 1 first.`],
    ['proceed on a stage 2 whose stage 1 was held', 'proceed', 1, [entry(plan, { stageId: 's1', decision: 'hold' })], expect.stringMatching(/^Stage 2 may not start: the latest decision on stage 1 is “hold” by Dana Kim on [A-Z][a-z]{2} \d{1,2}, \d{4}\. Record a decision to proceed on stage 1 first\.$/) as unknown as string],
    ['proceed on stage 3 while stage 2 is locked', 'proceed', 2, [proceedOn('s2')], 'Stage 3 may not start: stage 2 has not been allowed to start yet. Record a decision to proceed on stage 2 first.'],
    ['hold on a locked stage', 'hold', 1, [], null],
    ['roll back on a locked stage', 'roll_back', 1, [], null],
    ['a note on a locked stage', 'note', 1, [], null],
    ['proceed on stage 1', 'proceed', 0, [], null],
    ['proceed on stage 2 after stage 1 proceeded', 'proceed', 1, [proceedOn('s1')], null],
    ['proceed on stage 2 after an override to proceed on stage 1', 'proceed', 1, [entry(plan, { stageId: 's1', decision: 'proceed', recommendation: 'hold', override: true })], null],
  ])('%s', (_name, decision, index, decisions, refusal) => {
    expect(lockedDecisionRefusal(decision, unlockOf(decisions, index))).toEqual(refusal);
  });
});

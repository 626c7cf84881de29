import { describe, expect, it } from 'vitest';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { stageUnlocks } from '../../../shared/decisions/stage-unlocks';
import { stage } from '../gates/fixtures';
import { entry, pilotPlan } from './fixtures';

const plan = pilotPlan({
  stages: [stage({ id: 's1', name: 'Internal pilot' }), stage({ id: 's2', name: 'Expanded pilot' }), stage({ id: 's3', name: 'Full rollout' })],
});

const at = (day: number, hour = 10) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000+01:00`;
const on = (stageId: string, decision: 'proceed' | 'hold' | 'roll_back' | 'note', day: number, extra: Partial<DecisionEntry> = {}) =>
  entry(plan, { stageId, decision, recommendation: decision === 'note' ? 'hold' : decision, override: false, at: at(day), ...extra });

describe('stageUnlocks', () => {
  it.each<[string, () => DecisionEntry[], [boolean, boolean, boolean]]>([
    ['nothing decided: only the first stage may start', () => [], [true, false, false]],
    ['stage 1 proceeds: stage 2 may start', () => [on('s1', 'proceed', 2)], [true, true, false]],
    ['stage 1 held: stage 2 may not start', () => [on('s1', 'hold', 2)], [true, false, false]],
    ['a later hold closes the gate a proceed had opened', () => [on('s1', 'proceed', 2), on('s1', 'hold', 5)], [true, false, false]],
    ['a later proceed opens the gate a hold had closed', () => [on('s1', 'hold', 2), on('s1', 'proceed', 5)], [true, true, false]],
    ['a note changes nothing', () => [on('s1', 'proceed', 2), on('s1', 'note', 6)], [true, true, false]],
    [
      'an override to proceed opens the gate',
      () => [on('s1', 'proceed', 2, { recommendation: 'hold', override: true })],
      [true, true, false],
    ],
    ['both gates open in order', () => [on('s1', 'proceed', 2), on('s2', 'proceed', 9)], [true, true, true]],
    [
      'stage 3 stays closed when stage 1 was rolled back after stage 2 proceeded',
      () => [on('s1', 'proceed', 2), on('s2', 'proceed', 9), on('s1', 'roll_back', 12)],
      [true, false, false],
    ],
    ['a decision on another stage does not count', () => [on('s2', 'proceed', 2)], [true, false, false]],
  ])('%s', (_, decisions, expected) => {
    expect(stageUnlocks(plan, decisions()).map((u) => u.mayStart)).toEqual(expected);
  });

  // Stage 2 planned to start after the decision, as the log expects.
  const inOrder = pilotPlan({ stages: [plan.stages[0]!, { ...plan.stages[1]!, plannedStart: '2026-11-09' }, plan.stages[2]!] });

  it('says why, naming the decision, its author and its date', () => {
    const unlocks = stageUnlocks(inOrder, [on('s1', 'proceed', 2)]);
    expect(unlocks.map((u) => u.why)).toEqual([
      'Stage 1 may start: it is the first stage.',
      'Stage 2 may start: stage 1 proceed decision by Dana Kim on Nov 2, 2026.',
      'Stage 3 may not start yet: no proceed decision is recorded for stage 2.',
    ]);
  });

  it('names an override to proceed as one', () => {
    const [, second] = stageUnlocks(inOrder, [on('s1', 'proceed', 2, { recommendation: 'hold', override: true, author: 'Sam Ortiz' })]);
    expect(second?.why).toBe('Stage 2 may start: stage 1 proceed decision by Sam Ortiz on Nov 2, 2026 (an override of the recommendation “hold”).');
  });

  it.each([
    ['planned to start before the decision', '2026-09-07', ' Its planned start, Sep 7, 2026, came before that decision.'],
    ['planned to start the day before', '2026-11-01', ' Its planned start, Nov 1, 2026, came before that decision.'],
    ['planned to start on the day of the decision', '2026-11-02', ''],
    ['planned to start after it', '2026-11-09', ''],
    ['with no planned start', null, ''],
  ])('a stage allowed to start after it was %s says so (or not)', (_, plannedStart, note) => {
    const late = pilotPlan({ stages: [plan.stages[0]!, { ...plan.stages[1]!, plannedStart }, plan.stages[2]!] });
    const [, second] = stageUnlocks(late, [on('s1', 'proceed', 2)]);
    expect(second?.why).toBe(`Stage 2 may start: stage 1 proceed decision by Dana Kim on Nov 2, 2026.${note}`);
  });

  it('says which decision keeps a stage closed', () => {
    const [, second, third] = stageUnlocks(plan, [on('s1', 'roll_back', 3)]);
    expect(second?.why).toBe('Stage 2 may not start: the latest decision on stage 1 is “roll back” by Dana Kim on Nov 3, 2026.');
    expect(third?.why).toBe('Stage 3 may not start: stage 2 has not been allowed to start yet.');
  });

  it('applies corrections: a corrected proceed no longer opens the gate, and the correction keeps its place in time', () => {
    const proceed = on('s1', 'proceed', 2);
    const hold = on('s1', 'hold', 5);
    // Typed on day 8, it says what was really decided on day 2: the hold of day 5 still comes after it.
    const correction = on('s1', 'proceed', 8, { corrects: proceed.id, rationale: 'Typo fixed.' });
    expect(stageUnlocks(plan, [proceed, hold, correction])[1]?.mayStart).toBe(false);

    const wrongProceed = on('s1', 'proceed', 2);
    const corrected = on('s1', 'hold', 3, { corrects: wrongProceed.id });
    const result = stageUnlocks(plan, [wrongProceed, corrected])[1];
    expect(result?.mayStart).toBe(false);
    expect(result?.decision?.id).toBe(corrected.id);
  });

  it('follows the order of appending, never the claimed time: a proceed dated 2099 does not outrank a later hold', () => {
    const forged = on('s1', 'proceed', 2, { at: '2099-01-01T00:00:00.000Z' });
    const hold = on('s1', 'hold', 3, { at: '2026-11-03T01:00:00.000+02:00' });
    expect(stageUnlocks(plan, [forged, hold])[1]?.mayStart).toBe(false);
    expect(stageUnlocks(plan, [hold, forged])[1]?.mayStart).toBe(true);
  });
});

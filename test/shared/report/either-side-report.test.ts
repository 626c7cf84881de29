import { describe, expect, it } from 'vitest';
import { evidenceSnapshotSchema } from '../../../shared/decisions/schema';
import { stageUnlocks } from '../../../shared/decisions/stage-unlocks';
import { withStageLock } from '../../../shared/decisions/stage-lock';
import { bottomLine } from '../../../shared/report/bottom-line';
import { AFTER_WEEK_4, entry, evaluationsOf, pilotPlan, snapshotOf } from '../decisions/fixtures';
import { modelOf } from './report-model-fixture';

/**
 * The pilot's adoption gate fails at week 4 on 2 of 5 users (40%, 95% range 12–77%) against at least 50%: the true
 * rate could be either side of 50%. Before, the summary stated that fail as flatly as a clear one.
 */
const CAVEAT = 'The true rate could be either side of 50% (95% range 12–77%).';

describe('the either-side caveat on the way to paper and to the decision log', () => {
  it('is printed in full with its criterion in the stage section, apart from the reason', () => {
    const [first] = modelOf(pilotPlan()).stages;
    expect(first?.verdict).toBe('hold');
    expect(first?.results[0]).toMatchObject({ status: 'Fail', reason: 'Adoption rate at week 4 is 2 of 5 users (40%); the gate needs at least 50%.', caveat: CAVEAT });
    // The trigger is not a proportion judged here with a caveat.
    expect(first?.results[1]?.caveat).toBeNull();
  });

  it('is counted once in the bottom line, never repeated there in full', () => {
    const [row] = modelOf(pilotPlan()).bottomLine.rows;
    expect(row?.recommendation).toBe('Hold');
    expect(row?.caveat).toBe('The required result could go either way.');
    expect(row?.reasons.join(' ')).not.toContain('either side');
  });

  it('is left out of the bottom line where a lock holds the stage whatever its samples say', () => {
    const base = pilotPlan();
    const gate = base.stages[0]!.criteria[0]!;
    const plan = { ...base, stages: [base.stages[0]!, { ...base.stages[1]!, plannedStart: base.stages[0]!.plannedStart, criteria: [{ ...gate, id: 'c2' }] }] };
    const unlocks = stageUnlocks(plan, []);
    const evaluations = evaluationsOf(plan).map((e, i) => withStageLock(e, unlocks[i]));
    const rows = bottomLine(plan, evaluations, unlocks, [], AFTER_WEEK_4).rows;
    expect(rows[1]?.reasons[0]).toBe('Stage 2 may not start yet: no proceed decision is recorded for stage 1.');
    expect(evaluations[1]?.criteria[0]?.caveat).toBe(CAVEAT);
    expect(rows[1]?.caveat).toBeNull();
    expect(rows[0]?.caveat).not.toBeNull();
  });

  it('is not said of a clear result', () => {
    const base = pilotPlan();
    const gate = base.stages[0]!.criteria[0]!;
    // 2 of 5 against at least 90%: the 95% range 12–77% misses 90% entirely.
    const plan = { ...base, stages: [{ ...base.stages[0]!, criteria: [{ ...gate, threshold: 90 }] }, base.stages[1]!] };
    const model = modelOf(plan);
    expect(model.stages[0]?.results[0]?.caveat).toBeNull();
    expect(model.bottomLine.rows[0]?.caveat).toBeNull();
  });

  it('is frozen with a decision and shown again with its evidence in the appendix', () => {
    const snapshot = snapshotOf(pilotPlan());
    expect(snapshot.stage?.results[0]?.caveat).toBe(CAVEAT);
    expect(evidenceSnapshotSchema.parse(snapshot).stage?.results[0]?.caveat).toBe(CAVEAT);
    expect(snapshot.stage?.results[0]?.reason).not.toContain('either side');
    const plan = pilotPlan();
    const decision = entry(plan);
    const appendix = modelOf(plan, [decision], true).appendix;
    expect(appendix?.log.find((d) => d.id === decision.id)?.evidence.results[0]?.caveat).toBe(CAVEAT);
  });
});

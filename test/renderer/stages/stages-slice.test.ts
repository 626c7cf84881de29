import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createAppStore } from '../../../renderer/store/create-app-store';
import { selectSelectedStage, selectStageEvaluations } from '../../../renderer/store/stages-selectors';
import type { StagePatch } from '../../../renderer/store/stages-slice';
import { planSchema } from '../../../shared/model/schema';
import { TEST_NOW } from '../plan-fixtures';
import { pilotPlan } from './pilot-fixtures';

async function storeWithPlan() {
  const { plan } = pilotPlan();
  const api = createMemoryApi({ plans: [plan] });
  const store = createAppStore(api, { now: () => TEST_NOW, saveDelayMs: 5 });
  await store.getState().openPlan(plan.id);
  return { store, api, plan };
}

describe('stages slice', () => {
  it.each<[string, StagePatch]>([
    ['an empty name', { name: '' }],
    ['a negative enrolment', { enrolledUsers: -1 }],
    ['a fractional duration', { durationWeeks: 2.5 }],
    ['a date that is not a date', { plannedStart: '7/9/2026' }],
    ['traffic above 100%', { audience: { kind: 'traffic', percent: 140 } }],
  ])('drops an edit that would store %s, so the plan always passes its schema', async (_, patch) => {
    const { store, plan } = await storeWithPlan();
    const stage = plan.stages[0];
    if (!stage) throw new Error('stage expected');
    store.getState().updateStage(stage.id, patch);
    expect(store.getState().plan?.stages[0]).toEqual(stage);
    expect(planSchema.safeParse(store.getState().plan).success).toBe(true);
  });

  it('moves a stage only within the list', async () => {
    const { store, plan } = await storeWithPlan();
    const [first, second] = plan.stages;
    if (!first || !second) throw new Error('two stages expected');
    const before = store.getState().plan?.stages;
    store.getState().moveStage(first.id, -1);
    expect(store.getState().plan?.stages).toBe(before);
    store.getState().moveStage(first.id, 1);
    expect(store.getState().plan?.stages.map((s) => s.id)).toEqual([second.id, first.id]);
  });

  it('selects a neighbour when the chosen stage is removed, and derives verdicts without storing them', async () => {
    const { store, plan } = await storeWithPlan();
    const [first, second] = plan.stages;
    if (!first || !second) throw new Error('two stages expected');
    store.getState().selectStage(first.id);
    store.getState().removeStage(first.id);
    expect(selectSelectedStage(store.getState())?.id).toBe(second.id);
    expect(selectStageEvaluations(store.getState()).map((e) => e.stageId)).toEqual([second.id]);
    // The same state gives the same evaluations object: React sees a stable value.
    expect(selectStageEvaluations(store.getState())).toBe(selectStageEvaluations(store.getState()));
    expect(Object.keys(store.getState()).filter((key) => /verdict|evaluation/i.test(key))).toEqual([]);
  });
});

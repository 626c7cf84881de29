import { describe, expect, it } from 'vitest';
import type { StageUnlock } from '../../../shared/decisions/stage-unlocks';
import type { StageEvaluation, StageVerdict } from '../../../shared/gates';
import type { ReadinessSummary } from '../../../shared/readiness/score';
import { attentionItems } from '../../../renderer/store/attention-items';
import { stage } from '../../shared/gates/fixtures';

const readiness: ReadinessSummary = { tier: 'low', tierAssumed: false, overall: 1, areas: [], weakest: null, weakestTitle: null, blockers: [], ready: true };
const tally = { met: 0, notMet: 0, notMeasured: 0, total: 0 };

function evaluation(verdict: StageVerdict): StageEvaluation {
  return { stageId: 's1', stageName: 'Full rollout', verdict, reasons: [], criteria: [], triggers: [], earliestDecisionDate: '2026-09-07', trendingTriggers: [] };
}
const unlock = (mayStart: boolean): StageUnlock => ({ stageId: 's1', stageName: 'Full rollout', number: 2, mayStart, why: mayStart ? 'May start.' : 'Stage 2 may not start yet.', decision: null });

describe('attention items: "decision due"', () => {
  it.each([
    ['a held stage past its earliest decision date asks for a decision', 'hold', true, true],
    ['a running last stage asks for none: it is monitored by its triggers', 'running', true, false],
    ['a stage that may not start yet is decided on the stage before', 'hold', false, false],
  ] as const)('%s', (_, verdict, mayStart, due) => {
    const items = attentionItems({
      stages: [stage({ id: 's1', name: 'Full rollout' })],
      evaluations: [evaluation(verdict)],
      dates: [{ from: '2026-09-07', to: null }],
      readiness,
      tally,
      today: '2026-12-06',
      decisions: [],
      unlocks: [unlock(mayStart)],
    });
    expect(items.some((i) => i.title === 'Decision due for “Full rollout”')).toBe(due);
  });
});

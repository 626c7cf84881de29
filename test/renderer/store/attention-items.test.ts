import { describe, expect, it } from 'vitest';
import type { StageUnlock } from '../../../shared/decisions/stage-unlocks';
import type { CriterionResult, StageEvaluation, StageVerdict } from '../../../shared/gates';
import type { ReadinessSummary } from '../../../shared/readiness/score';
import { attentionItems } from '../../../renderer/store/attention-items';
import { stage } from '../../shared/gates/fixtures';

const readiness: ReadinessSummary = { tier: 'low', tierAssumed: false, overall: 1, areas: [], weakest: null, weakestTitle: null, blockers: [], ready: true };
const tally = { met: 0, notEnoughData: 0, notMet: 0, notMeasured: 0, total: 0 };

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
      unavailable: [],
    });
    expect(items.some((i) => i.title === 'Decision due for “Full rollout”')).toBe(due);
  });
});

describe('attention items: a gate that cannot be measured for want of a file', () => {
  const reason = 'The rows of “usage.csv” are missing or damaged on this computer, so this cannot be measured from the imported files: remove that import on the Pilot data tab and import the file again.';
  const adoption: CriterionResult = {
    id: 'c1', metric: 'adoption_rate', comparator: '>=', threshold: 50, required: true, status: 'cannot_measure', reason,
    evidence: null, used: [], trend: null, judgedWeeks: [], judgedOn: null, groups: [], caveat: null,
  };
  // The plan lists usage.csv, its stored rows damaged: "Import a usage file" read as if none were imported.
  it.each([
    ['the plan lists the file, its rows damaged', [{ kind: 'usage' as const, fileName: 'usage.csv' }], 'Import “usage.csv” again'],
    ['another kind of file is damaged', [{ kind: 'quality' as const, fileName: 'quality.csv' }], 'Import a usage file'],
    ['no file is damaged', [], 'Import a usage file'],
  ])('%s', (_, unavailable, title) => {
    const items = attentionItems({
      stages: [stage({ id: 's1', name: 'Full rollout' })],
      evaluations: [{ ...evaluation('hold'), criteria: [adoption] }],
      dates: [{ from: '2026-09-07', to: null }],
      readiness,
      tally,
      today: '2026-12-06',
      decisions: [],
      unlocks: [unlock(true)],
      unavailable,
    });
    const item = items.find((i) => i.id.startsWith('import-'));
    expect(item?.title).toBe(title);
    expect(item?.detail).toBe(`Adoption rate cannot be measured in “Full rollout”: ${reason}`);
  });
});

// quality.csv damaged: its threshold is not measured, and the advice was to type the value in or import test results.
describe('attention items: thresholds not measured', () => {
  it.each([
    [2, 0, 'Type in the measured values, with their date and source, or import a test-results file.'],
    [1, 1, 'It cannot be measured: a file it is read from has damaged or missing rows here: import it again (the Thresholds tab names it).'],
    [
      3,
      1,
      '1 cannot be measured: a file it is read from has damaged or missing rows here: import it again (the Thresholds tab names it). For the others: type in the measured values, with their date and source, or import a test-results file.',
    ],
  ])('%i not measured, %i for an unreadable file', (notMeasured, cannot, detail) => {
    const items = attentionItems({
      stages: [stage({ id: 's1', name: 'Full rollout' })],
      evaluations: [evaluation('running')],
      dates: [{ from: '2026-09-07', to: null }],
      readiness,
      tally: { met: 0, notEnoughData: 0, notMet: 0, notMeasured, total: notMeasured },
      today: '2026-12-06',
      decisions: [],
      unlocks: [unlock(true)],
      unavailable: [],
      thresholdsCannotMeasure: cannot,
    });
    expect(items.find((i) => i.id === 'thresholds-not-measured')?.detail).toBe(detail);
  });
});

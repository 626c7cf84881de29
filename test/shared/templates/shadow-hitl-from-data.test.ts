import { describe, expect, it } from 'vitest';
import { evaluateStage } from '../../../shared/gates/stage-verdict';
import { computeMetrics } from '../../../shared/metrics/compute-metrics';
import { observationLookup } from '../../../shared/metrics/gate-observations';
import { createPlan } from '../../../shared/model/plan-factory';
import type { Columns } from '../../../shared/metrics/columns';
import { importedColumns } from './imported-columns';

const imported = importedColumns;

/**
 * A review log for the last two weeks (3 and 4) of "Human review of every output" (2026-10-05 to 11-01):
 * `approved` of 120 each week. The gate asks for more than 95% two weeks running, judged on the latest weeks.
 */
const reviews = (approvedPerWeek: readonly [number, number]) =>
  [
    'output_id,reviewer,date,decision',
    ...approvedPerWeek.flatMap((approved, w) =>
      Array.from({ length: 120 }, (_, i) => `out-${w}${String(i).padStart(4, '0')},r-${i % 4},2026-10-${String(19 + 7 * w + (i % 5))},${i < approved ? 'approved' : 'edited'}`),
    ),
  ].join('\n');

/** Gradual rollout (from 2026-11-02): one day of 1,000 requests with `errors` errors. */
const operations = (errors: number) => `date,requests,errors\n2026-11-03,1000,${errors}\n`;

function judge(files: Record<string, Columns>, stageIndex: number) {
  const plan = createPlan({ name: 'Shadow', templateId: 'shadow-then-hitl', now: new Date('2026-09-01T00:00:00Z') });
  const starts = ['2026-09-07', '2026-10-05', '2026-11-02'];
  const stages = plan.stages.map((s, i) => ({ ...s, plannedStart: starts[i] ?? null }));
  const metrics = computeMetrics(
    files,
    stages.map(({ id, name, plannedStart, durationWeeks, enrolledUsers }) => ({ id, name, plannedStart, durationWeeks, enrolledUsers })),
    { editingShareLimit: 15 },
  );
  const judged = { ...plan, stages };
  const stage = stages[stageIndex];
  if (!stage) throw new Error('no such stage');
  return evaluateStage(judged, stage, observationLookup(metrics), '2026-11-10');
}

describe('Shadow mode, then human-in-the-loop reaches a verdict from its files', () => {
  it('human review: 116 and 117 of 120 approved (96.7%, 97.5%), weeks 3 and 4 above 95% → the gate passes', () => {
    const result = judge({ r: imported('reviews', reviews([116, 117])) }, 1);
    expect(result.criteria.map((c) => [c.metric, c.status])).toEqual([['approval_rate', 'pass']]);
    expect(result.verdict).toBe('proceed');
  });

  it('human review: week 4 at 113 of 120 (94.2%) → the gate is not met and the stage holds', () => {
    const result = judge({ r: imported('reviews', reviews([116, 113])) }, 1);
    expect(result.criteria[0]?.status).not.toBe('pass');
    expect(result.verdict).toBe('hold');
  });

  it.each([
    [15, 'ok'],
    [35, 'fired'],
  ] as const)('gradual rollout: %d errors in 1,000 requests → the error-rate trigger is %s', (errors, expected) => {
    const result = judge({ o: imported('operations', operations(errors)) }, 2);
    const trigger = result.triggers.find((t) => t.metric === 'error_rate');
    expect(trigger?.status === 'fired' ? 'fired' : 'ok').toBe(expected);
    if (expected === 'fired') expect(result.verdict).toBe('roll_back');
  });
});

import { describe, expect, it } from 'vitest';
import { handValueChanges } from '../../../shared/decisions/hand-value-changes';
import { gateChangeEntry } from '../../../shared/decisions/new-entry';
import { decisionEntrySchema } from '../../../shared/decisions/schema';
import type { HandValue, Plan } from '../../../shared/model/schema';
import { pilotPlan, snapshotOf } from './fixtures';

const plan = pilotPlan();
const stageId = plan.stages[0]?.id ?? '';
const entry: HandValue = {
  id: 'h1',
  stageId,
  metric: 'error_rate',
  week: 2,
  figure: { kind: 'counts', successes: 3, trials: 200 },
  source: 'Grafana export',
  note: '',
  recordedAt: '2026-09-20T10:00:00.000Z',
};
const withValues = (...handValues: HandValue[]): Plan => ({ ...plan, handValues });
const WHAT = 'Stage “Internal pilot”, hand-recorded error rate for week 2';

describe('handValueChanges', () => {
  it.each([
    ['nothing changed', withValues(entry), withValues(entry), []],
    ['entered', withValues(), withValues(entry), [['(none)', '3 of 200 requests (1.5%) from “Grafana export”']]],
    [
      'corrected',
      withValues(entry),
      withValues({ ...entry, figure: { kind: 'counts', successes: 4, trials: 200 }, note: 'recount' }),
      [['3 of 200 requests (1.5%) from “Grafana export”', '4 of 200 requests (2%) from “Grafana export” — recount']],
    ],
    ['removed', withValues(entry), withValues(), [['3 of 200 requests (1.5%) from “Grafana export”', '(removed)']]],
    ['only its recording time changed: not a change', withValues(entry), withValues({ ...entry, recordedAt: '2026-09-21T10:00:00.000Z' }), []],
  ])('%s', (_label, before, after, expected) => {
    const changes = handValueChanges(before, after);
    expect(changes.map((c) => [c.before, c.after])).toEqual(expected);
    for (const c of changes) expect(c).toMatchObject({ kind: 'note', stageId, what: WHAT });
  });

  it('becomes a valid automatic note in the decision log, its change told in the rationale', () => {
    const [change] = handValueChanges(withValues(), withValues(entry));
    if (!change) throw new Error('expected a change');
    const logged = gateChangeEntry(change, {
      id: 'e1',
      planId: plan.id,
      at: '2026-09-20T12:00:00.000+02:00',
      author: 'Dana Kim',
      evidence: snapshotOf(withValues(entry), 0),
    });
    expect(logged).toMatchObject({ decision: 'note', automatic: true, change: null });
    expect(logged.rationale).toBe(`Hand-recorded value entered: ${WHAT}: (none) → 3 of 200 requests (1.5%) from “Grafana export”.`);
    expect(decisionEntrySchema.safeParse(logged).success).toBe(true);
  });
});

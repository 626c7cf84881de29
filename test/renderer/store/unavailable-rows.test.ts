/**
 * A plan listing two usage files, one of whose stored rows are missing on this computer: the stage's adoption
 * gate was judged on the other file's users alone. It is "cannot measure" now, naming the file.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../../shared/gates/stage-verdict';
import { selectObservationLookup } from '../../../renderer/store/pilot-data-selectors';
import type { ImportDataState } from '../../../renderer/store/pilot-metrics-slice';
import type { AppState } from '../../../renderer/store/types';
import { AFTER_WEEK_4, importRecord, pilotPlan } from '../../shared/decisions/fixtures';

const plan = pilotPlan({
  imports: [importRecord({ id: 'claims', fileName: 'usage-claims.csv' }), importRecord({ id: 'legal', fileName: 'usage-legal.csv' })],
});

function adoptionVerdict(importData: Record<string, ImportDataState>) {
  const state = { plan, pilotMetrics: null, importData, today: AFTER_WEEK_4 } as unknown as AppState;
  const lookup = selectObservationLookup(state)!;
  const observed = lookup('s1', 'adoption_rate');
  const [stage1] = evaluatePlan(plan, lookup, AFTER_WEEK_4);
  return { observed, stage1 };
}

describe('the gates of a plan whose listed import has no rows here', () => {
  it.each<[string, Record<string, ImportDataState>, string | null]>([
    ['one of two usage files missing', { claims: { status: 'ready', rows: 20 }, legal: { status: 'missing', message: 'gone' } }, 'The rows of “usage-legal.csv” are missing or damaged'],
    ['one damaged', { claims: { status: 'damaged', message: 'bad' }, legal: { status: 'ready', rows: 20 } }, 'The rows of “usage-claims.csv” are missing or damaged'],
    // Still loading is no fault: nothing is said about the files.
    ['both loading', { claims: { status: 'loading' }, legal: { status: 'loading' } }, null],
  ])('%s', (_case, importData, message) => {
    const { observed, stage1 } = adoptionVerdict(importData);
    if (message === null) {
      expect(observed.status === 'unmeasurable' ? observed.why.message : '').not.toMatch(/missing or damaged/);
      return;
    }
    expect(observed.status).toBe('unmeasurable');
    expect(observed.status === 'unmeasurable' && observed.why.message).toContain(message);
    expect(stage1?.verdict).not.toBe('proceed');
    expect(stage1?.reasons.join(' ')).toContain(message);
  });
});

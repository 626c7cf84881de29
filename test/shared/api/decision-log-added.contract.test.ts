import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, closeAdapters } from './adapters';
import { chainEntry } from '../../../shared/decisions/chain';
import { makePlan } from '../../electron/fixtures';
import { makeDecision } from '../decision-fixture';
import { must } from '../must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = makePlan({ name: 'Claims triage assistant' });

describe.each(adapters)('a decision added to the log outside the app, chained with a valid hash (%s)', (_name, openApi) => {
  it('is named, and still is once the app records a decision after it', async () => {
    const api = await openApi([plan]);
    must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Recorded in the app' })));
    must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Also recorded in the app' })));
    const { length, head } = must(await api.checkDecisionLog(plan.id));
    // Its `seq` and `prev` right, as anyone with a SHA-256 tool can make them.
    await api.putRawDecision(plan.id, chainEntry(makeDecision(plan.id, { rationale: 'Proceed (written by hand)', decision: 'note' }), { length, head }));

    const check = must(await api.checkDecisionLog(plan.id));
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['added@3']);
    expect(check.breaks[0]?.message).toBe('1 entry was added after entry 2 outside the app: the app recorded 2 entries.');

    must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Recorded in the app after it' })));
    const later = must(await api.checkDecisionLog(plan.id));
    expect(later.length).toBe(4);
    expect(later.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['added@3']);
  });
});

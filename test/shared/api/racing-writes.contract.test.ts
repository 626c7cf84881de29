import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters } from './adapters';
import { createPlan } from '../../../shared/model/plan-factory';
import { makeDecision } from '../decision-fixture';
import { must } from '../must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = createPlan({ name: 'Claims triage', templateId: 'team-workflow-pilot', now: CLOCK });

describe.each(adapters)('writes that race over %s', (_name, open) => {
  it('decisions recorded at the same moment (a note while the gate log is written, two clicks) all land, chained, with no false alarm of tampering', async () => {
    const api = await open([plan]);
    const notes = ['First', 'Second', 'Third', 'Fourth'].map((rationale) => makeDecision(plan.id, { rationale }));

    const results = await Promise.all(notes.map((note) => api.appendDecision(note)));

    for (const result of results) must(result);
    expect(must(await api.listDecisions(plan.id)).map((entry) => entry.rationale).sort()).toEqual(['First', 'Fourth', 'Second', 'Third']);
    const check = must(await api.checkDecisionLog(plan.id));
    expect(check.breaks).toEqual([]);
    expect(check.length).toBe(4);
    expect(must(await api.getStartupNotices())).toEqual([]);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, importText } from './adapters';
import { advance, chainEntry, checkChain } from '../../../shared/decisions/chain';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import type { ImportOutcome } from '../../../shared/api';
import { makePlan } from '../../electron/fixtures';
import { makeDecision } from '../decision-fixture';
import { must } from '../must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = makePlan({ name: 'Claims triage assistant' });

/** The plan's file with `decisions` as its log, chained and recorded as a real export would. */
function fileWith(decisions: readonly DecisionEntry[]): string {
  const file = JSON.parse(serialisePlanFile(plan, CLOCK, { importData: {}, decisions })) as Record<string, unknown>;
  const check = checkChain(decisions.map((entry) => ({ entry })), null);
  file['decisionLog'] = { length: check.length, head: check.head };
  return JSON.stringify(file);
}

/** `entry` chained after `log` (a log elsewhere that moved on its own way). */
const after = (log: readonly DecisionEntry[], entry: DecisionEntry): DecisionEntry => {
  const anchor = log.reduce((at, e) => advance(at, e), { length: 0, head: null as string | null });
  return chainEntry(entry, anchor);
};

const imported = (outcome: ImportOutcome) => (outcome.status === 'imported' ? outcome : null);

describe.each(adapters)('a plan file whose plan is not here but something of it is (%s)', (_name, openApi) => {
  it('a deleted plan’s log that the file’s log went apart from: imported as a copy, the two logs kept apart', async () => {
    const api = await openApi([plan]);
    const first = must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Recorded before the export' })));
    const elsewhere = after([first], makeDecision(plan.id, { rationale: 'Recorded on the other computer' }));
    must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Recorded here after the export' })));
    must(await api.deletePlan(plan.id));

    const outcome = imported(must(await importText(api, fileWith([first, elsewhere]), 'ask')));

    expect(outcome?.plan.id).not.toBe(plan.id);
    expect(outcome?.warnings?.join(' ')).toMatch(/decision log of a deleted plan with the same id, and the file’s log went apart from it/);
    expect(must(await api.listDecisions(outcome!.plan.id)).map((e) => e.rationale)).toEqual(['Recorded before the export', 'Recorded on the other computer']);
    // The deleted plan comes back (Undo) to its own log, whole.
    must(await api.savePlan(plan));
    expect(must(await api.listDecisions(plan.id)).map((e) => e.rationale)).toEqual(['Recorded before the export', 'Recorded here after the export']);
    expect(must(await api.checkDecisionLog(plan.id)).breaks).toEqual([]);
  });

  it('a deleted plan’s log that is the start of the file’s: imported under its own id, the log carried on', async () => {
    const api = await openApi([plan]);
    const first = must(await api.appendDecision(makeDecision(plan.id, { rationale: 'Recorded here' })));
    must(await api.deletePlan(plan.id));
    const later = after([first], makeDecision(plan.id, { rationale: 'Recorded on the other computer' }));

    const outcome = imported(must(await importText(api, fileWith([first, later]), 'ask')));

    expect(outcome?.plan.id).toBe(plan.id);
    expect(must(await api.listDecisions(plan.id)).map((e) => e.rationale)).toEqual(['Recorded here', 'Recorded on the other computer']);
  });

  it('a damaged plan whose previous version is offered: imported as a copy, the offer stays', async () => {
    const api = await openApi([plan]);
    must(await api.savePlan({ ...plan, revision: plan.revision + 1, name: 'Claims triage assistant v2' }));
    await api.putRaw(plan.id, '{"this is not": a plan');
    must(await api.listPlans());
    expect(must(await api.listDamagedPlans())).toHaveLength(1);

    const outcome = imported(must(await importText(api, fileWith([]), 'ask')));

    expect(outcome?.plan.id).not.toBe(plan.id);
    expect(outcome?.warnings?.join(' ')).toMatch(/damaged copy of “Claims triage assistant” is kept .* that version stays offered/);
    expect(must(await api.listDamagedPlans())).toMatchObject([{ name: 'Claims triage assistant' }]);
  });
});

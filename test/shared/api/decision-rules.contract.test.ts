import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, importText } from './adapters';
import type { RolloutApi } from '../../../shared/api';
import { advance, chainEntry, type ChainAnchor } from '../../../shared/decisions/chain';
import { localTimestamp } from '../../../shared/decisions/decision-log';
import type { DecisionEntry } from '../../../shared/decisions/schema';
import { createPlan } from '../../../shared/model/plan-factory';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import type { Plan } from '../../../shared/model/schema';
import { makeDecision } from '../decision-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = createPlan({ name: 'Claims triage', templateId: 'team-workflow-pilot', now: CLOCK });
const other = createPlan({ name: 'Another plan', templateId: 'team-workflow-pilot', now: CLOCK });
const [stage1, stage2] = plan.stages as [Plan['stages'][number], Plan['stages'][number]];

const verdict = (overrides: Partial<DecisionEntry>): DecisionEntry =>
  makeDecision(plan.id, { decision: 'hold', stageId: stage1.id, approvedBy: 'Steering committee', ...overrides });

describe.each(adapters)('decision rules over %s', (_name, open) => {
  it.each<[string, (api: RolloutApi) => Promise<DecisionEntry>, RegExp]>([
    ['a stage that does not exist', async () => verdict({ stageId: 'no-such-stage' }), /stage it names is not in this plan/],
    ['a correction of nothing', async () => verdict({ corrects: 'no-such-entry' }), /entry it corrects is not in this plan’s decision log/],
    [
      'a correction of another plan’s entry',
      async (api) => {
        const elsewhere = makeDecision(other.id);
        await api.appendDecision(elsewhere);
        return verdict({ corrects: elsewhere.id });
      },
      /entry it corrects is not in this plan’s decision log/,
    ],
    [
      'an entry claiming to be automatic',
      async () =>
        makeDecision(plan.id, {
          decision: 'threshold_change',
          automatic: true,
          change: { what: 'Threshold “Accuracy”', before: '> 90 %', after: '> 50 %' },
        }),
      /written only by the app itself/,
    ],
    ['proceed on a stage that may not start yet', async () => verdict({ decision: 'proceed', stageId: stage2.id }), /may not start yet/],
  ])('refuses %s and writes nothing', async (_case, build, message) => {
    const api = await open([plan, other]);
    const entry = await build(api);
    const result = await api.appendDecision(entry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(await api.listDecisions(plan.id)).toEqual({ ok: true, value: [] });
  });

  it.each(['2099-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z'])('records the service’s time, not a claimed %s', async (claimed) => {
    const api = await open([plan]);
    const result = await api.appendDecision(verdict({ at: claimed }));
    expect(result).toMatchObject({ ok: true, value: { at: localTimestamp(CLOCK) } });
  });

  it('allows proceed on a stage once the stage before may proceed, and hold on a locked one', async () => {
    const api = await open([plan]);
    expect((await api.appendDecision(verdict({ decision: 'hold', stageId: stage2.id }))).ok).toBe(true);
    expect((await api.appendDecision(verdict({ decision: 'proceed', override: true, recommendation: 'hold' }))).ok).toBe(true);
    expect((await api.appendDecision(verdict({ decision: 'proceed', stageId: stage2.id }))).ok).toBe(true);
  });

  it('chains what it appends: the check finds the log intact, with its length and head', async () => {
    const api = await open([plan]);
    await api.appendDecision(verdict({}));
    await api.appendDecision(verdict({ decision: 'note', approvedBy: '' }));
    const check = await api.checkDecisionLog(plan.id);
    expect(check).toMatchObject({ ok: true, value: { length: 2, breaks: [], beforeChaining: 0 } });
    expect(check.ok && check.value.head).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe.each(adapters)('plan files over %s', (_name, open) => {
  const fileWith = (decisions: DecisionEntry[]) => serialisePlanFile(plan, CLOCK, { importData: {}, decisions });
  const chainOf = (entries: DecisionEntry[]): DecisionEntry[] => {
    let anchor: ChainAnchor = { length: 0, head: null };
    return entries.map((entry) => {
      const next = chainEntry(entry, anchor);
      anchor = advance(anchor, next);
      return next;
    });
  };
  const logOf = (n: number) => chainOf(Array.from({ length: n }, (_, i) => makeDecision(plan.id, { rationale: `Imported ${i + 1}` })));

  it('imports a file’s decisions as they were recorded, chained after nothing, and the log checks out', async () => {
    const api = await open([]);
    const result = await importText(api, fileWith(logOf(50)), 'ask');
    expect(result).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(await api.checkDecisionLog(plan.id)).toMatchObject({ ok: true, value: { length: 50, breaks: [] } });
  });

  it('refuses a file whose decision log was edited, and writes nothing', async () => {
    const api = await open([]);
    const tampered = logOf(3).map((e, i) => (i === 0 ? { ...e, decision: 'note' as const, rationale: 'Rewritten' } : e));
    const result = await importText(api, fileWith(tampered), 'ask');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
  });

  it('on Replace, refuses a file whose log went apart from the one here, and changes nothing', async () => {
    const api = await open([plan]);
    expect((await api.appendDecision(verdict({}))).ok).toBe(true);
    const before = await api.listDecisions(plan.id);
    const result = await importText(api, fileWith(logOf(2)), 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api.listDecisions(plan.id)).toEqual(before);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, offerText } from './adapters';
import { readPlanFile, serialisePlanFile } from '../../../shared/model/plan-file';
import { createOpenedPlanFiles, FILE_NO_LONGER_AVAILABLE, textPlanFile, type PlanFileSource } from '../../../shared/service/opened-plan-files';
import { makePlan } from '../../electron/fixtures';
import type { ImportConflictChoice } from '../../../shared/api';
import type { Plan } from '../../../shared/model/schema';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = makePlan({ name: 'Claims triage assistant' });
const fileOf = (p = plan) => serialisePlanFile(p, CLOCK);

/** A chosen file that counts how often the platform was asked to read (parse and check) it. */
function countedFile(text: string, size?: number) {
  const reads = { count: 0 };
  const source: PlanFileSource = {
    ...textPlanFile('plan.rollout.json', text),
    ...(size === undefined ? {} : { size }),
    read: async () => {
      reads.count += 1;
      return readPlanFile(text);
    },
  };
  return { source, reads };
}

const gone = { ok: false, error: { code: 'not_found', message: FILE_NO_LONGER_AVAILABLE } };

describe.each(adapters)('plan files imported by token, over %s', (_name, open) => {
  it.each([
    ['a token never given', 'no-such-token'],
    ['a token that looks like one', '3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77'],
  ])('refuses %s with a clear message and imports nothing', async (_what, token) => {
    const api = await open([]);
    expect(await api.importPlan(token, 'ask')).toEqual(gone);
    expect(await api.listPlans()).toEqual({ ok: true, value: [] });
  });

  it.each<[string, Plan[], ImportConflictChoice, string]>([
    ['imported', [], 'ask', fileOf()],
    ['imported as a copy', [plan], 'copy', fileOf()],
    ['refused as damaged', [], 'ask', '{"hello":1}'],
  ])('uses a token once: after the file was %s, the same token is refused', async (_what, plans, choice, text) => {
    const api = await open(plans);
    const token = offerText(api, text);
    await api.importPlan(token, choice);
    expect(await api.importPlan(token, choice)).toEqual(gone);
  });

  it('keeps the token while the user is asked about a clash, and parses the file once for the answer', async () => {
    const api = await open([plan]);
    const { source, reads } = countedFile(fileOf({ ...plan, name: 'Theirs', revision: 7 }));
    const { token, name, size } = api.offerPlanFile(source);
    expect({ name, size }).toEqual({ name: 'plan.rollout.json', size: source.size });
    expect(await api.importPlan(token, 'ask')).toMatchObject({ ok: true, value: { status: 'conflict' } });
    expect(await api.importPlan(token, 'replace')).toMatchObject({ ok: true, value: { status: 'imported', replaced: true } });
    expect(reads.count).toBe(1);
    expect(await api.getPlan(plan.id)).toMatchObject({ ok: true, value: { name: 'Theirs', revision: 7 } });
  });

  it('refuses a file above the limit from its size, without reading it', async () => {
    const text = fileOf();
    const api = await open([], { maxPlanFileBytes: 10_000 });
    const big = countedFile(text, 10_001);
    expect(await api.importPlan(api.offerPlanFile(big.source).token, 'ask')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(big.reads.count).toBe(0);
    const fits = countedFile(text, 10_000);
    expect(await api.importPlan(api.offerPlanFile(fits.source).token, 'ask')).toMatchObject({ ok: true, value: { status: 'imported' } });
  });

  it('forgets a file left waiting (a question never answered) once its time is up', async () => {
    let now = 0;
    const openedFiles = createOpenedPlanFiles({ keepMs: 1000, clock: () => now });
    const api = await open([plan], { openedFiles });
    const token = offerText(api, fileOf({ ...plan, name: 'Theirs' }));
    expect(await api.importPlan(token, 'ask')).toMatchObject({ ok: true, value: { status: 'conflict' } });
    now += 1001;
    expect(await api.importPlan(token, 'copy')).toEqual(gone);
    expect(await api.listPlans()).toMatchObject({ ok: true, value: [{ name: 'Claims triage assistant' }] });
  });
});

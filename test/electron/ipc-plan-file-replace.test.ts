import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { channels, type ImportOutcome } from '../../shared/api';
import { advance, chainEntry } from '../../shared/decisions/chain';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan } from './fixtures';
import { bytesOf, call, choose, exportFrom, importInto, quality, stock, usage, useMachines } from './ipc-plan-file-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const machine = useMachines();

describe('a plan file imported over the plan already here', () => {
  it('on replace, appends the decisions the log here does not hold yet when it is the start of the file’s log, and says so', async () => {
    const laptop = machine();
    const desktop = machine();
    const stocked = await stock(laptop);
    const [first] = stocked.decisions as [DecisionEntry, DecisionEntry];
    const later = makeDecision(stocked.plan.id, { rationale: 'Recorded on the laptop after the copy was made.' });
    await call(laptop, channels.appendDecision, later);
    // The desktop has an older copy of the plan and of its log: the first decision only.
    await call(desktop, channels.savePlan, { ...stocked.plan, imports: [usage] });
    expect(await call(desktop, channels.appendDecision, first)).toMatchObject({ ok: true });
    const { text } = await exportFrom(laptop, stocked.plan.id);
    const onLaptop = await call<DecisionEntry[]>(laptop, channels.listDecisions, stocked.plan.id);
    if (!onLaptop.ok) throw new Error(onLaptop.error.message);
    expect(onLaptop.value[0]?.id).toBe(first.id);

    const replaced = await importInto(desktop, text, 'replace');
    expect(replaced).toMatchObject({ replaced: true, plan: { id: stocked.plan.id } });
    const onDesktop = await call<DecisionEntry[]>(desktop, channels.listDecisions, stocked.plan.id);
    expect(onDesktop.ok && onDesktop.value.map((e) => e.id)).toEqual(onLaptop.value.map((e) => e.id));
    expect((await call<{ breaks: unknown[] }>(desktop, channels.checkDecisionLog, stocked.plan.id))).toMatchObject({ ok: true, value: { breaks: [] } });
  });

  it('on replace, refuses when the two logs went apart, so entries from elsewhere never decide what “latest” means here', async () => {
    const laptop = machine();
    const desktop = machine();
    const stocked = await stock(laptop);
    const [first] = stocked.decisions as [DecisionEntry, DecisionEntry];
    await call(desktop, channels.savePlan, { ...stocked.plan, imports: [usage] });
    await call(desktop, channels.appendDecision, first);
    await call(desktop, channels.appendDecision, makeDecision(stocked.plan.id, { rationale: 'Recorded on the desktop.' }));
    const before = await call<DecisionEntry[]>(desktop, channels.listDecisions, stocked.plan.id);
    const planBefore = await call(desktop, channels.getPlan, stocked.plan.id);

    const { text } = await exportFrom(laptop, stocked.plan.id);
    const result = await call<ImportOutcome>(desktop, channels.importPlan, await choose(desktop, text), 'replace');
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!result.ok && result.error.message).toMatch(/the two logs went apart.*Nothing was imported; import the file as a copy instead/);
    expect(await call(desktop, channels.listDecisions, stocked.plan.id)).toEqual(before);
    expect(await call(desktop, channels.getPlan, stocked.plan.id)).toEqual(planBefore);
  });

  it('answers the "already here" question with the file as it was checked: read from disk and parsed once', async () => {
    const desktop = machine();
    const plan = makePlan({ name: 'Mine' });
    await call(desktop, channels.savePlan, plan);
    const token = await choose(desktop, serialisePlanFile({ ...plan, name: 'Theirs', revision: 7 }, FIXED_NOW));
    expect(await call(desktop, channels.importPlan, token, 'ask')).toMatchObject({ ok: true, value: { status: 'conflict' } });
    // Changed on disk while the question was open: the answer still imports what was checked.
    writeFileSync(desktop.openPath ?? '', 'not a plan any more');
    expect(await call(desktop, channels.importPlan, token, 'replace')).toMatchObject({ ok: true, value: { status: 'imported', plan: { name: 'Theirs' } } });
    expect(await call(desktop, channels.importPlan, token, 'replace')).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/no longer available: choose it again/) } });
  });

  it('keeps rows already here when the file being imported over them has none', async () => {
    const desktop = machine();
    const plan = makePlan({ imports: [quality] });
    await call(desktop, channels.savePlan, plan);
    await call(desktop, channels.saveImportData, plan.id, quality.id, 'rows', new Uint8Array([4, 5, 6]));
    const replaced = await importInto(desktop, serialisePlanFile({ ...plan, name: 'Renamed elsewhere' }, FIXED_NOW), 'replace');
    expect(replaced.warnings).toBeUndefined();
    expect(await bytesOf(desktop, plan.id, quality.id, 'rows')).toEqual(Buffer.from([4, 5, 6]));
  });
});

describe('a plan file whose shared decisions say something else than the log here', () => {
  it('on replace, is refused: the same ids with other contents are two logs that went apart', async () => {
    const laptop = machine();
    const stocked = await stock(laptop);
    const { text } = await exportFrom(laptop, stocked.plan.id);
    // The file's first decision reworded, its chain and record remade to match, as a careful hand edit would.
    const file = JSON.parse(text) as { decisions: DecisionEntry[]; decisionLog: { length: number; head: string | null } };
    const reworded = file.decisions.map((entry, i) => (i === 0 ? { ...entry, rationale: 'Reworded elsewhere.' } : entry));
    let anchor: { length: number; head: string | null } = { length: 0, head: null };
    file.decisions = reworded.map(({ seq: _seq, prev: _prev, ...entry }) => {
      const next = chainEntry(entry as DecisionEntry, anchor);
      anchor = advance(anchor, next);
      return next;
    });
    file.decisionLog = anchor;
    file.decisions.push(chainEntry(makeDecision(stocked.plan.id, { rationale: 'Added elsewhere.' }), anchor));
    file.decisionLog = advance(anchor, file.decisions.at(-1)!);

    const replaced = await call<ImportOutcome>(laptop, channels.importPlan, await choose(laptop, JSON.stringify(file)), 'replace');
    expect(replaced).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/the two logs went apart/) as unknown } });
    const here = await call<DecisionEntry[]>(laptop, channels.listDecisions, stocked.plan.id);
    expect(here.ok && here.value.map((e) => e.rationale)).toEqual(stocked.decisions.map((e) => e.rationale));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/api';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { makePlan } from './fixtures';
import { appFrame, useIpcHarness } from './ipc-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const ipc = useIpcHarness();

describe('the decision log through IPC', () => {
  it('has channels to list and append, and none to change or remove an entry', () => {
    const decisionChannels = Object.entries(channels).filter(([method, channel]) => /decision/i.test(method) || channel.startsWith('decisions:'));
    expect(decisionChannels.sort()).toEqual([
      ['appendDecision', 'decisions:append'],
      ['checkDecisionLog', 'decisions:check'],
      ['listDecisions', 'decisions:list'],
      ['logGateChanges', 'decisions:logGateChanges'],
    ]);
    expect([...ipc.listeners.keys()].filter((channel) => channel.startsWith('decisions:')).sort()).toEqual(['decisions:append', 'decisions:check', 'decisions:list', 'decisions:logGateChanges']);
  });

  it('appends, lists oldest first, and refuses a second entry with the same id', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    const first = makeDecision(plan.id, { rationale: 'First' });
    const second = makeDecision(plan.id, { rationale: 'Second' });
    expect(await ipc.call(channels.appendDecision, appFrame, first)).toMatchObject({ ok: true, value: stamped(first) });
    expect(await ipc.call(channels.appendDecision, appFrame, second)).toMatchObject({ ok: true, value: stamped(second) });
    const before = ipc.snapshotDisk();
    expect(await ipc.call(channels.appendDecision, appFrame, { ...first, rationale: 'Edited' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(ipc.snapshotDisk()).toEqual(before);
    expect(await ipc.call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second)] });
  });

  it('refuses an entry that is not a valid decision before it reaches the log', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    const result = await ipc.call(channels.appendDecision, appFrame, { ...makeDecision(plan.id), decision: 'approve-everything' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ipc.call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [] });
  });

  it('keeps the log when the plan is deleted and lists it again after Undo', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    const entry = makeDecision(plan.id);
    await ipc.call(channels.appendDecision, appFrame, entry);
    await ipc.call(channels.deletePlan, appFrame, plan.id);
    await ipc.call(channels.savePlan, appFrame, plan);
    expect(await ipc.call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });
});

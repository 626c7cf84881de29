import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels, type OpenedFile } from '../../shared/api';
import { parsePlanFile, serialisePlanFile } from '../../shared/model/plan-file';
import { defaultSettings } from '../../shared/model/schema';
import { FIXED_NOW, makePlan } from './fixtures';
import { appFrame, useIpcHarness } from './ipc-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const ipc = useIpcHarness();

describe('plans through IPC', () => {
  it('saves, lists, reads and deletes', async () => {
    const plan = makePlan();
    expect(await ipc.call(channels.savePlan, appFrame, plan)).toMatchObject({ ok: true, value: { id: plan.id } });
    expect(await ipc.call(channels.listPlans, appFrame)).toMatchObject({ ok: true, value: [{ id: plan.id, name: plan.name }] });
    expect(await ipc.call(channels.getPlan, appFrame, plan.id)).toMatchObject({ ok: true, value: plan });
    expect(await ipc.call(channels.deletePlan, appFrame, plan.id)).toMatchObject({ ok: true, value: undefined });
    expect(await ipc.call(channels.getPlan, appFrame, plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves and reads settings, and reports start-up notices', async () => {
    const settings = { ...defaultSettings, authorName: 'Grace Hopper' };
    expect(await ipc.call(channels.saveSettings, appFrame, settings)).toMatchObject({ ok: true, value: settings });
    expect(await ipc.call(channels.getSettings, appFrame)).toMatchObject({ ok: true, value: settings });
    expect(await ipc.call(channels.getStartupNotices, appFrame)).toMatchObject({ ok: true, value: [] });
  });
});

describe('import', () => {
  const planFile = (plan = makePlan()) => serialisePlanFile(plan, FIXED_NOW);
  /** The user picks a file with this text in the open dialog; the renderer gets its token. */
  async function chosen(text: string): Promise<string> {
    ipc.nextOpenPath = join(ipc.chosenDir, 'chosen.rollout.json');
    writeFileSync(ipc.nextOpenPath, text);
    const opened = await ipc.call(channels.openTextFile, appFrame, 'plan');
    if (!opened.ok || opened.value === null) throw new Error('no file chosen');
    return (opened.value as OpenedFile).token;
  }

  it('imports a plan whose id is new as it is', async () => {
    const plan = makePlan();
    const result = await ipc.call(channels.importPlan, appFrame, await chosen(planFile(plan)), 'ask');
    expect(result).toEqual({
      ok: true,
      value: { status: 'imported', replaced: false, plan: expect.objectContaining({ id: plan.id, name: plan.name }) as unknown },
    });
    expect(await ipc.storage.getPlan(plan.id)).toMatchObject({ ok: true, value: plan });
  });

  it("asks on an id clash when told 'ask', changing nothing", async () => {
    const existing = makePlan({ name: 'Mine' });
    await ipc.storage.savePlan(existing);
    const token = await chosen(planFile({ ...existing, name: 'Theirs', revision: 7 }));
    const before = ipc.snapshotDisk();
    const result = await ipc.call(channels.importPlan, appFrame, token, 'ask');
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'conflict',
        existing: expect.objectContaining({ id: existing.id, name: 'Mine', revision: 1 }) as unknown,
        incoming: expect.objectContaining({ id: existing.id, name: 'Theirs', revision: 7 }) as unknown,
      },
    });
    expect(ipc.snapshotDisk()).toEqual(before);
  });

  it("keeps both on 'copy': the incoming plan gets a new id", async () => {
    const existing = makePlan({ name: 'Mine' });
    await ipc.storage.savePlan(existing);
    const result = await ipc.call(channels.importPlan, appFrame, await chosen(planFile({ ...existing, name: 'Theirs' })), 'copy');
    if (!result.ok) throw new Error(result.error.message);
    const outcome = result.value as { status: string; plan: { id: string; name: string }; replaced: boolean };
    expect(outcome.status).toBe('imported');
    expect(outcome.replaced).toBe(false);
    expect(outcome.plan.id).not.toBe(existing.id);
    expect(outcome.plan.name).toBe('Theirs (imported copy)');
    expect(await ipc.storage.getPlan(existing.id)).toMatchObject({ ok: true, value: { name: 'Mine' } });
    const listed = await ipc.storage.listPlans();
    expect(listed.ok && listed.value.map((summary) => summary.name).sort()).toEqual(['Mine', 'Theirs (imported copy)']);
  });

  it("overwrites on 'replace'", async () => {
    const existing = makePlan({ name: 'Mine' });
    await ipc.storage.savePlan(existing);
    const result = await ipc.call(channels.importPlan, appFrame, await chosen(planFile({ ...existing, name: 'Theirs', revision: 7 })), 'replace');
    expect(result).toMatchObject({ ok: true, value: { status: 'imported', replaced: true, plan: { id: existing.id, name: 'Theirs' } } });
    expect(await ipc.storage.getPlan(existing.id)).toMatchObject({ ok: true, value: { name: 'Theirs', revision: 7 } });
    expect(await ipc.storage.listPlans()).toMatchObject({ ok: true, value: [{ id: existing.id }] });
  });

  it('refuses a file that is not a plan file in plain words', async () => {
    expect(await ipc.call(channels.importPlan, appFrame, await chosen('name,score\nA,1'), 'ask')).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('not a Rollout Readiness plan file') as unknown },
    });
  });
});

describe('export and open through the native dialogs', () => {
  it('writes the plan to the chosen file in the export format', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    ipc.nextSavePath = join(ipc.dataDir, 'exported.rollout.json');
    expect(await ipc.call(channels.exportPlan, appFrame, plan.id)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'exported.rollout.json' },
    });
    expect(parsePlanFile(readFileSync(ipc.nextSavePath, 'utf8'))).toMatchObject({ ok: true, value: plan });
  });

  it('reports a cancelled save without writing anything', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    expect(await ipc.call(channels.exportPlan, appFrame, plan.id)).toMatchObject({ ok: true, value: { saved: false, fileName: '' } });
  });

  it('hands the renderer a handle to the chosen file, never its text or path, and answers null on cancel', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    ipc.nextSavePath = join(ipc.dataDir, 'Claims.rollout.json');
    await ipc.call(channels.exportPlan, appFrame, plan.id);
    ipc.nextOpenPath = ipc.nextSavePath;
    const opened = await ipc.call(channels.openTextFile, appFrame, 'plan');
    expect(opened).toEqual({ ok: true, value: { name: 'Claims.rollout.json', size: statSync(ipc.nextSavePath).size, token: expect.any(String) as unknown } });
    ipc.nextOpenPath = null;
    expect(await ipc.call(channels.openTextFile, appFrame, 'plan')).toMatchObject({ ok: true, value: null });
    expect(existsSync(ipc.nextSavePath)).toBe(true);
  });
});

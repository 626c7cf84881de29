import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type OpenedFile, type RolloutApi } from '../../shared/api';
import { parsePlanFile, serialisePlanFile } from '../../shared/model/plan-file';
import { defaultSettings } from '../../shared/model/schema';
import type { Result } from '../../shared/result';
import type { DialogLike } from '../../electron/files';
import { createFileDialogs } from '../../electron/files';
import { createHandlers, createIpcListeners, registerIpc, type IpcListener, type SenderEvent } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { isTrustedUrl } from '../../electron/security';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { FAKE_PDF, FIXED_NOW, makeFakeWindow, makePlan, makeTempDir, type FakeWindow } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const appFrame: SenderEvent = { senderFrame: { url: 'app://rollout/index.html' } };

let dataDir: string;
let cleanup: () => void;
/** Where the user's own files are, apart from the data folder. */
let chosenDir: string;
let cleanupChosen: () => void;
let storage: RolloutApi;
/** The path the next save dialog "chooses" (null = the user cancels). */
let nextSavePath: string | null;
let nextOpenPath: string | null;
let listeners: Map<string, IpcListener>;
let window: FakeWindow;

const dialog: DialogLike = {
  showSaveDialog: async () => (nextSavePath ? { canceled: false, filePath: nextSavePath } : { canceled: true, filePath: '' }),
  showOpenDialog: async () => (nextOpenPath ? { canceled: false, filePaths: [nextOpenPath] } : { canceled: true, filePaths: [] }),
};

function buildApi(): RolloutApi {
  const files = createFileDialogs(dialog, () => dataDir);
  return createHandlers({
    dataDir,
    files,
    printer: createReportPrinter(() => window, files),
    now: () => FIXED_NOW,
  });
}

async function call(channel: string, event: SenderEvent, ...args: unknown[]): Promise<Result<unknown>> {
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`no listener for ${channel}`);
  return listener(event, ...args);
}

/** Every file under the data folder with its bytes, to prove a refused call changed nothing. */
function snapshotDisk(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(dataDir);
  return files;
}

beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  ({ dir: chosenDir, cleanup: cleanupChosen } = makeTempDir());
  nextSavePath = null;
  nextOpenPath = null;
  window = makeFakeWindow();
  storage = buildApi();
  listeners = createIpcListeners(storage, (url) => isTrustedUrl(url, null));
});
afterEach(() => {
  cleanup();
  cleanupChosen();
});

describe('registration', () => {
  it('registers exactly one handler per channel of the shared table', () => {
    const handle = vi.fn();
    registerIpc({ handle }, listeners);
    expect(handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(Object.values(channels).sort());
  });
});

describe('sender check', () => {
  const stored = makePlan();
  const foreign: Array<[string, SenderEvent]> = [
    ['a web page', { senderFrame: { url: 'https://evil.example/' } }],
    ['a frame that is gone', { senderFrame: null }],
    ['an event without a frame', {}],
    ['a local file', { senderFrame: { url: 'file:///etc/passwd' } }],
    ['another app:// host', { senderFrame: { url: 'app://evil/index.html' } }],
    ['the dev server when not in dev mode', { senderFrame: { url: 'http://localhost:5173/' } }],
    [
      'a frame whose URL cannot be read',
      {
        get senderFrame(): { url: string } {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ];

  it.each(foreign)('refuses %s with forbidden and leaves the disk unchanged', async (_label, event) => {
    await storage.savePlan(stored);
    const before = snapshotDisk();
    expect(await call(channels.savePlan, event, makePlan())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(channels.deletePlan, event, stored.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call(channels.getPlan, event, stored.id)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(snapshotDisk()).toEqual(before);
  });

  it('accepts the app window and, in dev mode only, the loopback dev server', async () => {
    expect(await call(channels.listPlans, appFrame)).toMatchObject({ ok: true, value: [] });
    const dev = createIpcListeners(buildApi(), (url) => isTrustedUrl(url, 'http://localhost:5173/'));
    expect(await dev.get(channels.listPlans)?.({ senderFrame: { url: 'http://localhost:5173/' } })).toMatchObject({ ok: true, value: [] });
    expect(await dev.get(channels.listPlans)?.({ senderFrame: { url: 'http://localhost:8080/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('payload validation', () => {
  const malformed: Array<[string, string, unknown[]]> = [
    ['a plan missing most fields', channels.savePlan, [{ id: 'x', name: 'Only a name' }]],
    ['a plan with a wrong field type', channels.savePlan, [{ ...makePlan(), revision: 'two' }]],
    ['no plan at all', channels.savePlan, []],
    ['a number as plan id', channels.getPlan, [42]],
    ['an empty plan id', channels.deletePlan, ['']],
    ['an unknown conflict choice', channels.importPlan, ['3f1c2a9e-5b7d-4e21-9a0c-8d6f4b2e1a77', 'merge']],
    ['a plan file’s text instead of a token', channels.importPlan, [serialisePlanFile(makePlan(), FIXED_NOW), 'ask']],
    ['an extra argument', channels.listPlans, ['surprise']],
    ['settings with an unknown theme', channels.saveSettings, [{ ...defaultSettings, theme: 'purple' }]],
    ['an unknown file kind', channels.openTextFile, ['csv']],
  ];

  it.each(malformed)('refuses %s as invalid, with details, writing nothing', async (_label, channel, args) => {
    await storage.savePlan(makePlan());
    const before = snapshotDisk();
    const result = await call(channel, appFrame, ...args);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.details?.length).toBeGreaterThan(0);
    expect(snapshotDisk()).toEqual(before);
  });

  it('lets a Uint8Array through as import data and refuses a string in its place', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    const importId = '5f0e2d4c-3b1a-4f9e-8d7c-6b5a49382716';
    const bytes = new Uint8Array([0, 1, 254, 255]);
    expect(await call(channels.saveImportData, appFrame, plan.id, importId, 'rows', bytes)).toMatchObject({ ok: true, value: undefined });
    expect(await call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: bytes });

    const before = snapshotDisk();
    const refused = await call(channels.saveImportData, appFrame, plan.id, importId, 'rows', 'AAH+/w==');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!refused.ok && refused.error.details?.length).toBeGreaterThan(0);
    expect(await call(channels.saveImportData, appFrame, plan.id, importId, 'columns', bytes)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(snapshotDisk()).toEqual(before);
    expect(await call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: bytes });
  });

  it('turns an exception inside a handler into an io result instead of throwing', async () => {
    const failing: RolloutApi = {
      ...buildApi(),
      listPlans: async () => {
        throw new Error('disk on fire');
      },
    };
    const guarded = createIpcListeners(failing, () => true);
    await expect(guarded.get(channels.listPlans)?.(appFrame)).resolves.toEqual({
      ok: false,
      error: { code: 'io', message: 'Something went wrong: disk on fire' },
    });
  });
});

describe('plans through IPC', () => {
  it('saves, lists, reads and deletes', async () => {
    const plan = makePlan();
    expect(await call(channels.savePlan, appFrame, plan)).toMatchObject({ ok: true, value: { id: plan.id } });
    expect(await call(channels.listPlans, appFrame)).toMatchObject({ ok: true, value: [{ id: plan.id, name: plan.name }] });
    expect(await call(channels.getPlan, appFrame, plan.id)).toMatchObject({ ok: true, value: plan });
    expect(await call(channels.deletePlan, appFrame, plan.id)).toMatchObject({ ok: true, value: undefined });
    expect(await call(channels.getPlan, appFrame, plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('saves and reads settings, and reports start-up notices', async () => {
    const settings = { ...defaultSettings, authorName: 'Grace Hopper' };
    expect(await call(channels.saveSettings, appFrame, settings)).toMatchObject({ ok: true, value: settings });
    expect(await call(channels.getSettings, appFrame)).toMatchObject({ ok: true, value: settings });
    expect(await call(channels.getStartupNotices, appFrame)).toMatchObject({ ok: true, value: [] });
  });
});

describe('import', () => {
  const planFile = (plan = makePlan()) => serialisePlanFile(plan, FIXED_NOW);
  /** The user picks a file with this text in the open dialog; the renderer gets its token. */
  async function chosen(text: string): Promise<string> {
    nextOpenPath = join(chosenDir, 'chosen.rollout.json');
    writeFileSync(nextOpenPath, text);
    const opened = await call(channels.openTextFile, appFrame, 'plan');
    if (!opened.ok || opened.value === null) throw new Error('no file chosen');
    return (opened.value as OpenedFile).token;
  }

  it('imports a plan whose id is new as it is', async () => {
    const plan = makePlan();
    const result = await call(channels.importPlan, appFrame, await chosen(planFile(plan)), 'ask');
    expect(result).toEqual({
      ok: true,
      value: { status: 'imported', replaced: false, plan: expect.objectContaining({ id: plan.id, name: plan.name }) as unknown },
    });
    expect(await storage.getPlan(plan.id)).toMatchObject({ ok: true, value: plan });
  });

  it("asks on an id clash when told 'ask', changing nothing", async () => {
    const existing = makePlan({ name: 'Mine' });
    await storage.savePlan(existing);
    const token = await chosen(planFile({ ...existing, name: 'Theirs', revision: 7 }));
    const before = snapshotDisk();
    const result = await call(channels.importPlan, appFrame, token, 'ask');
    expect(result).toEqual({
      ok: true,
      value: {
        status: 'conflict',
        existing: expect.objectContaining({ id: existing.id, name: 'Mine', revision: 1 }) as unknown,
        incoming: expect.objectContaining({ id: existing.id, name: 'Theirs', revision: 7 }) as unknown,
      },
    });
    expect(snapshotDisk()).toEqual(before);
  });

  it("keeps both on 'copy': the incoming plan gets a new id", async () => {
    const existing = makePlan({ name: 'Mine' });
    await storage.savePlan(existing);
    const result = await call(channels.importPlan, appFrame, await chosen(planFile({ ...existing, name: 'Theirs' })), 'copy');
    if (!result.ok) throw new Error(result.error.message);
    const outcome = result.value as { status: string; plan: { id: string; name: string }; replaced: boolean };
    expect(outcome.status).toBe('imported');
    expect(outcome.replaced).toBe(false);
    expect(outcome.plan.id).not.toBe(existing.id);
    expect(outcome.plan.name).toBe('Theirs (imported copy)');
    expect(await storage.getPlan(existing.id)).toMatchObject({ ok: true, value: { name: 'Mine' } });
    const listed = await storage.listPlans();
    expect(listed.ok && listed.value.map((summary) => summary.name).sort()).toEqual(['Mine', 'Theirs (imported copy)']);
  });

  it("overwrites on 'replace'", async () => {
    const existing = makePlan({ name: 'Mine' });
    await storage.savePlan(existing);
    const result = await call(channels.importPlan, appFrame, await chosen(planFile({ ...existing, name: 'Theirs', revision: 7 })), 'replace');
    expect(result).toMatchObject({ ok: true, value: { status: 'imported', replaced: true, plan: { id: existing.id, name: 'Theirs' } } });
    expect(await storage.getPlan(existing.id)).toMatchObject({ ok: true, value: { name: 'Theirs', revision: 7 } });
    expect(await storage.listPlans()).toMatchObject({ ok: true, value: [{ id: existing.id }] });
  });

  it('refuses a file that is not a plan file in plain words', async () => {
    expect(await call(channels.importPlan, appFrame, await chosen('name,score\nA,1'), 'ask')).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringContaining('not a Rollout Readiness plan file') as unknown },
    });
  });
});

describe('export and open through the native dialogs', () => {
  it('writes the plan to the chosen file in the export format', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    nextSavePath = join(dataDir, 'exported.rollout.json');
    expect(await call(channels.exportPlan, appFrame, plan.id)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'exported.rollout.json' },
    });
    expect(parsePlanFile(readFileSync(nextSavePath, 'utf8'))).toMatchObject({ ok: true, value: plan });
  });

  it('reports a cancelled save without writing anything', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    expect(await call(channels.exportPlan, appFrame, plan.id)).toMatchObject({ ok: true, value: { saved: false, fileName: '' } });
  });

  it('hands the renderer a handle to the chosen file, never its text or path, and answers null on cancel', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    nextSavePath = join(dataDir, 'Claims.rollout.json');
    await call(channels.exportPlan, appFrame, plan.id);
    nextOpenPath = nextSavePath;
    const opened = await call(channels.openTextFile, appFrame, 'plan');
    expect(opened).toEqual({ ok: true, value: { name: 'Claims.rollout.json', size: statSync(nextSavePath).size, token: expect.any(String) as unknown } });
    nextOpenPath = null;
    expect(await call(channels.openTextFile, appFrame, 'plan')).toMatchObject({ ok: true, value: null });
    expect(existsSync(nextSavePath)).toBe(true);
  });
});

describe('import data through IPC', () => {
  it('stores, reads back and deletes; an unknown plan or a path-like id is refused', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    const importId = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const rows = new Uint8Array(300_000).map((_, index) => index % 251);
    expect(await call(channels.saveImportData, appFrame, plan.id, importId, 'rows', rows)).toMatchObject({ ok: true, value: undefined });
    expect(await call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: rows });
    expect(await call(channels.saveImportData, appFrame, 'no-such-plan', importId, 'rows', rows)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call(channels.loadImportData, appFrame, plan.id, '../../plans', 'rows')).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await call(channels.deleteImportData, appFrame, plan.id, importId)).toMatchObject({ ok: true, value: undefined });
    expect(await call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: null });
  });
});

describe('the decision log through IPC', () => {
  it('has channels to list and append, and none to change or remove an entry', () => {
    const decisionChannels = Object.entries(channels).filter(([method, channel]) => /decision/i.test(method) || channel.startsWith('decisions:'));
    expect(decisionChannels.sort()).toEqual([
      ['appendDecision', 'decisions:append'],
      ['checkDecisionLog', 'decisions:check'],
      ['listDecisions', 'decisions:list'],
      ['logGateChanges', 'decisions:logGateChanges'],
    ]);
    expect([...listeners.keys()].filter((channel) => channel.startsWith('decisions:')).sort()).toEqual(['decisions:append', 'decisions:check', 'decisions:list', 'decisions:logGateChanges']);
  });

  it('appends, lists oldest first, and refuses a second entry with the same id', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    const first = makeDecision(plan.id, { rationale: 'First' });
    const second = makeDecision(plan.id, { rationale: 'Second' });
    expect(await call(channels.appendDecision, appFrame, first)).toMatchObject({ ok: true, value: stamped(first) });
    expect(await call(channels.appendDecision, appFrame, second)).toMatchObject({ ok: true, value: stamped(second) });
    const before = snapshotDisk();
    expect(await call(channels.appendDecision, appFrame, { ...first, rationale: 'Edited' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(snapshotDisk()).toEqual(before);
    expect(await call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second)] });
  });

  it('refuses an entry that is not a valid decision before it reaches the log', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    const result = await call(channels.appendDecision, appFrame, { ...makeDecision(plan.id), decision: 'approve-everything' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [] });
  });

  it('keeps the log when the plan is deleted and lists it again after Undo', async () => {
    const plan = makePlan();
    await storage.savePlan(plan);
    const entry = makeDecision(plan.id);
    await call(channels.appendDecision, appFrame, entry);
    await call(channels.deletePlan, appFrame, plan.id);
    await call(channels.savePlan, appFrame, plan);
    expect(await call(channels.listDecisions, appFrame, plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });
});

describe('saving text and printing through IPC', () => {
  it('saves a CSV to the path chosen in the dialog', async () => {
    nextSavePath = join(dataDir, 'rejected rows.csv');
    const text = 'line,reason\n7,"date ""2026-13-01"" is not a date"\n';
    expect(await call(channels.saveTextFile, appFrame, { suggestedName: 'rejected rows', text, kind: 'csv' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'rejected rows.csv' },
    });
    expect(readFileSync(nextSavePath, 'utf8')).toBe(text);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const before = snapshotDisk();
    expect(await call(channels.saveTextFile, appFrame, { suggestedName: 'template.json', text: '{}', kind: 'json' })).toEqual({
      ok: true,
      value: { saved: false, fileName: '' },
    });
    expect(snapshotDisk()).toEqual(before);
  });

  it('prints the window to the chosen PDF, or to the printer', async () => {
    nextSavePath = join(dataDir, 'summary.pdf');
    expect(await call(channels.printReport, appFrame, { paper: 'Letter', target: 'pdf', suggestedName: 'summary' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'summary.pdf' },
    });
    expect(readFileSync(nextSavePath).equals(Buffer.from(FAKE_PDF))).toBe(true);
    expect(await call(channels.printReport, appFrame, { paper: 'A4', target: 'printer', suggestedName: 'summary' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'summary' },
    });
    expect(window.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    expect(await call(channels.printReport, appFrame, { paper: 'A3', target: 'printer', suggestedName: 'summary' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

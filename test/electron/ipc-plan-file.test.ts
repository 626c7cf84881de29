import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels, type ImportOutcome, type OpenedFile, type RolloutApi, type SaveOutcome } from '../../shared/api';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { serialisePlanFile } from '../../shared/model/plan-file';
import type { Plan } from '../../shared/model/schema';
import type { Result } from '../../shared/result';
import { createFileDialogs } from '../../electron/files';
import { createHandlers, createIpcListeners, type IpcListener } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { isTrustedUrl } from '../../electron/security';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { importRecord } from '../shared/decisions/fixtures';
import { storedRows } from '../shared/rows-fixture';
import { FIXED_NOW, makeFakeWindow, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const appFrame = { senderFrame: { url: 'app://rollout/index.html' } };

/** One computer's data folder with the real stores and handlers over it. */
interface Machine {
  readonly dir: string;
  readonly storage: RolloutApi;
  readonly api: RolloutApi;
  readonly listeners: Map<string, IpcListener>;
  /** The path the next save dialog "chooses". */
  savePath: string | null;
  /** The path the next open dialog "chooses"; the user's own files live apart from the data folder. */
  openPath: string | null;
  readonly userDir: string;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function machine(): Machine {
  const { dir, cleanup } = makeTempDir();
  const user = makeTempDir();
  cleanups.push(cleanup, user.cleanup);
  const self: Machine = {
    dir,
    userDir: user.dir,
    openPath: null,
    storage: undefined as unknown as RolloutApi,
    savePath: null,
    api: undefined as unknown as RolloutApi,
    listeners: new Map(),
  };
  const files = createFileDialogs(
    {
      showSaveDialog: async () => (self.savePath ? { canceled: false, filePath: self.savePath } : { canceled: true, filePath: '' }),
      showOpenDialog: async () => (self.openPath ? { canceled: false, filePaths: [self.openPath] } : { canceled: true, filePaths: [] }),
    },
    () => dir,
  );
  const api = createHandlers({
    dataDir: dir,
    files,
    printer: createReportPrinter(() => makeFakeWindow(), files),
    now: () => FIXED_NOW,
  });
  return Object.assign(self, { api, storage: api, listeners: createIpcListeners(api, (url) => isTrustedUrl(url, null)) });
}

/** The longest string argument or answer that crossed IPC in a plan-file call, per channel. */
const crossed = new Map<string, number>();
const longestString = (value: unknown): number =>
  typeof value === 'string' ? value.length : typeof value === 'object' && value !== null ? Math.max(0, ...Object.values(value).map(longestString)) : 0;

async function call<T>(on: Machine, channel: string, ...args: unknown[]): Promise<Result<T>> {
  const listener = on.listeners.get(channel);
  if (!listener) throw new Error(`no listener for ${channel}`);
  const answer = (await listener(appFrame, ...args)) as Result<T>;
  if (channel === channels.importPlan || channel === channels.openTextFile) {
    crossed.set(channel, Math.max(crossed.get(channel) ?? 0, longestString(args), longestString(answer.ok ? answer.value : null)));
  }
  return answer;
}

/** The user picks a file with this text in the open dialog; the renderer gets only its token. */
async function choose(on: Machine, text: string): Promise<string> {
  on.openPath = join(on.userDir, `chosen-${crossed.size}-${Math.random().toString(36).slice(2)}.rollout.json`);
  writeFileSync(on.openPath, text);
  const opened = await call<OpenedFile | null>(on, channels.openTextFile, 'plan');
  if (!opened.ok || opened.value === null) throw new Error('no file chosen');
  return opened.value.token;
}

/** Every file under a data folder with its exact bytes, to prove a refused import wrote nothing. */
function snapshotDisk(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', rejected: 1 });
const quality = importRecord({ id: 'imp-quality', kind: 'quality', fileName: 'quality.csv' });

interface Stocked {
  readonly plan: Plan;
  readonly rows: Uint8Array;
  readonly rejected: Uint8Array;
  readonly qualityRows: Uint8Array;
  readonly decisions: DecisionEntry[];
}

/** A plan with two imports (rows, rejected rows) and two decisions, stored through IPC. */
async function stock(on: Machine, plan: Plan = makePlan({ imports: [usage, quality] })): Promise<Stocked> {
  const rows = storedRows('usage', 20, 7);
  const rejected = new TextEncoder().encode('\uFEFFLine,Reason,user\r\n7,Date “2026-13-01” is not a date,ada\r\n');
  const qualityRows = storedRows('quality', 20, 3);
  await call(on, channels.savePlan, plan);
  await call(on, channels.saveImportData, plan.id, usage.id, 'rows', rows);
  await call(on, channels.saveImportData, plan.id, usage.id, 'rejected', rejected);
  await call(on, channels.saveImportData, plan.id, quality.id, 'rows', qualityRows);
  const decisions = [makeDecision(plan.id, { rationale: 'Adoption reached 60% at week 4.' }), makeDecision(plan.id)];
  for (const entry of decisions) await call(on, channels.appendDecision, entry);
  return { plan, rows, rejected, qualityRows, decisions };
}

async function exportFrom(on: Machine, planId: string): Promise<{ text: string; outcome: SaveOutcome }> {
  on.savePath = join(on.dir, 'exported.rollout.json');
  const result = await call<SaveOutcome>(on, channels.exportPlan, planId);
  if (!result.ok) throw new Error(result.error.message);
  return { text: readFileSync(on.savePath, 'utf8'), outcome: result.value };
}

async function importInto(on: Machine, text: string, choice: 'ask' | 'copy' | 'replace'): Promise<ImportOutcome & { status: 'imported' }> {
  const result = await call<ImportOutcome>(on, channels.importPlan, await choose(on, text), choice);
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.status !== 'imported') throw new Error('unexpected conflict');
  return result.value;
}

const bytesOf = async (on: Machine, planId: string, importId: string, part: 'rows' | 'rejected') => {
  const loaded = await call<Uint8Array | null>(on, channels.loadImportData, planId, importId, part);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value === null ? null : Buffer.from(loaded.value);
};

describe('a plan file carries its imported rows and decision log', () => {
  it('moves a plan to another computer with identical rows and decisions', async () => {
    const laptop = machine();
    const desktop = machine();
    const stocked = await stock(laptop);

    const { text, outcome } = await exportFrom(laptop, stocked.plan.id);
    expect(outcome).toEqual({ saved: true, fileName: 'exported.rollout.json' });

    const imported = await importInto(desktop, text, 'ask');
    expect(imported).toMatchObject({ status: 'imported', replaced: false, plan: { id: stocked.plan.id } });
    expect(imported.warnings).toBeUndefined();
    expect(await call(desktop, channels.getPlan, stocked.plan.id)).toMatchObject({ ok: true, value: stocked.plan });
    expect((await bytesOf(desktop, stocked.plan.id, usage.id, 'rows'))?.equals(Buffer.from(stocked.rows))).toBe(true);
    expect((await bytesOf(desktop, stocked.plan.id, usage.id, 'rejected'))?.equals(Buffer.from(stocked.rejected))).toBe(true);
    expect((await bytesOf(desktop, stocked.plan.id, quality.id, 'rows'))?.equals(Buffer.from(stocked.qualityRows))).toBe(true);
    expect(await bytesOf(desktop, stocked.plan.id, quality.id, 'rejected')).toBeNull();
    expect(await call(desktop, channels.listDecisions, stocked.plan.id)).toMatchObject({ ok: true, value: stocked.decisions.map(stamped) });
  });

  it('exports an import whose rows are gone without them, says which, and the receiving side says so too', async () => {
    const laptop = machine();
    const desktop = machine();
    const plan = makePlan({ imports: [usage, quality] });
    await call(laptop, channels.savePlan, plan);
    await call(laptop, channels.saveImportData, plan.id, quality.id, 'rows', storedRows('quality', 20));

    const { text, outcome } = await exportFrom(laptop, plan.id);
    expect(outcome.saved).toBe(true);
    expect(outcome.warnings).toEqual([
      'The rows of “usage.csv” (imported 2026-10-05) are not stored on this computer, so the file carries that import without its rows.',
      'The rejected rows of “usage.csv” (imported 2026-10-05) are not stored on this computer, so the file does not carry them.',
    ]);

    const imported = await importInto(desktop, text, 'ask');
    expect(imported.warnings).toEqual([
      '“usage.csv” (imported 2026-10-05) came without its rows (they were missing where the file was made): import that CSV file again to use its data.',
    ]);
    expect(await bytesOf(desktop, plan.id, quality.id, 'rows')).toEqual(Buffer.from(storedRows('quality', 20)));
  });

  it('imports a copy under a new id: rows under the new id, decisions in its own new log', async () => {
    const laptop = machine();
    const stocked = await stock(laptop);
    const { text } = await exportFrom(laptop, stocked.plan.id);

    const copy = await importInto(laptop, text, 'copy');
    expect(copy.plan.id).not.toBe(stocked.plan.id);
    expect(copy.plan.name).toBe(`${stocked.plan.name} (imported copy)`);
    expect(copy.warnings).toBeUndefined();
    expect((await bytesOf(laptop, copy.plan.id, usage.id, 'rows'))?.equals(Buffer.from(stocked.rows))).toBe(true);
    expect((await bytesOf(laptop, copy.plan.id, usage.id, 'rejected'))?.equals(Buffer.from(stocked.rejected))).toBe(true);
    // Same entries, same ids, each now naming the copy; the original's log is untouched.
    expect(await call(laptop, channels.listDecisions, copy.plan.id)).toMatchObject({
      ok: true,
      value: stocked.decisions.map((entry) => ({ ...entry, planId: copy.plan.id })),
    });
    expect(await call(laptop, channels.listDecisions, stocked.plan.id)).toMatchObject({ ok: true, value: stocked.decisions.map(stamped) });
  });

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

  const damage: Array<[string, (file: Record<string, unknown>, stocked: Stocked) => void, RegExp]> = [
    [
      'corrupt base64 rows',
      (file) => {
        const data = file['importData'] as Record<string, { rows: string }>;
        const entry = data[quality.id]!;
        entry.rows = `${entry.rows.slice(0, 100)}!${entry.rows.slice(101)}`;
      },
      /The rows of “quality\.csv” .* are damaged/,
    ],
    [
      'an invalid decision',
      (file, stocked) => {
        file['decisions'] = [stocked.decisions[0], { ...stocked.decisions[1], decision: 'approve-everything' }];
      },
      /Decision 2 of the file .* is not a valid decision log entry/,
    ],
  ];

  it.each(damage)('refuses a file with %s and writes nothing, for a new plan or a replacement', async (_label, change, message) => {
    const laptop = machine();
    const desktop = machine();
    const stocked = await stock(laptop);
    const file = JSON.parse((await exportFrom(laptop, stocked.plan.id)).text) as Record<string, unknown>;
    change(file, stocked);
    const text = JSON.stringify(file);

    const token = await choose(desktop, text);
    const empty = snapshotDisk(desktop.dir);
    const refused = await call(desktop, channels.importPlan, token, 'ask');
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(message) as unknown } });
    expect(snapshotDisk(desktop.dir)).toEqual(empty);

    const tokens = { replace: await choose(laptop, text), copy: await choose(laptop, text) };
    const before = snapshotDisk(laptop.dir);
    for (const choice of ['replace', 'copy'] as const) {
      expect(await call(laptop, channels.importPlan, tokens[choice], choice)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(snapshotDisk(laptop.dir)).toEqual(before);
  });

  it('imports a file of many megabytes read from disk in the main process: only a short token crosses IPC', async () => {
    const laptop = machine();
    const desktop = machine();
    // About 12 MB of stored rows (2.6 million rows of a year of per-output logs).
    const big = importRecord({ id: 'imp-usage', fileName: 'usage.csv', records: 2_600_000, accepted: 2_600_000 });
    const plan = makePlan({ imports: [big] });
    await call(laptop, channels.savePlan, plan);
    const rows = storedRows('usage', 2_600_000);
    expect(rows.byteLength).toBeGreaterThan(12 * 1024 * 1024);
    await call(laptop, channels.saveImportData, plan.id, usage.id, 'rows', rows);
    const { text } = await exportFrom(laptop, plan.id);
    expect(text.length).toBeGreaterThan(16 * 1024 * 1024);

    crossed.clear();
    await importInto(desktop, text, 'ask');
    expect((await bytesOf(desktop, plan.id, usage.id, 'rows'))?.equals(Buffer.from(rows))).toBe(true);
    // The file's name and a token went to the renderer, a token and a choice came back: nothing of the file itself.
    expect(Math.max(...crossed.values())).toBeLessThan(100);
    expect(crossed.size).toBe(2);
    // Not a speed check: 12 MB are hashed, decoded and counted twice, which a busy 2-core machine may take longer than 5 s for.
  }, 60_000);
});

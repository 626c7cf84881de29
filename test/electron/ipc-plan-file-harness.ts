import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { channels, type ImportOutcome, type OpenedFile, type RolloutApi, type SaveOutcome } from '../../shared/api';
import type { DecisionEntry } from '../../shared/decisions/schema';
import type { Plan } from '../../shared/model/schema';
import type { Result } from '../../shared/result';
import { createFileDialogs } from '../../electron/files';
import { createHandlers, createIpcListeners, type IpcListener } from '../../electron/ipc';
import { createReportPrinter } from '../../electron/report-printer';
import { isTrustedUrl } from '../../electron/security';
import { makeDecision } from '../shared/decision-fixture';
import { importRecord } from '../shared/decisions/fixtures';
import { storedRows } from '../shared/rows-fixture';
import { FIXED_NOW, makeFakeWindow, makePlan, makeTempDir } from './fixtures';
import { appFrame } from './ipc-harness';

// Shared by the ipc-plan-file*.test.ts files: computers (data folders) that pass plan files to one another through IPC.

/** One computer's data folder with the real stores and handlers over it. */
export interface Machine {
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

/** Registers the clean-up of every machine a test makes; returns the function that makes one. */
export function useMachines(): () => Machine {
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  return machine;
}

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
export const crossed = new Map<string, number>();
const longestString = (value: unknown): number =>
  typeof value === 'string' ? value.length : typeof value === 'object' && value !== null ? Math.max(0, ...Object.values(value).map(longestString)) : 0;

export async function call<T>(on: Machine, channel: string, ...args: unknown[]): Promise<Result<T>> {
  const listener = on.listeners.get(channel);
  if (!listener) throw new Error(`no listener for ${channel}`);
  const answer = (await listener(appFrame, ...args)) as Result<T>;
  if (channel === channels.importPlan || channel === channels.openTextFile) {
    crossed.set(channel, Math.max(crossed.get(channel) ?? 0, longestString(args), longestString(answer.ok ? answer.value : null)));
  }
  return answer;
}

/** The user picks a file with this text in the open dialog; the renderer gets only its token. */
export async function choose(on: Machine, text: string): Promise<string> {
  on.openPath = join(on.userDir, `chosen-${crossed.size}-${Math.random().toString(36).slice(2)}.rollout.json`);
  writeFileSync(on.openPath, text);
  const opened = await call<OpenedFile | null>(on, channels.openTextFile, 'plan');
  if (!opened.ok || opened.value === null) throw new Error('no file chosen');
  return opened.value.token;
}


export const usage = importRecord({ id: 'imp-usage', fileName: 'usage.csv', rejected: 1 });
export const quality = importRecord({ id: 'imp-quality', kind: 'quality', fileName: 'quality.csv' });

export interface Stocked {
  readonly plan: Plan;
  readonly rows: Uint8Array;
  readonly rejected: Uint8Array;
  readonly qualityRows: Uint8Array;
  readonly decisions: DecisionEntry[];
}

/** A plan with two imports (rows, rejected rows) and two decisions, stored through IPC. */
export async function stock(on: Machine, plan: Plan = makePlan({ imports: [usage, quality] })): Promise<Stocked> {
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

export async function exportFrom(on: Machine, planId: string): Promise<{ text: string; outcome: SaveOutcome }> {
  on.savePath = join(on.dir, 'exported.rollout.json');
  const result = await call<SaveOutcome>(on, channels.exportPlan, planId);
  if (!result.ok) throw new Error(result.error.message);
  return { text: readFileSync(on.savePath, 'utf8'), outcome: result.value };
}

export async function importInto(on: Machine, text: string, choice: 'ask' | 'copy' | 'replace'): Promise<ImportOutcome & { status: 'imported' }> {
  const result = await call<ImportOutcome>(on, channels.importPlan, await choose(on, text), choice);
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.status !== 'imported') throw new Error('unexpected conflict');
  return result.value;
}

export const bytesOf = async (on: Machine, planId: string, importId: string, part: 'rows' | 'rejected') => {
  const loaded = await call<Uint8Array | null>(on, channels.loadImportData, planId, importId, part);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value === null ? null : Buffer.from(loaded.value);
};

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { createFileStore } from '../../electron/file-store';
import { fail } from '../../shared/result';
import { createOpenedPlanFiles, textPlanFile } from '../../shared/service/opened-plan-files';
import { WriteFailure, type RecordStore } from '../../shared/service/record-store';
import { createRolloutService } from '../../shared/service/rollout-service';
import { FIXED_NOW } from './fixtures';
import { channels } from '../../shared/api';
import { call, exportFrom, quality, stock, usage, useMachines } from './ipc-plan-file-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const machine = useMachines();

/** The app stopping: this write and every one after it never happen. */
class Stopped extends Error {}

const WRITES = ['writePlan', 'writeImportData', 'addDecisions', 'writeDecisionAnchor', 'writeSealedIds', 'writeImportMarker', 'removeImportMarker', 'deletePlan', 'deleteImportData'] as const;

/** The file store, stopped for good before its `stopAt`-th write (counting from 1); `Infinity` never stops. */
function stoppingStore(dir: string, stopAt: number): { store: RecordStore; writes: () => number } {
  const inner = createFileStore(dir, { now: () => FIXED_NOW });
  let writes = 0;
  const store: RecordStore = { ...inner };
  for (const name of WRITES) {
    const write = inner[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (write === undefined) continue;
    Object.assign(store, {
      [name]: async (...args: unknown[]) => {
        writes += 1;
        if (writes >= stopAt) throw new Stopped(`stopped before write ${writes} (${name})`);
        return write.apply(inner, args);
      },
    });
  }
  return { store, writes: () => writes };
}

const refused = async () => fail('cancelled', 'No dialogs here.');
const platform = { saveTextFile: refused, savePlanFile: refused, openPlanFile: refused, printPage: refused };

/** Imports the file into the data folder over a store that stops before its `stopAt`-th write; how many writes were asked for. */
async function importStoppingAt(dir: string, text: string, stopAt: number, choice: 'ask' | 'replace' = 'ask'): Promise<number> {
  const { store, writes } = stoppingStore(dir, stopAt);
  const opened = createOpenedPlanFiles();
  const service = createRolloutService(store, platform, { now: () => FIXED_NOW, openedFiles: opened });
  await service.listPlans();
  const before = writes();
  await service.importPlan(opened.add(textPlanFile('plan.rollout.json', text)).token, choice);
  return writes() - before;
}

/** The app started again on the same data folder, as main.ts builds it. */
function restart(dir: string) {
  return createRolloutService(createFileStore(dir, { now: () => FIXED_NOW }), platform, { now: () => FIXED_NOW });
}

async function exported() {
  const laptop = machine();
  const stocked = await stock(laptop);
  const { text } = await exportFrom(laptop, stocked.plan.id);
  return { stocked, text };
}

describe('a plan-file import cut off between its writes (the app or the computer stopped)', () => {
  it('is at the next start either whole or gone, and a plan that is gone is named with the date it was cut off', async () => {
    const { stocked, text } = await exported();
    const total = await importStoppingAt(machine().dir, text, Infinity);
    const seen = { whole: 0, gone: 0 };
    for (let stopAt = 1; stopAt <= total; stopAt += 1) {
      const desktop = machine();
      await importStoppingAt(desktop.dir, text, stopAt);
      const app = restart(desktop.dir);
      const listed = await app.listPlans();
      const notices = await app.getStartupNotices();
      if (!listed.ok || !notices.ok) throw new Error('the app did not open');
      const messages = notices.value.map((notice) => notice.message).join('\n');
      if (listed.value.length === 0) {
        seen.gone += 1;
        // Before the marker was written nothing was written at all: nothing to say.
        if (stopAt > 1) expect(messages).toMatch(/The import of the plan file “Claims triage assistant” was cut off on .*2026.*, so it was not kept\. Import the file again\./);
        expect(await bytesOfPlan(app, stocked.plan.id)).toEqual([null, null, null]);
      } else {
        seen.whole += 1;
        expect(listed.value.map((plan) => plan.id)).toEqual([stocked.plan.id]);
        const log = await app.listDecisions(stocked.plan.id);
        expect(log.ok && log.value.map((entry: DecisionEntry) => entry.id)).toEqual(stocked.decisions.map((entry) => entry.id));
        expect(await bytesOfPlan(app, stocked.plan.id)).toEqual([stocked.rows, stocked.rejected, stocked.qualityRows].map((bytes) => Buffer.from(bytes)));
      }
      expect(markersIn(desktop.dir)).toEqual([]);
    }
    // Every cut before the last write undoes the import; a cut at the marker's removal keeps it whole.
    expect(seen).toEqual({ whole: 1, gone: total - 1 });
  });

  it('on replace, puts the plan back as it was before the import, with its rows and its log as they were', async () => {
    const { stocked, text } = await exported();
    const older = { ...stocked.plan, name: 'Claims triage (older copy)', imports: [usage] };
    const measure = machine();
    await call(measure, channels.savePlan, older);
    const total = await importStoppingAt(measure.dir, text, Infinity, 'replace');
    for (let stopAt = 2; stopAt < total; stopAt += 1) {
      const desktop = machine();
      await call(desktop, channels.savePlan, older);
      await call(desktop, channels.saveImportData, older.id, usage.id, 'rows', stocked.rows);
      await importStoppingAt(desktop.dir, text, stopAt, 'replace');
      const app = restart(desktop.dir);
      const opened = await app.getPlan(older.id);
      expect(opened.ok && opened.value.name).toBe('Claims triage (older copy)');
      expect(opened.ok && opened.value.imports.map((record) => record.id)).toEqual([usage.id]);
      // The older plan's rows are its own; the rows only the file brought are gone with it.
      const [rows, , qualityRows] = await bytesOfPlan(app, older.id);
      expect([rows, qualityRows]).toEqual([Buffer.from(stocked.rows), null]);
      const notices = await app.getStartupNotices();
      const messages = notices.ok ? notices.value.map((notice) => notice.message).join('\n') : '';
      expect(messages).toMatch(/was cut off on .*, so it was not kept: the plan is back as it was before that import\./);
      const log = await app.listDecisions(older.id);
      // The decisions are the import's last write: a cut before it leaves the log as it was.
      expect(log).toEqual({ ok: true, value: [] });
    }
  });

  it('undoes an import whose rows met a full disk and was then cut off: no decision of the file was added, and importing it again brings them', async () => {
    const { stocked, text } = await exported();
    const desktop = machine();
    const { store } = stoppingStore(desktop.dir, Infinity);
    const opened = createOpenedPlanFiles();
    const failing: RecordStore = {
      ...store,
      writeImportData: () => Promise.reject(new WriteFailure('the disk is full')),
      // The app stops before the marker goes: the user never heard how the import ended.
      removeImportMarker: () => Promise.reject(new Stopped('stopped')),
    };
    const service = createRolloutService(failing, platform, { now: () => FIXED_NOW, openedFiles: opened });
    await service.importPlan(opened.add(textPlanFile('plan.rollout.json', text)).token, 'ask');

    const app = restart(desktop.dir);
    expect(await app.listPlans()).toEqual({ ok: true, value: [] });
    const notices = await app.getStartupNotices();
    expect(notices.ok && notices.value.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/^The import of the plan file “Claims triage assistant” was cut off on .*, so it was not kept\. Import the file again\.$/),
    ]);
    // A plan new here adds its decisions only once its rows are stored (plan-files.ts): none reached the log,
    // so importing the file again brings each of them once.
    // Kept as a deleted plan's log is: the same file imported again finds it and adds nothing twice.
    const again = opened.add(textPlanFile('plan.rollout.json', text));
    const reopened = createRolloutService(createFileStore(desktop.dir, { now: () => FIXED_NOW }), platform, { now: () => FIXED_NOW, openedFiles: opened });
    expect(await reopened.importPlan(again.token, 'ask')).toMatchObject({ ok: true, value: { status: 'imported', plan: { id: stocked.plan.id } } });
    const log = await reopened.listDecisions(stocked.plan.id);
    expect(log.ok && log.value.map((entry) => entry.id)).toEqual(stocked.decisions.map((entry) => entry.id));
  });

  it('lists the plans and says so when a cut-off import cannot be undone yet (a read-only folder), and undoes it at a later start', async () => {
    const { text } = await exported();
    const desktop = machine();
    // The marker, the plan and its seal record are written; the app stops before the rows.
    await importStoppingAt(desktop.dir, text, 4);
    const readOnly = (reason: string) => () => Promise.reject(new WriteFailure(reason));
    const store: RecordStore = { ...createFileStore(desktop.dir, { now: () => FIXED_NOW }) };
    Object.assign(store, { deletePlan: readOnly('the disk is read-only'), removeImportMarker: readOnly('the disk is read-only') });
    const stuck = createRolloutService(store, platform, { now: () => FIXED_NOW });
    const listed = await stuck.listPlans();
    expect(listed.ok && listed.value.map((plan) => plan.name)).toEqual(['Claims triage assistant']);
    const notices = await stuck.getStartupNotices();
    expect(notices.ok && notices.value.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/was cut off on .*, and what it wrote could not be undone because the disk is read-only\. Do not rely on that plan; the app tries again at its next start\.$/),
    ]);

    const app = restart(desktop.dir);
    expect(await app.listPlans()).toEqual({ ok: true, value: [] });
    expect(markersIn(desktop.dir)).toEqual([]);
  });

  it('imports nothing when the marker cannot be written, and says why', async () => {
    const { text } = await exported();
    const desktop = machine();
    const { store } = stoppingStore(desktop.dir, Infinity);
    const failing: RecordStore = { ...store, writeImportMarker: () => Promise.reject(new WriteFailure('the disk is full')) };
    const opened = createOpenedPlanFiles();
    const service = createRolloutService(failing, platform, { now: () => FIXED_NOW, openedFiles: opened });
    const result = await service.importPlan(opened.add(textPlanFile('plan.rollout.json', text)).token, 'ask');
    expect(result).toEqual({ ok: false, error: { code: 'io', message: 'Nothing was imported because the disk is full.' } });
    expect(await service.listPlans()).toEqual({ ok: true, value: [] });
    expect(existsSync(join(desktop.dir, 'imports'))).toBe(false);
  });
});

async function bytesOfPlan(app: ReturnType<typeof restart>, planId: string): Promise<Array<Buffer | null>> {
  const parts: Array<Buffer | null> = [];
  for (const [importId, part] of [[usage.id, 'rows'], [usage.id, 'rejected'], [quality.id, 'rows']] as const) {
    const loaded = await app.loadImportData(planId, importId, part);
    parts.push(loaded.ok && loaded.value !== null ? Buffer.from(loaded.value) : null);
  }
  return parts;
}

const markersIn = (dir: string): string[] => (existsSync(join(dir, 'importing')) ? readdirSync(join(dir, 'importing')) : []);

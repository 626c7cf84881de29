import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/api';
import { stamped } from '../shared/decision-fixture';
import { importRecord } from '../shared/decisions/fixtures';
import { storedRows } from '../shared/rows-fixture';
import { makePlan } from './fixtures';
import { bytesOf, call, crossed, exportFrom, importInto, quality, stock, usage, useMachines } from './ipc-plan-file-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const machine = useMachines();

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

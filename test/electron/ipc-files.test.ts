import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/api';
import { FAKE_PDF, makePlan } from './fixtures';
import { appFrame, useIpcHarness } from './ipc-harness';

// Bytes and files through IPC: stored import data, text saved through the dialog, the printed report.
vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const ipc = useIpcHarness();

describe('import data through IPC', () => {
  it('stores, reads back and deletes; an unknown plan or a path-like id is refused', async () => {
    const plan = makePlan();
    await ipc.storage.savePlan(plan);
    const importId = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    const rows = new Uint8Array(300_000).map((_, index) => index % 251);
    expect(await ipc.call(channels.saveImportData, appFrame, plan.id, importId, 'rows', rows)).toMatchObject({ ok: true, value: undefined });
    expect(await ipc.call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: rows });
    expect(await ipc.call(channels.saveImportData, appFrame, 'no-such-plan', importId, 'rows', rows)).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await ipc.call(channels.loadImportData, appFrame, plan.id, '../../plans', 'rows')).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(await ipc.call(channels.deleteImportData, appFrame, plan.id, importId)).toMatchObject({ ok: true, value: undefined });
    expect(await ipc.call(channels.loadImportData, appFrame, plan.id, importId, 'rows')).toMatchObject({ ok: true, value: null });
  });
});

describe('saving text and printing through IPC', () => {
  it('saves a CSV to the path chosen in the dialog', async () => {
    ipc.nextSavePath = join(ipc.dataDir, 'rejected rows.csv');
    const text = 'line,reason\n7,"date ""2026-13-01"" is not a date"\n';
    expect(await ipc.call(channels.saveTextFile, appFrame, { suggestedName: 'rejected rows', text, kind: 'csv' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'rejected rows.csv' },
    });
    expect(readFileSync(ipc.nextSavePath, 'utf8')).toBe(text);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const before = ipc.snapshotDisk();
    expect(await ipc.call(channels.saveTextFile, appFrame, { suggestedName: 'template.json', text: '{}', kind: 'json' })).toEqual({
      ok: true,
      value: { saved: false, fileName: '' },
    });
    expect(ipc.snapshotDisk()).toEqual(before);
  });

  it('prints the window to the chosen PDF, or to the printer', async () => {
    ipc.nextSavePath = join(ipc.dataDir, 'summary.pdf');
    expect(await ipc.call(channels.printReport, appFrame, { paper: 'Letter', target: 'pdf', suggestedName: 'summary' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'summary.pdf' },
    });
    expect(readFileSync(ipc.nextSavePath).equals(Buffer.from(FAKE_PDF))).toBe(true);
    expect(await ipc.call(channels.printReport, appFrame, { paper: 'A4', target: 'printer', suggestedName: 'summary' })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'summary' },
    });
    expect(ipc.window.printCalls).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    expect(await ipc.call(channels.printReport, appFrame, { paper: 'A3', target: 'printer', suggestedName: 'summary' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/api';
import { snapshotDisk } from './ipc-harness';
import { call, choose, exportFrom, quality, stock, type Stocked, useMachines } from './ipc-plan-file-harness';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const machine = useMachines();

describe('a damaged plan file', () => {
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
});

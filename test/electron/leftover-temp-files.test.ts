import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, makePlan, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { makeDecision } from '../shared/decision-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

describe('temp files a crash left beside decision logs and imported rows', () => {
  it('are removed at the next start (a crash during a large import must not cost its size on disk for ever); the records stay', async () => {
    const api = openDesktopApi(data.dir, { now });
    const plan = makePlan();
    expect((await api.savePlan(plan)).ok).toBe(true);
    expect((await api.saveImportData(plan.id, 'imp-1', 'rows', new Uint8Array([1, 2, 3]))).ok).toBe(true);
    expect((await api.appendDecision(makeDecision(plan.id))).ok).toBe(true);
    const rowsDir = join(data.dir, 'imports', plan.id);
    const logDir = join(data.dir, 'decisions');
    const rowsBefore = readdirSync(rowsDir).sort();
    const logBefore = readdirSync(logDir).sort();
    writeFileSync(join(rowsDir, `imp-2.rows.bin.tmp-0f8fad5b-d9cb-469f-a165-70867728950e`), new Uint8Array(1000));
    writeFileSync(join(logDir, `${plan.id}.head.json.tmp-7c9e6679-7425-40de-944b-e07fc1f90ae7`), '{"len');
    mkdirSync(join(data.dir, 'imports', 'another-plan'));
    writeFileSync(join(data.dir, 'imports', 'another-plan', 'imp-3.rows.bin.tmp-1b4e28ba-2fa1-11d2-883f-0016d3cca427'), 'x');

    const restarted = openDesktopApi(data.dir, { now });

    expect(readdirSync(rowsDir).sort()).toEqual(rowsBefore);
    expect(readdirSync(logDir).sort()).toEqual(logBefore);
    expect(readdirSync(join(data.dir, 'imports', 'another-plan'))).toEqual([]);
    const rows = await restarted.loadImportData(plan.id, 'imp-1', 'rows');
    expect(rows.ok && rows.value).toEqual(new Uint8Array([1, 2, 3]));
  });
});

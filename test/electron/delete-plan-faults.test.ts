import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, makePlan, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

describe('deleting a plan when one of its two files cannot be removed', () => {
  it('says it was not deleted and leaves it whole, rather than half-deleting a plan it reports not deleted', async () => {
    const api = openDesktopApi(data.dir, { now });
    const plan = makePlan({ name: 'Claims triage' });
    expect((await api.savePlan(plan)).ok).toBe(true);
    // The previous version cannot be removed (here: something else holds its name, as a locked file would).
    const previous = join(data.dir, 'plans', `plan-${plan.id}.prev.json`);
    mkdirSync(previous);
    writeFileSync(join(previous, 'held'), 'x');

    const result = await api.deletePlan(plan.id);

    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(existsSync(join(data.dir, 'plans', `plan-${plan.id}.json`))).toBe(true);
    const reopened = await openDesktopApi(data.dir, { now }).getPlan(plan.id);
    expect(reopened).toMatchObject({ ok: true, value: { name: 'Claims triage' } });
  });
});

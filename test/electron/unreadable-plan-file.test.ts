import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FIXED_NOW, makePlan, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { must } from '../shared/must';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

describe('a plan file the app cannot read at all (permissions, a disk error)', () => {
  it('is not dropped from the plan list without a word: a notice names it, and it is left where it is', async () => {
    const kept = makePlan({ name: 'Kept plan' });
    must(await openDesktopApi(data.dir, { now }).savePlan(kept));
    // Reading it fails (here: it is a folder, EISDIR), as a file without read permission or on a failing disk does.
    const locked = join(data.dir, 'plans', 'plan-0f8fad5b-d9cb-469f-a165-70867728950e.json');
    mkdirSync(locked);

    const api = openDesktopApi(data.dir, { now });

    expect(must(await api.listPlans()).map((plan) => plan.name)).toEqual(['Kept plan']);
    expect(must(await api.getStartupNotices())).toEqual([
      {
        kind: 'recovered-corrupt-file',
        message: expect.stringMatching(/^The saved plan file "plan-0f8fad5b-d9cb-469f-a165-70867728950e\.json" could not be read \(.+\)\. It was left exactly as it is and is not listed until it can be read; nothing was deleted\./) as unknown,
      },
    ]);
    expect(must(await openDesktopApi(data.dir, { now }).listPlans())).toHaveLength(1);
  });
});

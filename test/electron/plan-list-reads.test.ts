import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFileStore } from '../../electron/file-store';
import { defaultSettings } from '../../shared/model/schema';
import type { RecordStore } from '../../shared/service/record-store';
import { createRolloutService } from '../../shared/service/rollout-service';
import { noFiles } from '../renderer/api/no-files';
import { FIXED_NOW, makePlan, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

/** How often each plan was read from disk and how often its seal was checked (the read rule runs once per check). */
interface Counts {
  readPlans: number;
  readPlan: Map<string, number>;
  sealChecks: Map<string, number>;
  previousReads: number;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/**
 * The real file store over the data folder, counting: every plan file read in one pass, each read of one plan,
 * and each seal checked (the text a seal vouches for is the plan without its seal, so its id says whose).
 */
function countingFileStore(dataDir: string): { store: RecordStore; counts: Counts } {
  const inner = createFileStore(dataDir, { now });
  const counts: Counts = { readPlans: 0, readPlan: new Map(), sealChecks: new Map(), previousReads: 0 };
  const hash = inner.hashText;
  if (!hash) throw new Error('the file store hashes the seals natively');
  const store: RecordStore = {
    ...inner,
    hashText: (text) => {
      bump(counts.sealChecks, (JSON.parse(text) as { id: string }).id);
      return hash(text);
    },
    readPlans: () => {
      counts.readPlans += 1;
      return inner.readPlans();
    },
    readPlan: (id) => {
      bump(counts.readPlan, id);
      return inner.readPlan(id);
    },
    readPreviousPlan: (key) => {
      counts.previousReads += 1;
      return inner.readPreviousPlan(key);
    },
  };
  return { store, counts };
}

describe('opening the desktop app with many plans', () => {
  it('reads and checks each plan file once, lists the good ones, reports the damaged one, and opens the last plan without reading it again', async () => {
    const first = openDesktopApi(data.dir, { now });
    const plans = Array.from({ length: 12 }, (_, i) => makePlan({ id: `plan-${i}`, name: `Plan ${String(i).padStart(2, '0')}` }));
    for (const plan of plans) {
      expect((await first.savePlan(plan)).ok).toBe(true);
      // Saved twice: each plan has its previous version beside it, as plans in use do.
      expect((await first.savePlan({ ...plan, revision: 2 })).ok).toBe(true);
    }
    expect((await first.saveSettings({ ...defaultSettings, lastPlanId: 'plan-7' })).ok).toBe(true);
    // One plan file damaged behind the app's back: still JSON, no longer a plan.
    const damagedPath = join(data.dir, 'plans', 'plan-plan-3.json');
    writeFileSync(damagedPath, readFileSync(damagedPath, 'utf8').replace('"riskTier": null', '"riskTier": "extreme"'));

    // A restart, as the window starts: settings, notices, the list, the damaged plans, then the last plan.
    const { store, counts } = countingFileStore(data.dir);
    const api = createRolloutService(store, noFiles, { now });
    const settings = await api.getSettings();
    const notices = await api.getStartupNotices();
    const listed = await api.listPlans();
    const damaged = await api.listDamagedPlans();
    const last = await api.getPlan('plan-7');

    expect(settings).toMatchObject({ ok: true, value: { lastPlanId: 'plan-7' } });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((p) => p.name).sort()).toEqual(plans.filter((p) => p.id !== 'plan-3').map((p) => p.name));
    // The damaged plan is not listed as a plan: it is reported, and its previous version offered.
    expect(notices).toMatchObject({ ok: true, value: [expect.objectContaining({ message: expect.stringContaining('"Plan 03"') as unknown })] });
    expect(damaged).toMatchObject({ ok: true, value: [expect.objectContaining({ name: 'Plan 03', revision: 1 })] });
    expect(last).toMatchObject({ ok: true, value: { id: 'plan-7', revision: 2 } });

    expect(counts.readPlans).toBe(1);
    expect(counts.readPlan).toEqual(new Map());
    expect(counts.sealChecks).toEqual(new Map(plans.map((p) => [p.id, 1])));
    // Only the damaged plan's previous version is looked at (to offer it), not the eleven good plans'.
    expect(counts.previousReads).toBe(1);
  });
});

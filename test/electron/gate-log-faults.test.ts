import * as nodeFs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DurableFs } from '../../electron/durable-write';
import type { Plan } from '../../shared/model/schema';
import { importRecord, snapshotOf } from '../shared/decisions/fixtures';
import { must } from '../shared/must';
import { openDesktopApi } from './desktop-api-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** The real file system, except that the decisions folder is full while `full.on` is set. */
function decisionsDiskFull(full: { on: boolean }): DurableFs {
  return {
    ...nodeFs,
    openSync: (path, flags, mode) => {
      if (full.on && /[\\/]decisions[\\/]/.test(path)) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return nodeFs.openSync(path, flags, mode);
    },
  };
}

const withTarget = (plan: Plan, target: number): Plan => ({
  ...plan,
  revision: plan.revision + 1,
  thresholds: plan.thresholds.map((t, i) => (i === 0 ? { ...t, target } : t)),
});

describe('a threshold change after data arrived whose log entry meets a full disk', () => {
  it('is logged at the next attempt once there is room, not forgotten', async () => {
    const full = { on: false };
    const api = openDesktopApi(dataDir, { now: () => FIXED_NOW, fs: decisionsDiskFull(full) });
    const plan = makePlan({ imports: [importRecord()] });
    must(await api.savePlan(plan));
    const changed = withTarget(plan, 55);
    must(await api.savePlan(changed));
    const evidence = { '': snapshotOf(changed, null) };

    full.on = true;
    const refused = await api.logGateChanges(plan.id, evidence, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/disk is full/) as unknown } });
    expect(must(await api.listDecisions(plan.id))).toEqual([]);

    full.on = false;
    const logged = must(await api.logGateChanges(plan.id, evidence, {}));
    expect(logged.map((e) => [e.decision, e.change?.before, e.change?.after])).toEqual([['threshold_change', 'above 90%', 'above 55%']]);
    expect(must(await api.listDecisions(plan.id))).toHaveLength(1);
  });

  it('covers an edit saved between the failure and the retry in the same entry, from the value before both', async () => {
    const full = { on: true };
    const api = openDesktopApi(dataDir, { now: () => FIXED_NOW, fs: decisionsDiskFull(full) });
    const plan = makePlan({ imports: [importRecord()] });
    full.on = false;
    must(await api.savePlan(plan));
    const first = withTarget(plan, 55);
    must(await api.savePlan(first));
    full.on = true;
    expect((await api.logGateChanges(plan.id, { '': snapshotOf(first, null) }, {})).ok).toBe(false);
    full.on = false;
    const second = withTarget(first, 60);
    must(await api.savePlan(second));

    const logged = must(await api.logGateChanges(plan.id, { '': snapshotOf(second, null) }, {}));
    expect(logged.map((e) => [e.change?.before, e.change?.after])).toEqual([['above 90%', 'above 60%']]);
  });
});

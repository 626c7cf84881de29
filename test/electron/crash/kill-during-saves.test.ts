import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makePlan, makeTempDir } from '../fixtures';
import { openDesktopApi } from '../desktop-api-fixture';
import { runAndKill } from './run-and-kill';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const TRIALS = 50;

let dataDir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterAll(() => cleanup());


describe('kill -9 during a loop of saves', () => {
  it(`leaves a valid plan holding the last or the next committed revision (${TRIALS} trials)`, async () => {
    let plan = makePlan();
    const outcomes = { lastReported: 0, inFlightCompleted: 0 };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      // A spread of kill moments: right after a reported save, or a few milliseconds into the next ones.
      const reported = await runAndKill('save-loop.ts', [dataDir, JSON.stringify(plan)], /^saved (\d+)$/, 1 + (trial % 7), trial % 5);
      expect(reported).not.toBeNull();
      const reopened = openDesktopApi(dataDir);
      const loaded = await reopened.getPlan(plan.id);
      if (!loaded.ok) throw new Error(`trial ${trial}: ${loaded.error.message}`);
      expect(await reopened.getStartupNotices()).toEqual({ ok: true, value: [] });
      const revision = loaded.value.revision;
      // Nothing reported saved is lost; at most the save in flight at the kill also landed.
      expect([reported, (reported ?? 0) + 1]).toContain(revision);
      expect(loaded.value.name).toBe(`Crash test ${revision}`);
      if (revision === reported) outcomes.lastReported += 1;
      else outcomes.inFlightCompleted += 1;
      // Start-up removed whatever temp file the kill left behind.
      expect(readdirSync(join(dataDir, 'plans')).filter((name) => name.includes('.tmp-'))).toEqual([]);
      plan = { ...loaded.value, revision: revision + 1 };
    }
    console.info(`kill -9 trials: ${TRIALS}; reopened at the last reported save: ${outcomes.lastReported}; the save in flight had also landed: ${outcomes.inFlightCompleted}; lost or damaged: 0`);
    expect(outcomes.lastReported + outcomes.inFlightCompleted).toBe(TRIALS);
  }, 600_000); // 50 child processes: about a minute on a quiet machine, four or more at load 17; the limit only ends a hang
});

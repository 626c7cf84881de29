import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makePlan, makeTempDir } from '../fixtures';
import { openDesktopApi } from '../desktop-api-fixture';
import { runAndKill } from './run-and-kill';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const TRIALS = 15;

let dataDir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterAll(() => cleanup());


describe('kill -9 during a loop of decisions', () => {
  it(`keeps every entry reported recorded, in order, with an unbroken chain and no false alarm (${TRIALS} trials)`, async () => {
    const plan = makePlan();
    expect((await openDesktopApi(dataDir).savePlan(plan)).ok).toBe(true);
    let next = 1;
    const outcomes = { lastReported: 0, inFlightCompleted: 0 };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const reported = await runAndKill('decision-loop.ts', [dataDir, plan.id, String(next)], /^recorded (\d+)$/, 1 + (trial % 5), trial % 4);
      expect(reported).not.toBeNull();
      const reopened = openDesktopApi(dataDir);
      // A kill is not a change made outside the app: nothing to tell the user.
      expect(await reopened.getStartupNotices()).toEqual({ ok: true, value: [] });
      const listed = await reopened.listDecisions(plan.id);
      if (!listed.ok) throw new Error(`trial ${trial}: ${listed.error.message}`);
      const notes = listed.value.map((entry) => entry.rationale);
      const count = notes.length;
      // Nothing reported recorded is lost; at most the entry in flight at the kill also landed.
      expect([reported, (reported ?? 0) + 1]).toContain(count);
      expect(notes).toEqual(Array.from({ length: count }, (_, i) => `Note ${i + 1}`));
      const check = await reopened.checkDecisionLog(plan.id);
      expect(check).toMatchObject({ ok: true, value: { length: count, breaks: [] } });
      if (count === reported) outcomes.lastReported += 1;
      else outcomes.inFlightCompleted += 1;
      expect(readdirSync(join(dataDir, 'decisions')).filter((name) => name.includes('.tmp-') || name.includes('recovered'))).toEqual([]);
      next = count + 1;
    }
    console.info(`kill -9 decision trials: ${TRIALS}; at the last reported entry: ${outcomes.lastReported}; the entry in flight had also landed: ${outcomes.inFlightCompleted}; lost, reordered or alarmed: 0`);
  }, 480_000);
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDesktopApi } from '../desktop-api-fixture';
import { makeTempDir } from '../fixtures';
import { exportFrom, quality, stock, usage, useMachines } from '../ipc-plan-file-harness';
import { runAndKill } from './run-and-kill';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const TRIALS = 10;
const machine = useMachines();

let dataDir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterAll(() => cleanup());

describe('kill -9 during a loop of plan-file imports', () => {
  it(`never leaves a plan that opens without its rows or its decision log (${TRIALS} trials)`, async () => {
    const laptop = machine();
    const stocked = await stock(laptop);
    const { text } = await exportFrom(laptop, stocked.plan.id);
    const planFile = join(laptop.userDir, 'crash.rollout.json');
    writeFileSync(planFile, text);
    const outcomes = { clean: 0, undone: 0, keptWhole: 0 };
    let reportedTotal = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const before = await openDesktopApi(dataDir).listPlans();
      const countBefore = before.ok ? before.value.length : -1;
      // Killed a few milliseconds after the writes of import k + 1 began (lines: writing 1, imported 1, writing 2, …).
      const k = trial % 3;
      const reported = await runAndKill('import-loop.ts', [dataDir, planFile], /^done (\d+) /, 2 * k + 1, trial % 6);
      expect(reported).not.toBeNull();
      expect(reported).toBeGreaterThanOrEqual(k);
      reportedTotal += reported ?? 0;
      const reopened = openDesktopApi(dataDir);
      const listed = await reopened.listPlans();
      const notices = await reopened.getStartupNotices();
      if (!listed.ok || !notices.ok) throw new Error(`trial ${trial}: the app did not open`);
      // Every import reported done is there; at most the one in flight at the kill also is.
      expect([countBefore + (reported ?? 0), countBefore + (reported ?? 0) + 1]).toContain(listed.value.length);
      for (const summary of listed.value) {
        const log = await reopened.listDecisions(summary.id);
        expect(log.ok && log.value.map((entry) => entry.rationale)).toEqual(stocked.decisions.map((entry) => entry.rationale));
        for (const [importId, part] of [[usage.id, 'rows'], [usage.id, 'rejected'], [quality.id, 'rows']] as const) {
          const loaded = await reopened.loadImportData(summary.id, importId, part);
          expect(loaded.ok && loaded.value !== null, `trial ${trial}: ${summary.name} ${importId} ${part}`).toBe(true);
        }
      }
      const messages = notices.value.map((notice) => notice.message);
      for (const message of messages) expect(message).toMatch(/^The import of the plan file “Claims triage assistant.*” (was cut off on .*, so it was not kept\. Import the file again\.|started on .* had stored everything when the app stopped)/);
      if (messages.length === 0) outcomes.clean += 1;
      else if (messages.some((message) => message.includes('was cut off'))) outcomes.undone += 1;
      else outcomes.keptWhole += 1;
    }
    console.info(`kill -9 plan-file import trials: ${TRIALS}; imports reported: ${reportedTotal}; killed between imports: ${outcomes.clean}; cut-off import undone: ${outcomes.undone}; cut-off import found whole and kept: ${outcomes.keptWhole}; incomplete plans shown: 0`);
  }, 480_000);
});

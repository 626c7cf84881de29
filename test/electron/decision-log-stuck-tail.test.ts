import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { must } from '../shared/must';
import { openDesktopApi } from './desktop-api-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { onTmpfs } from './tmpfs';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const plan = makePlan({ name: 'Claims triage assistant' });
const TORN = '{"schemaVersion":1,"id":"half-writ';

describe('a decision log whose torn last line cannot be moved aside', () => {
  it('on a read-only data folder (tmpfs remounted read-only; needs root): the plans still list, the log reads, and the user is told why', async (ctx) => {
    await onTmpfs(ctx, join(dataDir, 'ro'), '1m', async (disk) => {
      const api = openDesktopApi(disk, { now: () => FIXED_NOW });
      must(await api.savePlan(plan));
      const kept = makeDecision(plan.id, { rationale: 'Recorded before the crash' });
      must(await api.appendDecision(kept));
      const logPath = join(disk, 'decisions', `${plan.id}.jsonl`);
      appendFileSync(logPath, TORN);
      const before = readFileSync(logPath);
      execFileSync('mount', ['-o', 'remount,ro', disk]);

      const readOnly = openDesktopApi(disk, { now: () => FIXED_NOW });
      expect(must(await readOnly.listPlans()).map((p) => p.name)).toEqual(['Claims triage assistant']);
      expect(must(await readOnly.listDecisions(plan.id))).toMatchObject([stamped(kept)]);
      expect(must(await readOnly.getStartupNotices()).map((n) => n.message)).toEqual([
        expect.stringMatching(/^Entry 2 of the decision log of "Claims triage assistant" could not be read because it was cut off while it was being written, and could not be moved aside because the disk is read-only\./),
      ]);
      expect(await readOnly.appendDecision(makeDecision(plan.id))).toMatchObject({ ok: false, error: { message: 'The decision was not recorded because the disk is read-only.' } });
      expect(readFileSync(logPath).equals(before)).toBe(true);
    });
  });

  it('where only the recovery file cannot be written: a new decision starts on its own line, is recorded and reads back', async () => {
    const api = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    must(await api.savePlan(plan));
    must(await api.appendDecision(makeDecision(plan.id, { rationale: 'First' })));
    appendFileSync(join(dataDir, 'decisions', `${plan.id}.jsonl`), TORN);
    // A folder where the recovery file should go: appending to it fails.
    mkdirSync(join(dataDir, 'decisions', `${plan.id}.recovered.txt`));

    const restarted = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    const later = makeDecision(plan.id, { rationale: 'Recorded after the crash' });
    expect(await restarted.appendDecision(later)).toMatchObject({ ok: true, value: { seq: 3 } });

    const again = openDesktopApi(dataDir, { now: () => FIXED_NOW });
    expect(must(await again.listDecisions(plan.id)).map((e) => e.rationale)).toEqual(['First', 'Recorded after the crash']);
    expect(must(await again.checkDecisionLog(plan.id)).breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['unreadable@2']);
  });
});

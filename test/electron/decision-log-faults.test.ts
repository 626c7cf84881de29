import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolloutApi } from '../../shared/api';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { must } from '../shared/must';
import { onTmpfs } from './tmpfs';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
const plan = makePlan({ name: 'Claims triage assistant' });
const open = (dir: string): RolloutApi => openDesktopApi(dir, { now: () => FIXED_NOW });
beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** A data folder on a 256 KB tmpfs (needs root), unmounted after `run`; skips the test where mounting is refused. */
async function onTinyDisk(ctx: { skip: () => void }, run: (disk: string, fill: () => void) => Promise<void>): Promise<void> {
  await onTmpfs(ctx, join(dataDir, 'tiny'), '256k', async (disk) => {
    // Fills the disk: what is left is the unused end of each file's last block.
    const fill = () => {
      try {
        writeFileSync(join(disk, 'filler.bin'), Buffer.alloc(512 * 1024, 120));
      } catch {
        // ENOSPC once the disk is full, as intended.
      }
    };
    await run(disk, fill);
  });
}

describe('a decision appended to a real, nearly full disk (tmpfs; needs root)', () => {
  it('that does not fit is reported not recorded, and the log is left exactly as it was: no torn entry to recover at the next start', async (ctx) => {
    await onTinyDisk(ctx, async (disk, fill) => {
      const api = open(disk);
      must(await api.savePlan(plan));
      const first = makeDecision(plan.id, { rationale: 'Kept' });
      must(await api.appendDecision(first));
      const logPath = join(disk, 'decisions', `${plan.id}.jsonl`);
      const before = readFileSync(logPath);
      fill();

      const result = await api.appendDecision(makeDecision(plan.id, { rationale: 'Too long to fit. '.repeat(1000) }));

      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not recorded because the disk is full/) as unknown } });
      expect(readFileSync(logPath).equals(before)).toBe(true);
      execFileSync('rm', [join(disk, 'filler.bin')]);
      const restarted = open(disk);
      expect(must(await restarted.getStartupNotices())).toEqual([]);
      expect(must(await restarted.listDecisions(plan.id))).toMatchObject([stamped(first)]);
      expect(readdirSync(join(disk, 'decisions')).sort()).toEqual([`${plan.id}.head.json`, `${plan.id}.jsonl`]);
    });
  });

  it('that fits in the log but leaves no room for its anchor is reported not recorded, and none of it is written (so it is never recorded twice)', async (ctx) => {
    await onTinyDisk(ctx, async (disk, fill) => {
      const api = open(disk);
      must(await api.savePlan(plan));
      const first = makeDecision(plan.id, { rationale: 'First' });
      must(await api.appendDecision(first));
      const logPath = join(disk, 'decisions', `${plan.id}.jsonl`);
      // Two entries fit in the log's first block, so the second needs no new block; the anchor's temp file does,
      // and it is written first (where the append leads: see decision-log-chain for a failure after the entries).
      expect(readFileSync(logPath).byteLength).toBeLessThan(2000);
      const before = readFileSync(logPath);
      fill();

      const result = await api.appendDecision(makeDecision(plan.id, { rationale: 'Second' }));

      expect(result).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not recorded because the disk is full/) as unknown } });
      expect(readFileSync(logPath).equals(before)).toBe(true);
      const restarted = open(disk);
      expect(must(await restarted.listDecisions(plan.id))).toMatchObject([stamped(first)]);
      expect(must(await restarted.checkDecisionLog(plan.id)).breaks).toEqual([]);
      expect(must(await restarted.getStartupNotices())).toEqual([]);
    });
  });
});

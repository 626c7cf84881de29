import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolloutApi, StartupNotice } from '../../shared/api';
import { advance, chainEntry, type ChainAnchor, type ChainCheck } from '../../shared/decisions/chain';
import type { DecisionEntry } from '../../shared/decisions/schema';
import { serialisePlanFile } from '../../shared/model/plan-file';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { nodeDurableFs, type DurableFs } from '../../electron/durable-write';
import { importText } from '../shared/api/import-text';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
let log: RolloutApi;
const plan = makePlan({ name: 'Claims triage assistant' });

/** The desktop API over the data folder; opening it again is a restart. */
const openLog = (): RolloutApi => openDesktopApi(dataDir, { now: () => FIXED_NOW });
const logPath = () => join(dataDir, 'decisions', `${plan.id}.jsonl`);
const lines = () => readFileSync(logPath(), 'utf8').split('\n').filter((line) => line !== '');
const noticesOf = async (target: RolloutApi): Promise<StartupNotice[]> => {
  const result = await target.getStartupNotices();
  return result.ok ? result.value : [];
};
const checkOf = async (target: RolloutApi): Promise<ChainCheck> => {
  const result = await target.checkDecisionLog(plan.id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  log = openLog();
  await log.savePlan(plan);
});
afterEach(() => cleanup());

async function appendMany(n: number): Promise<void> {
  for (let i = 1; i <= n; i += 1) await log.appendDecision(makeDecision(plan.id, { rationale: `Entry ${i}` }));
}

describe('tampering with the log file is found and named', () => {
  it.each<[string, (rows: string[]) => string[], string]>([
    ['a line edited', (rows) => rows.map((r, i) => (i === 1 ? r.replace('Entry 2', 'Entry two') : r)), 'edited@2'],
    ['the last line edited', (rows) => rows.map((r, i) => (i === 3 ? r.replace('Entry 4', 'Entry four') : r)), 'edited@4'],
    ['a line deleted', (rows) => rows.filter((_, i) => i !== 1), 'removed@2'],
    ['two lines swapped', (rows) => [rows[0] ?? '', rows[2] ?? '', rows[1] ?? '', rows[3] ?? ''], 'reordered@2'],
    ['a line inserted', (rows) => [...rows.slice(0, 2), JSON.stringify(makeDecision(plan.id)), ...rows.slice(2)], 'inserted@3'],
    ['the end cut off', (rows) => rows.slice(0, 2), 'truncated@3'],
    ['the file emptied', () => [], 'emptied@1'],
  ])('%s', async (_name, tamper, found) => {
    await appendMany(4);
    const rows = tamper(lines());
    writeFileSync(logPath(), rows.map((r) => `${r}\n`).join(''));
    const bytes = readFileSync(logPath());
    const reopened = openLog();
    const check = await checkOf(reopened);
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)[0]).toBe(found);
    expect((await noticesOf(reopened)).some((n) => n.message.startsWith('In the decision log of "Claims triage assistant"'))).toBe(true);
    // Found, reported, and the evidence of the tampering left exactly as it is.
    expect(readFileSync(logPath()).equals(bytes)).toBe(true);
  });

  it('an intact log has no break, and its head is the hash of its last entry', async () => {
    await appendMany(3);
    const check = await checkOf(openLog());
    expect(check).toMatchObject({ length: 3, beforeChaining: 0, breaks: [] });
    const anchor = JSON.parse(readFileSync(join(dataDir, 'decisions', `${plan.id}.head.json`), 'utf8')) as unknown;
    expect(anchor).toEqual({ length: 3, head: check.head });
  });
});

describe('a change outside the app, then a decision recorded in it', () => {
  it.each<[string, (rows: string[]) => string[], string]>([
    ['the end cut off', (rows) => rows.slice(0, 2), 'truncated@3'],
    ['the file emptied', () => [], 'emptied@1'],
    ['a line deleted', (rows) => rows.filter((_, i) => i !== 1), 'removed@2'],
  ])('%s stays reported after the next decision and a restart: the anchor moves on, the finding with it', async (_name, tamper, found) => {
    await appendMany(4);
    writeFileSync(logPath(), tamper(lines()).map((r) => `${r}\n`).join(''));
    const reopened = openLog();
    expect((await checkOf(reopened)).breaks.map((b) => `${b.kind}@${b.position}`)).toContain(found);
    expect((await reopened.appendDecision(makeDecision(plan.id, { rationale: 'After the change' }))).ok).toBe(true);
    for (const later of [reopened, openLog()]) expect((await checkOf(later)).breaks.map((b) => `${b.kind}@${b.position}`)).toContain(found);
  });
});

describe('the anchor file removed outside the app', () => {
  it('with the last entry cut off too: named, and still named after the next decision and a restart', async () => {
    await appendMany(3);
    rmSync(join(dataDir, 'decisions', `${plan.id}.head.json`));
    writeFileSync(logPath(), lines().slice(0, 2).map((r) => `${r}\n`).join(''));
    const reopened = openLog();
    const found = (await checkOf(reopened)).breaks;
    expect(found.map((b) => b.kind)).toEqual(['unanchored']);
    expect(found[0]?.message).toBe('The log’s record of its length and last entry was removed outside the app, so entries cut off its end cannot be ruled out.');
    expect((await noticesOf(reopened)).some((n) => /record of its length and last entry was removed/.test(n.message))).toBe(true);
    expect((await reopened.appendDecision(makeDecision(plan.id, { rationale: 'After' }))).ok).toBe(true);
    for (const later of [reopened, openLog()]) expect((await checkOf(later)).breaks.map((b) => b.kind)).toEqual(['unanchored']);
  });
});

describe('a last line torn by a crash during an append', () => {
  it('is moved to a recovery file once, the user is told once, and the chain continues', async () => {
    await appendMany(2);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"half-writ');
    const reopened = openLog();
    const torn = (await noticesOf(reopened)).filter((n) => /cut off while it was being written/.test(n.message));
    expect(torn).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'decisions', `${plan.id}.recovered.txt`), 'utf8')).toBe('{"schemaVersion":1,"id":"half-writ\n');
    expect(readFileSync(logPath(), 'utf8').endsWith('\n')).toBe(true);
    expect((await reopened.appendDecision(makeDecision(plan.id, { rationale: 'After the crash' }))).ok).toBe(true);
    expect(await checkOf(reopened)).toMatchObject({ length: 3, breaks: [] });
    await reopened.listDecisions(plan.id);
    const again = openLog();
    expect((await noticesOf(again))).toEqual([]);
    expect((await checkOf(again)).breaks).toEqual([]);
  });
});

describe('a log longer than its anchor (the anchor is written after the entries)', () => {
  const anchorPath = () => join(dataDir, 'decisions', `${plan.id}.head.json`);
  /** The log's entries re-chained from the first, as someone hiding a change would, with `extra` more after them. */
  function rewrite(change: (entries: DecisionEntry[]) => DecisionEntry[], extra: number): void {
    let anchor: ChainAnchor = { length: 0, head: null };
    const stored = lines().map((line) => JSON.parse(line) as DecisionEntry);
    const added = Array.from({ length: extra }, (_, i) => makeDecision(plan.id, { rationale: `Added ${i + 1}` }));
    const rows = [...change(stored), ...added].map(({ seq: _seq, prev: _prev, ...entry }) => {
      const next = chainEntry(entry, anchor);
      anchor = advance(anchor, next);
      return `${JSON.stringify(next)}\n`;
    });
    writeFileSync(logPath(), rows.join(''));
  }

  /** The desktop API over a disk on which the `failing`-th anchor write from now on fails (ENOSPC at its rename). */
  function openFailingAnchor(failing: number): RolloutApi {
    let anchorWrites = 0;
    const fs: DurableFs = {
      ...nodeDurableFs,
      renameSync(from, to) {
        if (to.endsWith('.head.json') && (anchorWrites += 1) === failing) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        nodeDurableFs.renameSync(from, to);
      },
    };
    return openDesktopApi(dataDir, { now: () => FIXED_NOW, fs });
  }

  it('is caught up when the entries past the anchor are the append it recorded as under way (the anchor write after them failed), and checked from there on', async () => {
    await appendMany(2);
    // The second anchor write of the append (after its entry) fails; the first (where it leads) landed.
    const crashed = openFailingAnchor(2);
    expect(await crashed.appendDecision(makeDecision(plan.id, { rationale: 'Entry 3' }))).toMatchObject({ ok: true, value: { seq: 3 } });
    expect(JSON.parse(readFileSync(anchorPath(), 'utf8'))).toMatchObject({ length: 2, pending: { from: 2, length: 3 } });

    const reopened = openLog();
    const check = await checkOf(reopened);
    expect(check).toMatchObject({ length: 3, breaks: [] });
    expect(await noticesOf(reopened)).toEqual([]);
    expect(JSON.parse(readFileSync(anchorPath(), 'utf8'))).toEqual({ length: 3, head: check.head });
    // Anchored now: cutting the entry off again is found.
    writeFileSync(logPath(), lines().slice(0, 2).map((r) => `${r}\n`).join(''));
    expect((await checkOf(openLog())).breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['truncated@3']);
  });

  it('refuses a decision, writing none of it, when not even where the append leads can be written', async () => {
    await appendMany(2);
    const before = readFileSync(logPath());
    const full = openFailingAnchor(1);
    expect(await full.appendDecision(makeDecision(plan.id, { rationale: 'Entry 3' }))).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not recorded because the disk is full/) as unknown } });
    expect(readFileSync(logPath()).equals(before)).toBe(true);
    expect(await checkOf(openLog())).toMatchObject({ length: 2, breaks: [] });
  });

  it.each([1, 3])('reports %i chained entries added past the anchor by hand, never anchors them, and still does after the next decision and a restart', async (extra) => {
    await appendMany(2);
    const anchorBefore = readFileSync(anchorPath(), 'utf8');
    rewrite((entries) => entries, extra);
    const reopened = openLog();
    const found = `added@3`;
    expect((await checkOf(reopened)).breaks.map((b) => `${b.kind}@${b.position}`)).toEqual([found]);
    expect((await checkOf(reopened)).breaks[0]?.message).toBe(`${extra === 1 ? '1 entry was' : `${extra} entries were`} added after entry 2 outside the app: the app recorded 2 entries.`);
    expect((await noticesOf(reopened)).some((n) => /added after entry 2 outside the app/.test(n.message))).toBe(true);
    expect(readFileSync(anchorPath(), 'utf8')).toBe(anchorBefore);

    // Recording a decision after them moves the anchor on, and the finding with it.
    expect((await reopened.appendDecision(makeDecision(plan.id, { rationale: 'Recorded in the app' }))).ok).toBe(true);
    for (const later of [reopened, openLog()]) {
      const check = await checkOf(later);
      expect(check.length).toBe(3 + extra);
      expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual([found]);
    }
  });

  it.each([1, 3])('reports an entry edited and the log re-chained after it, with entries added (%i), and never anchors the change', async (extra) => {
    await appendMany(4);
    const anchorBefore = readFileSync(anchorPath(), 'utf8');
    rewrite((entries) => entries.map((e, i) => (i === 1 ? { ...e, rationale: 'Entry two, rewritten' } : e)), extra);
    for (const reopened of [openLog(), openLog()]) {
      const check = await checkOf(reopened);
      expect(check.breaks.map((b) => `${b.kind}@${b.position}`)).toEqual(['edited@4']);
      expect(check.breaks[0]?.message).toBe(
        `Entry 4 was edited after it was recorded, or an entry before it was and the entries after that were re-chained to hide it (${extra === 1 ? '1 entry was' : `${extra} entries were`} added after it since).`,
      );
    }
    expect(readFileSync(anchorPath(), 'utf8')).toBe(anchorBefore);
  });
});

describe('a log recorded before chaining', () => {
  it('is marked as such, anchored, and chained from there on', async () => {
    const legacy = [1, 2].map((n) => makeDecision(plan.id, { rationale: `Legacy ${n}` }));
    writeFileSync(logPath(), legacy.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const reopened = openLog();
    expect(await checkOf(reopened)).toMatchObject({ length: 2, beforeChaining: 2, breaks: [] });
    expect(existsSync(join(dataDir, 'decisions', `${plan.id}.head.json`))).toBe(true);
    const added = await reopened.appendDecision(makeDecision(plan.id));
    expect(added).toMatchObject({ ok: true, value: { seq: 3 } });
    // From now on the older entries are vouched for too.
    writeFileSync(logPath(), lines().filter((_, i) => i !== 0).map((r) => `${r}\n`).join(''));
    expect((await checkOf(openLog())).breaks.length).toBeGreaterThan(0);
  });
});

describe('appending many decisions at once', () => {
  it('writes a plan file’s log in one batch, chained, and it checks out after a restart', async () => {
    let anchor: ChainAnchor = { length: 0, head: null };
    const chained = Array.from({ length: 2000 }, (_, i) => {
      const next = chainEntry(makeDecision(plan.id, { rationale: `Imported ${i}` }), anchor);
      anchor = advance(anchor, next);
      return next;
    });
    await log.deletePlan(plan.id);
    const other = makeTempDir();
    try {
      const fresh = openDesktopApi(other.dir, { now: () => FIXED_NOW });
      const file = serialisePlanFile(plan, FIXED_NOW, { importData: {}, decisions: chained });
      expect(await importText(fresh, file, 'ask')).toMatchObject({ ok: true, value: { status: 'imported' } });
      expect(await openDesktopApi(other.dir, { now: () => FIXED_NOW }).checkDecisionLog(plan.id)).toMatchObject({ ok: true, value: { length: 2000, breaks: [] } });
      expect(readFileSync(join(other.dir, 'decisions', `${plan.id}.jsonl`), 'utf8').split('\n')).toHaveLength(2001);
    } finally {
      other.cleanup();
    }
  });
});

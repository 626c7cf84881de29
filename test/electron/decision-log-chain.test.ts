import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDecisionLog, type DecisionLog } from '../../electron/decision-log';
import { createStorage, type Storage } from '../../electron/storage';
import type { ChainCheck } from '../../shared/decisions/chain';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
let storage: Storage;
let log: DecisionLog;
const plan = makePlan({ name: 'Claims triage assistant' });

const openLog = (): DecisionLog => createDecisionLog(dataDir, { findPlan: (id) => storage.findSummary(id), getPlan: (id) => storage.getPlan(id), now: () => FIXED_NOW });
const logPath = () => join(dataDir, 'decisions', `${plan.id}.jsonl`);
const lines = () => readFileSync(logPath(), 'utf8').split('\n').filter((line) => line !== '');
const checkOf = (target: DecisionLog): ChainCheck => {
  const result = target.check(plan.id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  storage = createStorage(dataDir, { now: () => FIXED_NOW });
  storage.savePlan(plan);
  log = openLog();
});
afterEach(() => cleanup());

function appendMany(n: number): void {
  for (let i = 1; i <= n; i += 1) log.append(makeDecision(plan.id, { rationale: `Entry ${i}` }));
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
  ])('%s', (_name, tamper, found) => {
    appendMany(4);
    const rows = tamper(lines());
    writeFileSync(logPath(), rows.map((r) => `${r}\n`).join(''));
    const bytes = readFileSync(logPath());
    const reopened = openLog();
    const check = checkOf(reopened);
    expect(check.breaks.map((b) => `${b.kind}@${b.position}`)[0]).toBe(found);
    expect(reopened.notices().some((n) => n.message.startsWith('In the decision log of "Claims triage assistant"'))).toBe(true);
    // Found, reported, and the evidence of the tampering left exactly as it is.
    expect(readFileSync(logPath()).equals(bytes)).toBe(true);
  });

  it('an intact log has no break, and its head is the hash of its last entry', () => {
    appendMany(3);
    const check = checkOf(openLog());
    expect(check).toMatchObject({ length: 3, beforeChaining: 0, breaks: [] });
    const anchor = JSON.parse(readFileSync(join(dataDir, 'decisions', `${plan.id}.head.json`), 'utf8')) as unknown;
    expect(anchor).toEqual({ length: 3, head: check.head });
  });
});

describe('a last line torn by a crash during an append', () => {
  it('is moved to a recovery file once, the user is told once, and the chain continues', () => {
    appendMany(2);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"half-writ');
    const reopened = openLog();
    const torn = reopened.notices().filter((n) => /cut off while it was being written/.test(n.message));
    expect(torn).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'decisions', `${plan.id}.recovered.txt`), 'utf8')).toBe('{"schemaVersion":1,"id":"half-writ\n');
    expect(readFileSync(logPath(), 'utf8').endsWith('\n')).toBe(true);
    expect(reopened.append(makeDecision(plan.id, { rationale: 'After the crash' })).ok).toBe(true);
    expect(checkOf(reopened)).toMatchObject({ length: 3, breaks: [] });
    reopened.list(plan.id);
    const again = openLog();
    expect(again.notices()).toEqual([]);
    expect(checkOf(again).breaks).toEqual([]);
  });
});

describe('a log recorded before chaining', () => {
  it('is marked as such, anchored, and chained from there on', () => {
    const legacy = [1, 2].map((n) => makeDecision(plan.id, { rationale: `Legacy ${n}` }));
    writeFileSync(logPath(), legacy.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const reopened = openLog();
    expect(checkOf(reopened)).toMatchObject({ length: 2, beforeChaining: 2, breaks: [] });
    expect(existsSync(join(dataDir, 'decisions', `${plan.id}.head.json`))).toBe(true);
    const added = reopened.append(makeDecision(plan.id));
    expect(added).toMatchObject({ ok: true, value: { seq: 3 } });
    // From now on the older entries are vouched for too.
    writeFileSync(logPath(), lines().filter((_, i) => i !== 0).map((r) => `${r}\n`).join(''));
    expect(checkOf(openLog()).breaks.length).toBeGreaterThan(0);
  });
});

describe('appending many decisions at once', () => {
  it('writes them in one batch, chained, skipping ids the log holds', () => {
    const existing = makeDecision(plan.id);
    log.append(existing);
    const batch = [existing, ...Array.from({ length: 2000 }, (_, i) => makeDecision(plan.id, { rationale: `Imported ${i}` }))];
    const result = log.appendBatch(plan.id, batch);
    expect(result.ok && result.value.length).toBe(2000);
    expect(checkOf(openLog())).toMatchObject({ length: 2001, breaks: [] });
  });
});

import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDecisionLog, type DecisionLog } from '../../electron/decision-log';
import { createStorage, type Storage } from '../../electron/storage';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
let storage: Storage;
let log: DecisionLog;
const plan = makePlan({ name: 'Claims triage assistant' });

function openLog(): DecisionLog {
  return createDecisionLog(dataDir, { findPlan: (id) => storage.findSummary(id), getPlan: (id) => storage.getPlan(id), now: () => FIXED_NOW });
}

beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  storage = createStorage(dataDir, { now: () => FIXED_NOW });
  storage.savePlan(plan);
  log = openLog();
});
afterEach(() => cleanup());

const logPath = () => join(dataDir, 'decisions', `${plan.id}.jsonl`);

describe('append then list', () => {
  it('lists entries oldest first, exactly as appended, across a restart', () => {
    const first = makeDecision(plan.id, { rationale: 'First', at: '2026-11-22T09:00:00.000+01:00' });
    // Appended later but stamped earlier: the log keeps the order of recording, not of the clock.
    const second = makeDecision(plan.id, { rationale: 'Second', at: '2026-11-21T09:00:00.000+01:00' });
    const third = makeDecision(plan.id, { rationale: 'Third' });
    for (const entry of [first, second, third]) expect(log.append(entry)).toMatchObject({ ok: true, value: stamped(entry) });

    expect(log.list(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second), stamped(third)] });
    expect(openLog().list(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second), stamped(third)] });
    const lines = readFileSync(logPath(), 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([first.id, second.id, third.id]);
    expect(lines[3]).toBe('');
  });

  it('lists an empty log for a plan with no decisions yet', () => {
    expect(log.list(plan.id)).toMatchObject({ ok: true, value: [] });
  });

  it('only ever adds to the file: earlier bytes stay exactly as they were', () => {
    log.append(makeDecision(plan.id));
    const before = readFileSync(logPath());
    log.append(makeDecision(plan.id));
    const after = readFileSync(logPath());
    expect(after.subarray(0, before.byteLength).equals(before)).toBe(true);
    expect(after.byteLength).toBeGreaterThan(before.byteLength);
  });
});

describe('refusals', () => {
  it('refuses an entry whose id is already in the log with conflict, the file byte-for-byte unchanged', () => {
    const entry = makeDecision(plan.id, { rationale: 'Original wording' });
    log.append(entry);
    const before = readFileSync(logPath());

    const again = log.append({ ...entry, rationale: 'Rewritten history' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(logPath()).equals(before)).toBe(true);
    expect(log.list(plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });

  it('refuses an invalid entry with invalid and field details, writing nothing', () => {
    const valid = makeDecision(plan.id);
    const result = log.append({ ...valid, rationale: '   ', author: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const details = !result.ok ? (result.error.details ?? []) : [];
    expect(details.join(' ')).toMatch(/rationale/);
    expect(details.join(' ')).toMatch(/author/);
    expect(existsSync(logPath())).toBe(false);
  });

  it('refuses an entry for a plan that does not exist with not_found', () => {
    expect(log.append(makeDecision('no-such-plan'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(log.list('no-such-plan')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(dataDir, 'decisions', 'no-such-plan.jsonl'))).toBe(false);
  });

  it('offers no way to change or remove an entry', () => {
    expect(Object.keys(log).sort()).toEqual(['append', 'appendBatch', 'check', 'list', 'notices']);
  });
});

describe('a damaged log', () => {
  it('reports a damaged line by number and still lists every other entry, leaving the file untouched', () => {
    const first = makeDecision(plan.id, { rationale: 'Before the damage' });
    const third = makeDecision(plan.id, { rationale: 'After the damage' });
    log.append(first);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"torn\n');
    log.append(third);
    const bytes = readFileSync(logPath());

    const reopened = openLog();
    expect(reopened.list(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(third)] });
    const notices = reopened.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('recovered-corrupt-file');
    expect(notices[0]?.message).toMatch(/^Line 2 of the decision log of "Claims triage assistant"/);
    expect(notices[0]?.message).toContain('not valid JSON');
    // Reported at start-up, once, however often the log is read afterwards.
    reopened.list(plan.id);
    expect(reopened.notices()).toHaveLength(1);
    expect(readFileSync(logPath()).equals(bytes)).toBe(true);
  });

  it('reports a line that is JSON but not a decision, and keeps its id taken', () => {
    const damaged = { ...makeDecision(plan.id), rationale: '' };
    writeFileSync(logPath(), `${JSON.stringify(damaged)}\n`);
    const reopened = openLog();
    expect(reopened.list(plan.id)).toMatchObject({ ok: true, value: [] });
    expect(reopened.notices()[0]?.message).toMatch(/Line 1 .* does not match the decision format \(rationale/);
    expect(reopened.append({ ...damaged, rationale: 'A new entry reusing the old id' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('starts a new line after a last line torn mid-write, so the next entry is readable', () => {
    const first = makeDecision(plan.id);
    log.append(first);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"half-writ');
    const next = makeDecision(plan.id);
    expect(log.append(next)).toMatchObject({ ok: true, value: stamped(next) });
    expect(openLog().list(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(next)] });
  });
});

describe('deleting the plan', () => {
  it('keeps its decision log, which is back in full when the plan is restored (Undo)', () => {
    const entry = makeDecision(plan.id);
    log.append(entry);
    storage.deletePlan(plan.id);
    expect(existsSync(logPath())).toBe(true);
    expect(log.list(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    storage.savePlan(plan);
    expect(log.list(plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });
});

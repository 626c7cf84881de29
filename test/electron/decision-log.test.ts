import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RolloutApi } from '../../shared/api';
import { makeDecision, stamped } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, makeTempDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
let log: RolloutApi;
const plan = makePlan({ name: 'Claims triage assistant' });

/** The desktop API over the data folder; opening it again is a restart. */
function openLog(): RolloutApi {
  return openDesktopApi(dataDir, { now: () => FIXED_NOW });
}

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = makeTempDir());
  log = openLog();
  await log.savePlan(plan);
});
afterEach(() => cleanup());

const mustNotices = <T>(result: { ok: true; value: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('the notices could not be read');
  return result.value;
};
const logPath = () => join(dataDir, 'decisions', `${plan.id}.jsonl`);

describe('append then list', () => {
  it('lists entries oldest first, exactly as appended, across a restart', async () => {
    const first = makeDecision(plan.id, { rationale: 'First', at: '2026-11-22T09:00:00.000+01:00' });
    // Appended later but stamped earlier: the log keeps the order of recording, not of the clock.
    const second = makeDecision(plan.id, { rationale: 'Second', at: '2026-11-21T09:00:00.000+01:00' });
    const third = makeDecision(plan.id, { rationale: 'Third' });
    for (const entry of [first, second, third]) expect(await log.appendDecision(entry)).toMatchObject({ ok: true, value: stamped(entry) });

    expect(await log.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second), stamped(third)] });
    expect(await openLog().listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(second), stamped(third)] });
    const lines = readFileSync(logPath(), 'utf8').split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual([first.id, second.id, third.id]);
    expect(lines[3]).toBe('');
  });

  it('lists an empty log for a plan with no decisions yet', async () => {
    expect(await log.listDecisions(plan.id)).toMatchObject({ ok: true, value: [] });
  });

  it('only ever adds to the file: earlier bytes stay exactly as they were', async () => {
    await log.appendDecision(makeDecision(plan.id));
    const before = readFileSync(logPath());
    await log.appendDecision(makeDecision(plan.id));
    const after = readFileSync(logPath());
    expect(after.subarray(0, before.byteLength).equals(before)).toBe(true);
    expect(after.byteLength).toBeGreaterThan(before.byteLength);
  });
});

describe('refusals', () => {
  it('refuses an entry whose id is already in the log with conflict, the file byte-for-byte unchanged', async () => {
    const entry = makeDecision(plan.id, { rationale: 'Original wording' });
    await log.appendDecision(entry);
    const before = readFileSync(logPath());

    const again = await log.appendDecision({ ...entry, rationale: 'Rewritten history' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(readFileSync(logPath()).equals(before)).toBe(true);
    expect(await log.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });

  it('refuses an invalid entry with invalid and field details, writing nothing', async () => {
    const valid = makeDecision(plan.id);
    const result = await log.appendDecision({ ...valid, rationale: '   ', author: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const details = !result.ok ? (result.error.details ?? []) : [];
    expect(details.join(' ')).toMatch(/rationale/);
    expect(details.join(' ')).toMatch(/author/);
    expect(existsSync(logPath())).toBe(false);
  });

  it('refuses an entry for a plan that does not exist with not_found', async () => {
    expect(await log.appendDecision(makeDecision('no-such-plan'))).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await log.listDecisions('no-such-plan')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(existsSync(join(dataDir, 'decisions', 'no-such-plan.jsonl'))).toBe(false);
  });

  it('offers no way to change or remove an entry', async () => {
    expect(Object.keys(log).filter((method) => /decision/i.test(method)).sort()).toEqual(['appendDecision', 'checkDecisionLog', 'listDecisions']);
  });
});

describe('a damaged log', () => {
  it('reports a damaged line by number and still lists every other entry, leaving the file untouched', async () => {
    const first = makeDecision(plan.id, { rationale: 'Before the damage' });
    const third = makeDecision(plan.id, { rationale: 'After the damage' });
    await log.appendDecision(first);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"torn\n');
    await log.appendDecision(third);
    const bytes = readFileSync(logPath());

    const reopened = openLog();
    expect(await reopened.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(third)] });
    const notices = mustNotices(await reopened.getStartupNotices());
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('recovered-corrupt-file');
    expect(notices[0]?.message).toMatch(/^Entry 2 of the decision log of "Claims triage assistant"/);
    expect(notices[0]?.message).toContain('not valid JSON');
    // Reported at start-up, once, however often the log is read afterwards.
    await reopened.listDecisions(plan.id);
    expect(mustNotices(await reopened.getStartupNotices())).toHaveLength(1);
    expect(readFileSync(logPath()).equals(bytes)).toBe(true);
  });

  it('reports a line that is JSON but not a decision, and keeps its id taken', async () => {
    const damaged = { ...makeDecision(plan.id), rationale: '' };
    writeFileSync(logPath(), `${JSON.stringify(damaged)}\n`);
    const reopened = openLog();
    expect(await reopened.listDecisions(plan.id)).toMatchObject({ ok: true, value: [] });
    expect(mustNotices(await reopened.getStartupNotices())[0]?.message).toMatch(/Entry 1 .* does not match the decision format \(rationale/);
    expect(await reopened.appendDecision({ ...damaged, rationale: 'A new entry reusing the old id' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('starts a new line after a last line torn mid-write, so the next entry is readable', async () => {
    const first = makeDecision(plan.id);
    await log.appendDecision(first);
    appendFileSync(logPath(), '{"schemaVersion":1,"id":"half-writ');
    const next = makeDecision(plan.id);
    expect(await log.appendDecision(next)).toMatchObject({ ok: true, value: stamped(next) });
    expect(await openLog().listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(first), stamped(next)] });
  });
});

describe('deleting the plan', () => {
  it('keeps its decision log, which is back in full when the plan is restored (Undo)', async () => {
    const entry = makeDecision(plan.id);
    await log.appendDecision(entry);
    await log.deletePlan(plan.id);
    expect(existsSync(logPath())).toBe(true);
    expect(await log.listDecisions(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    await log.savePlan(plan);
    expect(await log.listDecisions(plan.id)).toMatchObject({ ok: true, value: [stamped(entry)] });
  });
});

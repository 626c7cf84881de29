import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeDecision } from '../shared/decision-fixture';
import { FIXED_NOW, makePlan, useTempDataDir } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';
import { formatTimestamp } from '../../shared/format/format';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const LATER = new Date('2026-11-25T16:45:00.000Z');

const plansDir = () => join(data.dir, 'plans');
const planPath = (id: string) => join(plansDir(), `plan-${id}.json`);
const mustGet = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a hand edit reaches into the file's untyped JSON
type Raw = Record<string, any>;

/** A plan saved twice by the app (so a previous version is kept), then its file edited by hand, still a valid plan. */
async function savedThenEdited(edit: (raw: Raw) => void) {
  const plan = makePlan();
  const api = openDesktopApi(data.dir, { now: () => FIXED_NOW });
  mustGet(await api.savePlan(plan));
  mustGet(await api.appendDecision(makeDecision(plan.id, { stageId: plan.stages[0]!.id, decision: 'note', rationale: 'Kick-off.' })));
  const second = { ...plan, revision: 2, updatedAt: FIXED_NOW.toISOString() };
  mustGet(await api.savePlan(second));
  const raw = JSON.parse(fs.readFileSync(planPath(plan.id), 'utf8')) as Raw;
  edit(raw);
  fs.writeFileSync(planPath(plan.id), JSON.stringify(raw, undefined, 2));
  return { plan: second, found: fs.readFileSync(planPath(plan.id)) };
}

const lowerThreshold = (raw: Raw) => (raw.stages[0].criteria[0].threshold = 40);

describe('plan files carry a seal', () => {
  it('written at every save: the SHA-256 of the file written without it, with the time of the save', async () => {
    const plan = makePlan();
    mustGet(await openDesktopApi(data.dir, { now: () => FIXED_NOW }).savePlan(plan));
    const { seal, ...content } = JSON.parse(fs.readFileSync(planPath(plan.id), 'utf8')) as Raw;
    expect(seal).toEqual({ sha256: createHash('sha256').update(JSON.stringify(content, undefined, '\t')).digest('hex'), sealedAt: FIXED_NOW.toISOString() });
  });

  it('a plan saved before sealing lists and opens as before, and is sealed at its next save', async () => {
    const plan = makePlan({ name: 'From last week' });
    fs.mkdirSync(plansDir(), { recursive: true });
    fs.writeFileSync(planPath(plan.id), JSON.stringify(plan, undefined, '\t'));
    const api = openDesktopApi(data.dir, { now: () => LATER });
    const [listed] = mustGet(await api.listPlans());
    expect(listed).toEqual({ id: plan.id, name: 'From last week', archived: false, updatedAt: plan.updatedAt, riskTier: plan.riskTier, revision: 1 });
    expect(mustGet(await api.getPlan(plan.id))).toEqual(plan);
    expect(mustGet(await api.getStartupNotices())).toEqual([]);
    mustGet(await api.savePlan({ ...plan, revision: 2 }));
    expect((JSON.parse(fs.readFileSync(planPath(plan.id), 'utf8')) as Raw).seal.sealedAt).toBe(LATER.toISOString());
  });
});

describe('a plan file changed outside the app', () => {
  it.each<[string, (raw: Raw) => void]>([
    ['a gate threshold lowered', lowerThreshold],
    ['a checklist item ticked', (raw) => (raw.checklist.items[0].status = 'done')],
    ['the seal removed from its place', (raw) => (raw.seal = { sealedAt: raw.seal.sealedAt })],
  ])('(%s) is listed marked, opens as found, told once, and the file is kept byte for byte', async (_what, edit) => {
    const { plan, found } = await savedThenEdited(edit);
    const api = openDesktopApi(data.dir, { now: () => LATER });
    const [listed] = mustGet(await api.listPlans());
    expect(listed?.changedOutsideApp).toEqual({ lastSavedAt: FIXED_NOW.toISOString(), previous: { revision: 1, savedAt: plan.updatedAt } });
    const opened = mustGet(await api.getPlan(plan.id));
    const expected = JSON.parse(found.toString('utf8')) as Raw;
    delete expected.seal;
    expect(opened).toEqual(expected);
    const notices = mustGet(await api.getStartupNotices());
    // In the reader's time zone and locale, as the notice on the plan gives it (was "2026-11-22 10:00 UTC").
    const savedAt = formatTimestamp(FIXED_NOW.toISOString());
    expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(new RegExp(`was changed outside the app.*cannot tell what changed.*last saved it on ${savedAt}.*kept exactly as found`))]);
    expect(fs.readFileSync(planPath(plan.id))).toEqual(found);
  });

  // Before: a file the app sealed, its seal deleted, read as a plan saved before seals: listed and opened unmarked.
  it('with its seal deleted, is listed marked and told, and the file is kept byte for byte', async () => {
    const { plan, found } = await savedThenEdited((raw) => {
      delete raw.seal;
      lowerThreshold(raw);
    });
    const api = openDesktopApi(data.dir, { now: () => LATER });
    const [listed] = mustGet(await api.listPlans());
    expect(listed?.changedOutsideApp).toEqual({ lastSavedAt: null, previous: { revision: 1, savedAt: plan.updatedAt } });
    expect(mustGet(await api.getStartupNotices()).map((n) => n.message)).toEqual([expect.stringMatching(/was changed outside the app.*cannot read when it last saved it/)]);
    expect(fs.readFileSync(planPath(plan.id))).toEqual(found);
    // The record beside the plans says which plans the app sealed.
    expect(JSON.parse(fs.readFileSync(join(data.dir, 'sealed-plans.json'), 'utf8'))).toEqual({ version: 1, ids: [plan.id] });
  });

  it('is not saved over until the user chooses: an edit, a decision and an export are refused, the file stays as found', async () => {
    const { plan, found } = await savedThenEdited(lowerThreshold);
    const api = openDesktopApi(data.dir, { now: () => LATER });
    const opened = mustGet(await api.getPlan(plan.id));
    const saved = await api.savePlan({ ...opened, name: 'Edited on top', revision: 3 });
    expect(saved).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/changed outside the app.*Use this plan as it is now/) } });
    const decided = await api.appendDecision(makeDecision(plan.id, { stageId: plan.stages[0]!.id, decision: 'note', rationale: 'On the changed plan.' }));
    expect(decided).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Not recorded: .* changed outside the app/) } });
    expect(mustGet(await api.listDecisions(plan.id))).toHaveLength(1);
    expect(await api.exportPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Not exported: .* changed outside the app/) } });
    expect(fs.readFileSync(planPath(plan.id))).toEqual(found);
  });

  it('accepted as it is now: an automatic entry in the decision log, sealed again, nothing else lost', async () => {
    const { plan } = await savedThenEdited(lowerThreshold);
    const api = openDesktopApi(data.dir, { now: () => LATER });
    mustGet(await api.listPlans());
    const accepted = mustGet(await api.acceptChangedPlan(plan.id, makeDecision(plan.id).evidence));
    expect(accepted.changedOutsideApp).toBeUndefined();
    const log = mustGet(await api.listDecisions(plan.id));
    expect(log.map((e) => e.rationale)).toEqual(['Kick-off.', expect.stringMatching(/^The plan was changed outside the app; accepted by the user on 2026-11-25 16:45 UTC/)]);
    expect(log[1]).toMatchObject({ automatic: true, decision: 'note', stageId: null });
    expect(mustGet(await api.checkDecisionLog(plan.id)).breaks).toEqual([]);

    const reopened = openDesktopApi(data.dir, { now: () => LATER });
    const [listed] = mustGet(await reopened.listPlans());
    expect(listed?.changedOutsideApp).toBeUndefined();
    expect(mustGet(await reopened.getStartupNotices())).toEqual([]);
    const kept = mustGet(await reopened.getPlan(plan.id));
    expect(kept.stages[0]!.criteria[0]!.threshold).toBe(40);
    expect(kept).toEqual({ ...plan, stages: [{ ...plan.stages[0]!, criteria: [{ ...plan.stages[0]!.criteria[0]!, threshold: 40 }, ...plan.stages[0]!.criteria.slice(1)] }, ...plan.stages.slice(1)] });
    // Edits save again.
    mustGet(await reopened.savePlan({ ...kept, name: 'Edited after', revision: 3 }));
    // Accepting twice is refused, and records nothing more.
    expect(await reopened.acceptChangedPlan(plan.id, makeDecision(plan.id).evidence)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(mustGet(await reopened.listDecisions(plan.id))).toHaveLength(2);
  });

  it('restored to its previous version: the changed file is set aside byte for byte, the previous version becomes the plan', async () => {
    const { plan, found } = await savedThenEdited(lowerThreshold);
    const api = openDesktopApi(data.dir, { now: () => LATER });
    mustGet(await api.listPlans());
    const restored = mustGet(await api.restorePreviousVersion(plan.id));
    expect(restored).toMatchObject({ id: plan.id, revision: 1 });
    expect(restored.changedOutsideApp).toBeUndefined();
    const aside = fs.readdirSync(plansDir()).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(join(plansDir(), aside[0]!))).toEqual(found);
    const [listed] = mustGet(await openDesktopApi(data.dir, { now: () => LATER }).listPlans());
    expect(listed).toMatchObject({ id: plan.id, revision: 1 });
    expect(listed?.changedOutsideApp).toBeUndefined();
    expect(mustGet(await api.listDecisions(plan.id))).toHaveLength(1);
  });
});

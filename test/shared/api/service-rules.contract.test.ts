import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapters, CLOCK, closeAdapters, importText } from './adapters';
import type { RolloutApi, StartupNotice } from '../../../shared/api';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import { defaultSettings, PLAN_SCHEMA_VERSION, type Plan } from '../../../shared/model/schema';
import { MAX_STORED_PLAN_BYTES, serialisePlan, utf8ByteLength } from '../../../shared/service/limits';
import type { RecordStore } from '../../../shared/service/record-store';
import { makePlan, makeVersion0Plan } from '../../electron/fixtures';
import { makeDecision } from '../decision-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));
afterEach(closeAdapters);

const plan = makePlan({ name: 'Claims triage assistant' });

async function noticesOf(api: RolloutApi): Promise<StartupNotice[]> {
  const result = await api.getStartupNotices();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function namesOf(api: RolloutApi): Promise<string[]> {
  const result = await api.listPlans();
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((summary) => summary.name);
}

/** A notice with the storage's own words for where a record was kept taken out: the rest must be the same everywhere. */
const withoutPlace = (notice: StartupNotice) => ({ ...notice, message: notice.message.replace(/It was kept as .* and nothing/, 'It was kept as <place> and nothing') });

/** The plan's file as exported at the service's clock, with no evidence beside it. */
const fileOf = (target: Plan) => serialisePlanFile(target, CLOCK, { importData: {}, decisions: [] });

describe.each(adapters)('the service’s rules over %s', (name, open) => {
  it('refuses a plan whose fields are not valid, with details, and stores nothing', async () => {
    const api = await open([]);
    const result = await api.savePlan({ ...plan, name: '   ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: 'The plan could not be saved: some fields are not valid.' } });
    expect(!result.ok && result.error.details?.join(' ')).toMatch(/A plan needs a name/);
    expect(await namesOf(api)).toEqual([]);
  });

  it('refuses a plan over 1 MB counted in UTF-8 bytes (not characters), leaving the stored one alone', async () => {
    const api = await open([plan]);
    const items = plan.checklist.items;
    const perItem = Math.min(20_000, Math.floor(600_000 / items.length));
    const large: Plan = { ...plan, revision: 2, checklist: { ...plan.checklist, items: items.map((item) => ({ ...item, notes: '€'.repeat(perItem) })) } };
    const text = serialisePlan(large);
    expect(text.length).toBeLessThan(MAX_STORED_PLAN_BYTES);
    expect(utf8ByteLength(text)).toBeGreaterThan(MAX_STORED_PLAN_BYTES);
    const result = await api.savePlan(large);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!result.ok && result.error.message).toMatch(/too large to save .* the limit is 1 MB/);
    expect(await api.getPlan(plan.id)).toMatchObject({ ok: true, value: { revision: 1 } });
  });

  it('upgrades a plan from an older version on read, writes it back, and says so in the same words', async () => {
    const old = makeVersion0Plan();
    const api = await open([], { raw: { [String(old['id'])]: old } });
    expect(await namesOf(api)).toEqual(['Preview-era plan']);
    expect(await api.getPlan(String(old['id']))).toMatchObject({ ok: true, value: { schemaVersion: PLAN_SCHEMA_VERSION } });
    expect(await noticesOf(api)).toEqual([
      { kind: 'migrated', message: 'The plan "Preview-era plan" was saved by an older version of Rollout Readiness and has been upgraded.' },
    ]);
  });

  it('sets a damaged record aside, keeps the others, and says so once in the same words', async () => {
    const api = await open([plan], { raw: { broken: { schemaVersion: 1, id: 'broken', name: 'Broken plan', riskTier: 'extreme' } } });
    expect(await namesOf(api)).toEqual(['Claims triage assistant']);
    expect(await api.getPlan('broken')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    await api.listPlans();
    const notices = await noticesOf(api);
    expect(notices.map(withoutPlace)).toEqual([
      {
        kind: 'recovered-corrupt-file',
        message: expect.stringMatching(
          /^The saved plan "Broken plan" could not be opened because it does not match the expected format \(.+\)\. It was kept as <place> and nothing was deleted; everything else opened normally\.$/,
        ) as unknown as string,
      },
    ]);
  });

  it('leaves a plan from a newer version untouched: not listed, not overwritten by a save or an import', async () => {
    const future = { ...makePlan({ name: 'From the future' }), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    const api = await open([], { raw: { [future.id]: future } });
    expect(await namesOf(api)).toEqual([]);
    expect(await noticesOf(api)).toEqual([{ kind: 'newer-version', message: expect.stringMatching(/newer version.* It is kept unchanged\.$/) as unknown as string }]);
    expect(await api.savePlan({ ...future, schemaVersion: PLAN_SCHEMA_VERSION })).toMatchObject({ ok: false, error: { code: 'newer_version' } });
    const imported = await importText(api, fileOf({ ...future, schemaVersion: PLAN_SCHEMA_VERSION }), 'replace');
    expect(imported).toMatchObject({ ok: false, error: { code: 'newer_version' } });
  });

  it('on an id clash asks, or imports a copy, or replaces: as chosen', async () => {
    const api = await open([plan]);
    const theirs = { ...plan, name: 'Theirs', revision: 7 };
    expect(await importText(api, fileOf(theirs), 'ask')).toMatchObject({
      ok: true,
      value: { status: 'conflict', existing: { name: 'Claims triage assistant' }, incoming: { name: 'Theirs' } },
    });
    expect(await namesOf(api)).toEqual(['Claims triage assistant']);
    const copy = await importText(api, fileOf(theirs), 'copy');
    expect(copy).toMatchObject({ ok: true, value: { status: 'imported', replaced: false, plan: { name: 'Theirs (imported copy)' } } });
    expect(copy.ok && copy.value.status === 'imported' && copy.value.plan.id).not.toBe(plan.id);
    expect(await importText(api, fileOf(theirs), 'replace')).toMatchObject({ ok: true, value: { status: 'imported', replaced: true } });
    expect(await api.getPlan(plan.id)).toMatchObject({ ok: true, value: { name: 'Theirs', revision: 7 } });
  });

  it('counts the plan-file limit in UTF-8 bytes on export and on import', async () => {
    const accented = makePlan({ name: 'Évaluation “qualité” — équipe' });
    const text = fileOf(accented);
    const bytes = utf8ByteLength(text);
    expect(bytes).toBeGreaterThan(text.length);
    // Above the characters, below the bytes: refused on both sides, whatever the platform.
    const between = text.length + Math.floor((bytes - text.length) / 2);
    const api = await open([accented], { maxPlanFileBytes: between });
    expect(await api.exportPlan(accented.id)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    const other = await open([], { maxPlanFileBytes: between });
    expect(await importText(other, text, 'ask')).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(await namesOf(other)).toEqual([]);
    const roomy = await open([], { maxPlanFileBytes: bytes });
    expect(await importText(roomy, text, 'ask')).toMatchObject({ ok: true, value: { status: 'imported' } });
  });

  it('reads and validates each plan once to list them at start-up, and once per list after a change', async () => {
    const counts = { readPlans: 0, readPlan: 0 };
    const counting = (store: RecordStore): RecordStore => ({
      ...store,
      readPlans: () => {
        counts.readPlans += 1;
        return store.readPlans();
      },
      readPlan: (id) => {
        counts.readPlan += 1;
        return store.readPlan(id);
      },
    });
    const plans = [1, 2, 3].map((n) => makePlan({ id: `plan-${n}`, name: `Plan ${n}` }));
    const api = await open(plans, { wrap: counting, settings: { ...defaultSettings, lastPlanId: 'plan-2' } });
    Object.assign(counts, { readPlans: 0, readPlan: 0 });
    await noticesOf(api);
    expect(await namesOf(api)).toHaveLength(3);
    // The browser build's start-up worker read them before the service started: the service reads none.
    expect(counts).toEqual({ readPlans: name.includes('start-up scan') ? 0 : 1, readPlan: 0 });
    // The plan reopened at start-up (the one last open) comes from that read; opening it again reads it again.
    expect(await api.getPlan('plan-2')).toMatchObject({ ok: true, value: { name: 'Plan 2' } });
    expect(counts.readPlan).toBe(0);
    expect(await api.getPlan('plan-2')).toMatchObject({ ok: true, value: { name: 'Plan 2' } });
    expect(counts.readPlan).toBe(1);
    expect((await api.savePlan({ ...plans[0]!, name: 'Plan 1 renamed', revision: 2 })).ok).toBe(true);
    expect(await namesOf(api)).toContain('Plan 1 renamed');
    expect(counts.readPlans).toBe(name.includes('start-up scan') ? 1 : 2);
  });

  it.each([
    ['in one read where the store offers it', false],
    ['plan by plan otherwise', true],
  ])('checks every plan’s decision log at start-up %s, with the same notices', async (_how, planByPlan) => {
    const counts = { readDecisions: 0, readDecisionLogs: 0 };
    let offersBatch = false;
    const counting = (store: RecordStore): RecordStore => {
      offersBatch = store.readDecisionLogs !== undefined && !planByPlan;
      const { readDecisionLogs, ...rest } = store;
      return {
        ...rest,
        readDecisions: (planId) => {
          counts.readDecisions += 1;
          return store.readDecisions(planId);
        },
        ...(readDecisionLogs && !planByPlan
          ? {
              readDecisionLogs: (planIds: readonly string[]) => {
                counts.readDecisionLogs += 1;
                return readDecisionLogs.call(store, planIds);
              },
            }
          : {}),
      };
    };
    const plans = [1, 2, 3].map((n) => makePlan({ id: `plan-${n}`, name: `Plan ${n}` }));
    const api = await open(plans, { wrap: counting });
    expect((await api.appendDecision(makeDecision('plan-2', { rationale: 'Before the damage' }))).ok).toBe(true);
    await api.putRawDecision('plan-2', { id: 'hand-edited', rationale: '' });
    Object.assign(counts, { readDecisions: 0, readDecisionLogs: 0 });
    // The start-up check runs on the first list.
    expect(await namesOf(api)).toHaveLength(3);
    expect(counts).toEqual(offersBatch ? { readDecisions: 0, readDecisionLogs: 1 } : { readDecisions: 3, readDecisionLogs: 0 });
    expect((await noticesOf(api)).map((n) => n.message)).toEqual([expect.stringMatching(/^Entry 2 of the decision log of "Plan 2" could not be read/)]);
  });
});

describe.each(adapters)('a damaged plan with a previous version, over %s', (_name, open) => {
  it('is set aside and offered, nothing replaced until the user restores it', async () => {
    const api = await open([plan]);
    expect((await api.savePlan({ ...plan, name: 'Second', revision: 2 })).ok).toBe(true);
    await api.putRaw(plan.id, { ...plan, name: 'Second', revision: 'three' });
    expect(await namesOf(api)).toEqual([]);
    const offered = await api.listDamagedPlans();
    expect(offered).toEqual({ ok: true, value: [{ key: plan.id, name: plan.name, revision: 1, savedAt: plan.updatedAt }] });
    expect((await noticesOf(api)).map(withoutPlace)).toEqual([
      {
        kind: 'recovered-corrupt-file',
        message: expect.stringMatching(
          /^The saved plan "Second" could not be opened because .* It was kept as <place> and nothing was deleted\. The previous saved version of "Claims triage assistant" \(revision 1, saved .+\) can be restored from the plan list; nothing is replaced until you choose\.$/,
        ) as unknown as string,
      },
    ]);
    expect(await api.getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'invalid' } });

    expect(await api.restorePreviousVersion(plan.id)).toMatchObject({ ok: true, value: { id: plan.id, revision: 1 } });
    expect(await api.getPlan(plan.id)).toEqual({ ok: true, value: plan });
    expect(await namesOf(api)).toEqual(['Claims triage assistant']);
    expect(await api.listDamagedPlans()).toEqual({ ok: true, value: [] });
    expect(await api.restorePreviousVersion(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe.each(adapters)('a damaged decision log entry, over %s', (_name, open) => {
  it('is left out of the list, left as it is, its id kept taken, and reported once in the same words', async () => {
    const api = await open([plan]);
    const first = await api.appendDecision(makeDecision(plan.id, { rationale: 'Before the damage' }));
    expect(first.ok).toBe(true);
    await api.putRawDecision(plan.id, { id: 'hand-edited', rationale: '' });
    expect(await api.listDecisions(plan.id)).toMatchObject({ ok: true, value: [{ rationale: 'Before the damage' }] });
    await api.listDecisions(plan.id);
    const notices = await noticesOf(api);
    expect(notices).toEqual([
      {
        kind: 'recovered-corrupt-file',
        message: expect.stringMatching(
          /^Entry 2 of the decision log of "Claims triage assistant" could not be read because it does not match the decision format \(.+\)\. That entry is not shown; it was left exactly as it is and every other entry is listed\.$/,
        ) as unknown as string,
      },
    ]);
    expect(await api.appendDecision(makeDecision(plan.id, { id: 'hand-edited' }))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const check = await api.checkDecisionLog(plan.id);
    expect(check.ok && check.value.breaks.map((found) => found.kind)).toContain('unreadable');
  });
});

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PLAN_SCHEMA_VERSION, defaultSettings, type Plan } from '../../shared/model/schema';
import { MAX_STORED_PLAN_BYTES } from '../../shared/service/limits';
import { FIXED_NOW, makePlan, useTempDataDir, makeVersion0Plan } from './fixtures';
import { openDesktopApi } from './desktop-api-fixture';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

const data = useTempDataDir();
const now = () => FIXED_NOW;

const plansDir = () => join(data.dir, 'plans');
const planPath = (id: string) => join(plansDir(), `plan-${id}.json`);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const mustGet = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
};

describe('plans round trip', () => {
  it('keeps a saved plan across a restart, lists it, and deletes it', async () => {
    const plan = makePlan();
    const first = openDesktopApi(data.dir, { now });
    expect(mustGet(await first.savePlan(plan))).toMatchObject({ id: plan.id, name: plan.name, revision: 1 });
    expect(existsSync(planPath(plan.id))).toBe(true);

    const restarted = openDesktopApi(data.dir, { now });
    expect(mustGet(await restarted.getPlan(plan.id))).toEqual(plan);
    expect(mustGet(await restarted.listPlans()).map((summary) => summary.id)).toEqual([plan.id]);
    expect(mustGet(await restarted.getStartupNotices())).toEqual([]);

    expect((await restarted.deletePlan(plan.id)).ok).toBe(true);
    expect(existsSync(planPath(plan.id))).toBe(false);
    expect(mustGet(await restarted.listPlans())).toEqual([]);
    expect(await openDesktopApi(data.dir, { now }).getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists the most recently changed plan first', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const older = makePlan({ name: 'Older', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = makePlan({ name: 'Newer', updatedAt: '2026-06-01T00:00:00.000Z' });
    await storage.savePlan(older);
    await storage.savePlan(newer);
    expect(mustGet(await storage.listPlans()).map((summary) => summary.name)).toEqual(['Newer', 'Older']);
  });

  it('overwrites a plan saved again under the same id', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const plan = makePlan();
    await storage.savePlan(plan);
    await storage.savePlan({ ...plan, name: 'Renamed', revision: 2 });
    expect(mustGet(await openDesktopApi(data.dir, { now }).getPlan(plan.id))).toMatchObject({ name: 'Renamed', revision: 2 });
    expect(readdirSync(plansDir()).sort()).toEqual([`plan-${plan.id}.json`, `plan-${plan.id}.prev.json`]);
  });

  it('refuses an invalid plan with field details and writes nothing', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const bad = { ...makePlan(), name: '   ' };
    const result = await storage.savePlan(bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.details?.some((detail) => detail.includes('A plan needs a name'))).toBe(true);
    expect(readdirSync(plansDir())).toEqual([]);
  });

  it('gives an id that is not safe as a file name a hashed file, and finds it again', async () => {
    const plan = makePlan({ id: '../../Evil:ID*' });
    const storage = openDesktopApi(data.dir, { now });
    expect((await storage.savePlan(plan)).ok).toBe(true);
    const files = readdirSync(plansDir());
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^plan-h-[0-9a-f]{64}\.json$/);
    expect(mustGet(await openDesktopApi(data.dir, { now }).getPlan(plan.id)).id).toBe('../../Evil:ID*');
  });
});

describe('size limit', () => {
  it('refuses a plan above 1 MB with a too_large error and leaves the stored one alone', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const plan = makePlan();
    await storage.savePlan(plan);
    const before = readFileSync(planPath(plan.id));
    const huge: Plan = {
      ...plan,
      checklist: {
        ...plan.checklist,
        items: plan.checklist.items.map((item) => ({ ...item, notes: 'x'.repeat(20_000), evidence: 'y'.repeat(20_000) })),
      },
    };
    expect(plan.checklist.items.length * 40_000).toBeGreaterThan(MAX_STORED_PLAN_BYTES);
    const result = await storage.savePlan(huge);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!result.ok && result.error.message).toMatch(/too large to save .* the limit is 1 MB/);
    expect(readFileSync(planPath(plan.id))).toEqual(before);
  });

  it('saves a large plan that stays under the limit', async () => {
    const plan = makePlan();
    const large: Plan = {
      ...plan,
      checklist: { ...plan.checklist, items: plan.checklist.items.map((item) => ({ ...item, notes: 'x'.repeat(15_000) })) },
    };
    const storage = openDesktopApi(data.dir, { now });
    expect((await storage.savePlan(large)).ok).toBe(true);
    const size = readFileSync(planPath(plan.id)).byteLength;
    expect(size).toBeGreaterThan(500_000);
    expect(size).toBeLessThanOrEqual(MAX_STORED_PLAN_BYTES);
  });
});

describe('migration', () => {
  it('loads a version-0 plan as the current version and writes it back upgraded', async () => {
    const raw = makeVersion0Plan();
    const id = String(raw['id']);
    openDesktopApi(data.dir, { now }); // creates the plans folder
    writeFileSync(planPath(id), JSON.stringify(raw));

    const storage = openDesktopApi(data.dir, { now });
    const plan = mustGet(await storage.getPlan(id));
    expect(plan).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      name: 'Preview-era plan',
      revision: 1,
      archived: false,
      scoreHistory: [],
      editingShareLimit: 15,
    });
    expect(readJson(planPath(id))).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, revision: 1, archived: false });
    expect(mustGet(await storage.getStartupNotices())).toEqual([
      { kind: 'migrated', message: expect.stringContaining('"Preview-era plan"') as unknown as string },
    ]);
  });

  it('leaves a plan from a newer app version untouched and unlisted, and says so', async () => {
    openDesktopApi(data.dir, { now });
    const future = { ...makePlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    const text = JSON.stringify(future);
    writeFileSync(planPath(future.id), text);
    const storage = openDesktopApi(data.dir, { now });
    expect(mustGet(await storage.listPlans())).toEqual([]);
    expect(mustGet(await storage.getStartupNotices())).toEqual([expect.objectContaining({ kind: 'newer-version', message: expect.stringMatching(/newer version/) })]);
    expect(readFileSync(planPath(future.id), 'utf8')).toBe(text);
    expect(await storage.savePlan(makePlan({ id: future.id }))).toMatchObject({ ok: false, error: { code: 'newer_version' } });
    expect(readFileSync(planPath(future.id), 'utf8')).toBe(text);
  });
});

describe('damaged files', () => {
  const damaged = [
    { kind: 'not valid JSON', bytes: '{"schemaVersion": 1, "id": "half-writ', problem: 'not valid JSON' },
    {
      kind: 'valid JSON that fails the schema',
      bytes: JSON.stringify({ ...makePlan({ name: 'Broken plan' }), riskTier: 'extreme' }),
      problem: 'does not match the expected format',
    },
  ];

  it.each(damaged)('a plan file that is $kind is set aside, reported, and the others still load', async ({ bytes, problem }) => {
    const good = makePlan({ name: 'Healthy plan' });
    await openDesktopApi(data.dir, { now }).savePlan(good);
    writeFileSync(planPath('damaged-1'), bytes);

    const storage = openDesktopApi(data.dir, { now });
    expect(mustGet(await storage.listPlans()).map((summary) => summary.name)).toEqual(['Healthy plan']);

    const backup = join(plansDir(), 'plan-damaged-1.corrupt-2026-11-22T06-40-00Z.json');
    expect(readFileSync(backup, 'utf8')).toBe(bytes);
    expect(existsSync(planPath('damaged-1'))).toBe(false);
    expect(mustGet(await storage.getPlan(good.id)).name).toBe('Healthy plan');

    const notices = mustGet(await storage.getStartupNotices());
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('recovered-corrupt-file');
    expect(notices[0]?.message).toContain('"plan-damaged-1.corrupt-2026-11-22T06-40-00Z.json"');
    expect(notices[0]?.message).toContain(problem);
    expect(notices[0]?.message).toContain('nothing was deleted');

    // A second start finds nothing new to repair and keeps the backup.
    expect(mustGet(await openDesktopApi(data.dir, { now }).getStartupNotices())).toEqual([]);
    expect(readFileSync(backup, 'utf8')).toBe(bytes);
  });

  it('names the plan when the damaged file still says what it is', async () => {
    openDesktopApi(data.dir, { now });
    writeFileSync(planPath('named'), JSON.stringify({ ...makePlan({ name: 'Broken plan' }), revision: 0 }));
    expect(mustGet(await openDesktopApi(data.dir, { now }).getStartupNotices())[0]?.message).toMatch(/^The saved plan "Broken plan" could not be opened .* "plan-named\.corrupt-/);
  });

  it('never overwrites a backup from an earlier repair in the same second', async () => {
    openDesktopApi(data.dir, { now });
    writeFileSync(planPath('twice'), 'first damage');
    await openDesktopApi(data.dir, { now }).listPlans();
    writeFileSync(planPath('twice'), 'second damage');
    await openDesktopApi(data.dir, { now }).listPlans();
    expect(readFileSync(join(plansDir(), 'plan-twice.corrupt-2026-11-22T06-40-00Z.json'), 'utf8')).toBe('first damage');
    expect(readFileSync(join(plansDir(), 'plan-twice.corrupt-2026-11-22T06-40-00Z-2.json'), 'utf8')).toBe('second damage');
  });

  it('sets aside a plan file damaged while the app runs instead of overwriting it on save', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const plan = makePlan();
    await storage.savePlan(plan);
    writeFileSync(planPath(plan.id), 'garbage written by another program');
    expect((await storage.savePlan({ ...plan, revision: 2 })).ok).toBe(true);
    expect(readFileSync(join(plansDir(), `plan-${plan.id}.corrupt-2026-11-22T06-40-00Z.json`), 'utf8')).toBe(
      'garbage written by another program',
    );
    expect(mustGet(await storage.getPlan(plan.id)).revision).toBe(2);
    expect(mustGet(await storage.getStartupNotices())).toHaveLength(1);
  });

  it('answers getPlan for a file damaged after start-up with an error, and keeps the bytes', async () => {
    const storage = openDesktopApi(data.dir, { now });
    const plan = makePlan();
    await storage.savePlan(plan);
    writeFileSync(planPath(plan.id), '{');
    expect(await storage.getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readFileSync(join(plansDir(), `plan-${plan.id}.corrupt-2026-11-22T06-40-00Z.json`), 'utf8')).toBe('{');
    expect(mustGet(await storage.listPlans())).toEqual([]);
  });
});

describe('settings', () => {
  it('starts from the defaults and keeps saved settings across a restart', async () => {
    const storage = openDesktopApi(data.dir, { now });
    expect(mustGet(await storage.getSettings())).toEqual(defaultSettings);
    const settings = { ...defaultSettings, authorName: 'Ada Lovelace', theme: 'dark' as const };
    expect(mustGet(await storage.saveSettings(settings))).toEqual(settings);
    expect(mustGet(await openDesktopApi(data.dir, { now }).getSettings())).toEqual(settings);
    expect(readJson(join(data.dir, 'settings.json'))).toEqual(settings);
  });

  it('refuses invalid settings and writes nothing', async () => {
    const storage = openDesktopApi(data.dir, { now });
    expect(await storage.saveSettings({ ...defaultSettings, theme: 'purple' } as never)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(existsSync(join(data.dir, 'settings.json'))).toBe(false);
  });

  it.each([
    ['not valid JSON', '{"theme": '],
    ['valid JSON that fails the schema', JSON.stringify({ schemaVersion: 1, theme: 'purple' })],
  ])('a settings file that is %s is set aside and the defaults are used', async (_kind, bytes) => {
    writeFileSync(join(data.dir, 'settings.json'), bytes);
    const storage = openDesktopApi(data.dir, { now });
    expect(mustGet(await storage.getSettings())).toEqual(defaultSettings);
    expect(readFileSync(join(data.dir, 'settings.corrupt-2026-11-22T06-40-00Z.json'), 'utf8')).toBe(bytes);
    expect(mustGet(await storage.getStartupNotices())).toEqual([
      { kind: 'recovered-corrupt-file', message: expect.stringContaining('"settings.corrupt-2026-11-22T06-40-00Z.json"') as unknown as string },
    ]);
  });
});

import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLAN_SCHEMA_VERSION, defaultSettings, type Plan } from '../../shared/model/schema';
import { MAX_STORED_PLAN_BYTES, createStorage } from '../../electron/storage';
import { FIXED_NOW, makePlan, makeTempDir, makeVersion0Plan } from './fixtures';

vi.mock('electron', () => ({ default: {}, app: undefined, ipcMain: undefined }));

let dataDir: string;
let cleanup: () => void;
const now = () => FIXED_NOW;

beforeEach(() => {
  ({ dir: dataDir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const plansDir = () => join(dataDir, 'plans');
const planPath = (id: string) => join(plansDir(), `plan-${id}.json`);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const mustGet = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
};

describe('plans round trip', () => {
  it('keeps a saved plan across a restart, lists it, and deletes it', () => {
    const plan = makePlan();
    const first = createStorage(dataDir, { now });
    expect(mustGet(first.savePlan(plan))).toMatchObject({ id: plan.id, name: plan.name, revision: 1 });
    expect(existsSync(planPath(plan.id))).toBe(true);

    const restarted = createStorage(dataDir, { now });
    expect(mustGet(restarted.getPlan(plan.id))).toEqual(plan);
    expect(mustGet(restarted.listPlans()).map((summary) => summary.id)).toEqual([plan.id]);
    expect(restarted.notices()).toEqual([]);

    expect(restarted.deletePlan(plan.id).ok).toBe(true);
    expect(existsSync(planPath(plan.id))).toBe(false);
    expect(mustGet(restarted.listPlans())).toEqual([]);
    expect(createStorage(dataDir, { now }).getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists the most recently changed plan first', () => {
    const storage = createStorage(dataDir, { now });
    const older = makePlan({ name: 'Older', updatedAt: '2026-01-01T00:00:00.000Z' });
    const newer = makePlan({ name: 'Newer', updatedAt: '2026-06-01T00:00:00.000Z' });
    storage.savePlan(older);
    storage.savePlan(newer);
    expect(mustGet(storage.listPlans()).map((summary) => summary.name)).toEqual(['Newer', 'Older']);
  });

  it('overwrites a plan saved again under the same id', () => {
    const storage = createStorage(dataDir, { now });
    const plan = makePlan();
    storage.savePlan(plan);
    storage.savePlan({ ...plan, name: 'Renamed', revision: 2 });
    expect(mustGet(createStorage(dataDir, { now }).getPlan(plan.id))).toMatchObject({ name: 'Renamed', revision: 2 });
    expect(readdirSync(plansDir()).sort()).toEqual([`plan-${plan.id}.json`, `plan-${plan.id}.prev.json`]);
  });

  it('refuses an invalid plan with field details and writes nothing', () => {
    const storage = createStorage(dataDir, { now });
    const bad = { ...makePlan(), name: '   ' };
    const result = storage.savePlan(bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.details?.some((detail) => detail.includes('A plan needs a name'))).toBe(true);
    expect(readdirSync(plansDir())).toEqual([]);
  });

  it('gives an id that is not safe as a file name a hashed file, and finds it again', () => {
    const plan = makePlan({ id: '../../Evil:ID*' });
    const storage = createStorage(dataDir, { now });
    expect(storage.savePlan(plan).ok).toBe(true);
    const files = readdirSync(plansDir());
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^plan-h-[0-9a-f]{64}\.json$/);
    expect(mustGet(createStorage(dataDir, { now }).getPlan(plan.id)).id).toBe('../../Evil:ID*');
  });
});

describe('size limit', () => {
  it('refuses a plan above 1 MB with a too_large error and leaves the stored one alone', () => {
    const storage = createStorage(dataDir, { now });
    const plan = makePlan();
    storage.savePlan(plan);
    const before = readFileSync(planPath(plan.id));
    const huge: Plan = {
      ...plan,
      checklist: {
        ...plan.checklist,
        items: plan.checklist.items.map((item) => ({ ...item, notes: 'x'.repeat(20_000), evidence: 'y'.repeat(20_000) })),
      },
    };
    expect(plan.checklist.items.length * 40_000).toBeGreaterThan(MAX_STORED_PLAN_BYTES);
    const result = storage.savePlan(huge);
    expect(result).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(!result.ok && result.error.message).toMatch(/too large to save .* the limit is 1\.0 MB/);
    expect(readFileSync(planPath(plan.id))).toEqual(before);
  });

  it('saves a large plan that stays under the limit', () => {
    const plan = makePlan();
    const large: Plan = {
      ...plan,
      checklist: { ...plan.checklist, items: plan.checklist.items.map((item) => ({ ...item, notes: 'x'.repeat(15_000) })) },
    };
    const storage = createStorage(dataDir, { now });
    expect(storage.savePlan(large).ok).toBe(true);
    const size = readFileSync(planPath(plan.id)).byteLength;
    expect(size).toBeGreaterThan(500_000);
    expect(size).toBeLessThanOrEqual(MAX_STORED_PLAN_BYTES);
  });
});

describe('migration', () => {
  it('loads a version-0 plan as the current version and writes it back upgraded', () => {
    const raw = makeVersion0Plan();
    const id = String(raw['id']);
    createStorage(dataDir, { now }); // creates the plans folder
    writeFileSync(planPath(id), JSON.stringify(raw));

    const storage = createStorage(dataDir, { now });
    const plan = mustGet(storage.getPlan(id));
    expect(plan).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      name: 'Preview-era plan',
      revision: 1,
      archived: false,
      scoreHistory: [],
      editingShareLimit: 15,
    });
    expect(readJson(planPath(id))).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, revision: 1, archived: false });
    expect(storage.notices()).toEqual([
      { kind: 'migrated', message: expect.stringContaining('"Preview-era plan"') as unknown as string },
    ]);
  });

  it('leaves a plan from a newer app version untouched and unlisted, and says so', () => {
    createStorage(dataDir, { now });
    const future = { ...makePlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 };
    const text = JSON.stringify(future);
    writeFileSync(planPath(future.id), text);
    const storage = createStorage(dataDir, { now });
    expect(mustGet(storage.listPlans())).toEqual([]);
    expect(storage.notices()).toEqual([expect.objectContaining({ kind: 'newer-version', message: expect.stringMatching(/newer version/) })]);
    expect(readFileSync(planPath(future.id), 'utf8')).toBe(text);
    expect(storage.savePlan(makePlan({ id: future.id }))).toMatchObject({ ok: false, error: { code: 'newer_version' } });
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

  it.each(damaged)('a plan file that is $kind is set aside, reported, and the others still load', ({ bytes, problem }) => {
    const good = makePlan({ name: 'Healthy plan' });
    createStorage(dataDir, { now }).savePlan(good);
    writeFileSync(planPath('damaged-1'), bytes);

    const storage = createStorage(dataDir, { now });

    const backup = join(plansDir(), 'plan-damaged-1.corrupt-2026-11-22T06-40-00Z.json');
    expect(readFileSync(backup, 'utf8')).toBe(bytes);
    expect(existsSync(planPath('damaged-1'))).toBe(false);
    expect(mustGet(storage.listPlans()).map((summary) => summary.name)).toEqual(['Healthy plan']);
    expect(mustGet(storage.getPlan(good.id)).name).toBe('Healthy plan');

    const notices = storage.notices();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('recovered-corrupt-file');
    expect(notices[0]?.message).toContain('"plan-damaged-1.json"');
    expect(notices[0]?.message).toContain('"plan-damaged-1.corrupt-2026-11-22T06-40-00Z.json"');
    expect(notices[0]?.message).toContain(problem);
    expect(notices[0]?.message).toContain('nothing was deleted');

    // A second start finds nothing new to repair and keeps the backup.
    expect(createStorage(dataDir, { now }).notices()).toEqual([]);
    expect(readFileSync(backup, 'utf8')).toBe(bytes);
  });

  it('names the plan when the damaged file still says what it is', () => {
    createStorage(dataDir, { now });
    writeFileSync(planPath('named'), JSON.stringify({ ...makePlan({ name: 'Broken plan' }), revision: 0 }));
    expect(createStorage(dataDir, { now }).notices()[0]?.message).toMatch(/^The saved plan "Broken plan" \(file "plan-named\.json"\)/);
  });

  it('never overwrites a backup from an earlier repair in the same second', () => {
    createStorage(dataDir, { now });
    writeFileSync(planPath('twice'), 'first damage');
    createStorage(dataDir, { now });
    writeFileSync(planPath('twice'), 'second damage');
    createStorage(dataDir, { now });
    expect(readFileSync(join(plansDir(), 'plan-twice.corrupt-2026-11-22T06-40-00Z.json'), 'utf8')).toBe('first damage');
    expect(readFileSync(join(plansDir(), 'plan-twice.corrupt-2026-11-22T06-40-00Z-2.json'), 'utf8')).toBe('second damage');
  });

  it('sets aside a plan file damaged while the app runs instead of overwriting it on save', () => {
    const storage = createStorage(dataDir, { now });
    const plan = makePlan();
    storage.savePlan(plan);
    writeFileSync(planPath(plan.id), 'garbage written by another program');
    expect(storage.savePlan({ ...plan, revision: 2 }).ok).toBe(true);
    expect(readFileSync(join(plansDir(), `plan-${plan.id}.corrupt-2026-11-22T06-40-00Z.json`), 'utf8')).toBe(
      'garbage written by another program',
    );
    expect(mustGet(storage.getPlan(plan.id)).revision).toBe(2);
    expect(storage.notices()).toHaveLength(1);
  });

  it('answers getPlan for a file damaged after start-up with an error, and keeps the bytes', () => {
    const storage = createStorage(dataDir, { now });
    const plan = makePlan();
    storage.savePlan(plan);
    writeFileSync(planPath(plan.id), '{');
    expect(storage.getPlan(plan.id)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(readFileSync(join(plansDir(), `plan-${plan.id}.corrupt-2026-11-22T06-40-00Z.json`), 'utf8')).toBe('{');
    expect(mustGet(storage.listPlans())).toEqual([]);
  });
});

describe('settings', () => {
  it('starts from the defaults and keeps saved settings across a restart', () => {
    const storage = createStorage(dataDir, { now });
    expect(mustGet(storage.getSettings())).toEqual(defaultSettings);
    const settings = { ...defaultSettings, authorName: 'Ada Lovelace', theme: 'dark' as const };
    expect(mustGet(storage.saveSettings(settings))).toEqual(settings);
    expect(mustGet(createStorage(dataDir, { now }).getSettings())).toEqual(settings);
    expect(readJson(join(dataDir, 'settings.json'))).toEqual(settings);
  });

  it('refuses invalid settings and writes nothing', () => {
    const storage = createStorage(dataDir, { now });
    expect(storage.saveSettings({ ...defaultSettings, theme: 'purple' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(existsSync(join(dataDir, 'settings.json'))).toBe(false);
  });

  it.each([
    ['not valid JSON', '{"theme": '],
    ['valid JSON that fails the schema', JSON.stringify({ schemaVersion: 1, theme: 'purple' })],
  ])('a settings file that is %s is set aside and the defaults are used', (_kind, bytes) => {
    writeFileSync(join(dataDir, 'settings.json'), bytes);
    const storage = createStorage(dataDir, { now });
    expect(mustGet(storage.getSettings())).toEqual(defaultSettings);
    expect(readFileSync(join(dataDir, 'settings.corrupt-2026-11-22T06-40-00Z.json'), 'utf8')).toBe(bytes);
    expect(storage.notices()).toEqual([
      { kind: 'recovered-corrupt-file', message: expect.stringContaining('"settings.corrupt-2026-11-22T06-40-00Z.json"') as unknown as string },
    ]);
  });
});

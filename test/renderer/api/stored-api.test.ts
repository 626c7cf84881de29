import { describe, expect, it } from 'vitest';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import { PLAN_SCHEMA_VERSION } from '../../../shared/model/schema';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { makePlan, TEST_NOW } from '../plan-fixtures';
import { importText } from '../../shared/api/import-text';

const now = () => TEST_NOW;

describe('browser twin API (over memory storage)', () => {
  it('sets a damaged record aside, reports it once, and still lists the good plans', async () => {
    const good = makePlan({ name: 'Good plan' });
    const api = createMemoryApi({ plans: [good], rawPlans: { broken: { schemaVersion: 1, id: 'broken', name: 42 } }, now });

    const list = await api.listPlans();
    const notices = await api.getStartupNotices();

    expect(list.ok && list.value.map((p) => p.name)).toEqual(['Good plan']);
    expect(notices.ok && notices.value).toHaveLength(1);
    expect(notices.ok && notices.value[0]?.kind).toBe('recovered-corrupt-file');
    expect(api.quarantined).toHaveLength(1);
    expect(api.quarantined[0]).toMatchObject({ kind: 'plan', key: 'broken', value: { name: 42 } });
    expect(api.storedPlans.has('broken')).toBe(false);
  });

  it('updates a plan from an older schema and says so', async () => {
    const { schemaVersion: _v, revision: _r, archived: _a, scoreHistory: _s, ...old } = makePlan({ name: 'Old plan' });
    const api = createMemoryApi({ rawPlans: { [old.id]: old }, now });

    const opened = await api.getPlan(old.id);
    const notices = await api.getStartupNotices();

    expect(opened.ok && opened.value.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(notices.ok && notices.value.map((n) => n.kind)).toEqual(['migrated']);
  });

  it('refuses to save an invalid plan and says which field is wrong', async () => {
    const api = createMemoryApi({ now });
    const plan = makePlan();
    const bad = { ...plan, checklist: { ...plan.checklist, items: plan.checklist.items.map((i, n) => (n === 0 ? { ...i, status: 'not_applicable' as const } : i)) } };

    const result = await api.savePlan(bad);

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.details?.join(' ')).toMatch(/without a written reason/);
    }
    expect(api.storedPlans.size).toBe(0);
  });

  it.each([
    ['ask', 'conflict', 1],
    ['copy', 'imported', 2],
    ['replace', 'imported', 1],
  ] as const)('on an id clash, "%s" gives %s and leaves %i plan(s)', async (choice, status, count) => {
    const plan = makePlan({ name: 'Mine' });
    const api = createMemoryApi({ plans: [plan], now });

    const result = await importText(api, serialisePlanFile({ ...plan, name: 'Theirs' }, TEST_NOW), choice);

    expect(result.ok && result.value.status).toBe(status);
    expect(api.storedPlans.size).toBe(count);
  });

  it('reports a failed write as an io error instead of throwing', async () => {
    const api = createMemoryApi({ now });
    api.setWriteFailure('quota exceeded');
    const result = await api.savePlan(makePlan());
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('exports the plan as a named file that imports back', async () => {
    const plan = makePlan({ name: 'Claims triage' });
    const api = createMemoryApi({ plans: [plan], now });

    const exported = await api.exportPlan(plan.id);
    await api.deletePlan(plan.id);
    const reimported = await importText(api, api.savedFiles[0]!.text, 'ask');

    expect(exported.ok && exported.value.fileName).toBe('Claims-triage.rollout.json');
    expect(reimported.ok && reimported.value.status).toBe('imported');
    expect(api.storedPlans.has(plan.id)).toBe(true);
  });
});

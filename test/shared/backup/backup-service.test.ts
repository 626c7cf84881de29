import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { readBackupFile, serialiseBackup } from '../../../shared/backup/backup-file';
import { buildBackup, describeRestore, restoreBackup } from '../../../shared/backup/backup-service';
import { createPlan } from '../../../shared/model/plan-factory';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import type { Plan } from '../../../shared/model/schema';
import { makeDecision } from '../decision-fixture';
import { FIXED_NOW } from '../plan-fixture';
import { importRecord } from '../decisions/fixtures';
import { must } from '../must';
import { storedRows } from '../rows-fixture';

function plan(name: string): Plan {
  return createPlan({ name, templateId: 'team-workflow-pilot', now: FIXED_NOW });
}

async function names(api: ReturnType<typeof createMemoryApi>): Promise<string[]> {
  const list = await api.listPlans();
  if (!list.ok) throw new Error(list.error.message);
  return list.value.map((summary) => summary.name).sort();
}

describe('back up all plans, then restore', () => {
  it('brings every plan, archived ones and decision logs included, to an empty computer', async () => {
    const a = plan('Claims triage');
    const b = { ...plan('Old pilot'), archived: true };
    const source = createMemoryApi({ plans: [a, b], now: () => FIXED_NOW });
    expect((await source.appendDecision(makeDecision(a.id))).ok).toBe(true);

    const backup = await buildBackup(source, FIXED_NOW);
    if (!backup.ok) throw new Error(backup.error.message);
    expect(backup.value.planCount).toBe(2);

    const target = createMemoryApi({ now: () => FIXED_NOW });
    const restored = await restoreBackup(target, backup.value.text);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.restored.sort()).toEqual(['Claims triage', 'Old pilot']);
    expect(await names(target)).toEqual(['Claims triage', 'Old pilot']);
    const decisions = await target.listDecisions(a.id);
    expect(decisions.ok && decisions.value.length).toBe(1);
    expect(describeRestore(restored.value)).toBe('Restored 2 plans.');
  });

  it('replaces nothing: an unchanged plan is left alone, a changed one comes back as a copy beside it', async () => {
    const a = plan('Claims triage');
    const b = plan('Chat assistant');
    const backup = await buildBackup(createMemoryApi({ plans: [a, b] }), FIXED_NOW);
    if (!backup.ok) throw new Error(backup.error.message);

    const edited: Plan = { ...b, system: { ...b.system, purpose: 'Edited after the backup' }, revision: b.revision + 1, updatedAt: '2026-11-23T09:00:00.000Z' };
    const target = createMemoryApi({ plans: [a, edited], now: () => FIXED_NOW });
    const restored = await restoreBackup(target, backup.value.text);
    if (!restored.ok) throw new Error(restored.error.message);

    expect(restored.value).toMatchObject({ restored: [], copies: ['Chat assistant'], unchanged: ['Claims triage'] });
    const kept = await target.getPlan(b.id);
    expect(kept.ok && kept.value.system.purpose).toBe('Edited after the backup');
    expect(await names(target)).toHaveLength(3);
  });

  it('restores nothing when one plan in the backup is damaged', async () => {
    const good = serialisePlanFile(plan('Good'), FIXED_NOW);
    const damaged = serialisePlanFile({ ...plan('Damaged'), riskTier: 'extreme' as never }, FIXED_NOW);
    const target = createMemoryApi();
    const restored = await restoreBackup(target, serialiseBackup([good, damaged], FIXED_NOW));
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.error.message).toContain('Plan 2 of 2 in the backup (“Damaged”) cannot be read, so nothing was restored');
    expect(!restored.ok && restored.error.message).toMatch(/The backup file was not changed\. Restore from an earlier backup, or import the plans you need from their own exported plan files\.$/);
    expect(await names(target)).toEqual([]);
  });

  it.each([
    ['not JSON', '{', 'not readable JSON'],
    ['a backup cut short', '{"format":"rollout-readiness-backup","formatVersion":1,"createdAt":"2026-12-07T05:00:00.000Z","plans":[\n{"format":"rollout-', 'This backup is incomplete or damaged'],
    ['a single plan file', serialisePlanFile(plan('One'), FIXED_NOW), 'Use Import Plan'],
    ['some other JSON', '{"a":1}', 'not a Rollout Readiness backup'],
    ['from a newer version', '{"format":"rollout-readiness-backup","formatVersion":9,"createdAt":"x","plans":[]}', 'newer version'],
  ])('refuses a file that is %s with a message', (_label, text, message) => {
    const read = readBackupFile(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.message).toContain(message);
  });

  it('refuses to build a backup above the size limit instead of leaving plans out', async () => {
    const api = createMemoryApi({ plans: [plan('A'), plan('B')] });
    const backup = await buildBackup(api, FIXED_NOW, 1000);
    expect(backup.ok).toBe(false);
  });
});

describe('restoring over plans here that lost part of their record', () => {
  const claims = plan('Claims triage');
  const withRows = { ...claims, imports: [importRecord({ id: 'imp-usage', fileName: 'usage.csv' })] };

  /** A computer with the plan, one decision and its rows, its backup, and the same computer after `lose`. */
  async function backedUpThen(lose: (api: ReturnType<typeof createMemoryApi>) => Promise<void> | void) {
    const api = createMemoryApi({ now: () => FIXED_NOW });
    must(await api.savePlan(withRows));
    must(await api.saveImportData(withRows.id, 'imp-usage', 'rows', storedRows('usage', 20)));
    must(await api.appendDecision(makeDecision(withRows.id, { rationale: 'Proceed to the wider pilot.' })));
    const backup = must(await buildBackup(api, FIXED_NOW));
    await lose(api);
    return { api, restored: must(await restoreBackup(api, backup.text)) };
  }

  it.each<[string, (api: ReturnType<typeof createMemoryApi>) => Promise<void> | void, RegExp]>([
    ['its decision log lost', (api) => void api.storedDecisions.delete(withRows.id), /decision log here does not hold the backup’s decisions/],
    ['its rows lost', (api) => void api.storedImportData.clear(), /rows of “usage.csv” .* are missing or damaged here/],
    [
      'its content changed outside the app (same revision, same date)',
      (api) => {
        const stored = api.storedPlans.get(withRows.id) as Plan;
        api.storedPlans.set(withRows.id, { ...stored, name: 'Claims triage (edited by hand)' });
      },
      /changed outside the app/,
    ],
  ])('brings the backup’s version back as a copy when the plan here had %s, saying why', async (_label, lose, why) => {
    const { api, restored } = await backedUpThen(lose);
    expect(restored.unchanged).toEqual([]);
    expect(restored.copies).toEqual(['Claims triage']);
    expect(restored.warnings.join(' ')).toMatch(why);
    const copy = must(await api.listPlans()).find((summary) => summary.id !== withRows.id);
    expect(copy).toBeDefined();
    expect(must(await api.listDecisions(copy!.id)).map((entry) => entry.rationale)).toEqual(['Proceed to the wider pilot.']);
    expect(must(await api.loadImportData(copy!.id, 'imp-usage', 'rows'))).toEqual(storedRows('usage', 20));
  });

  it('leaves a plan here that holds all of it alone', async () => {
    const { restored } = await backedUpThen(() => undefined);
    expect(restored).toMatchObject({ unchanged: ['Claims triage'], copies: [], restored: [], warnings: [] });
  });
});

describe('a plan whose decision log was changed outside the app', () => {
  /** Two plans, the first with two decisions, the first of which is then edited in the stored log. */
  async function withEditedLog() {
    const a = plan('Claims triage');
    const b = plan('Chat assistant');
    const api = createMemoryApi({ now: () => FIXED_NOW });
    for (const p of [a, b]) must(await api.savePlan(p));
    for (const rationale of ['First', 'Second']) must(await api.appendDecision(makeDecision(a.id, { rationale })));
    (api.storedDecisions.get(a.id)![0] as { rationale: string }).rationale = 'First, edited by hand';
    return { api, a, b };
  }

  it('is left out of a backup, named with what was found, so the backup can still be restored', async () => {
    const { api } = await withEditedLog();
    const backup = must(await buildBackup(api, FIXED_NOW));
    expect(backup.planCount).toBe(1);
    expect(backup.warnings.join(' ')).toMatch(/^“Claims triage” is not in the backup: its decision log was changed outside the app \(Entry 1 was edited after it was recorded\.\)/);

    const target = createMemoryApi({ now: () => FIXED_NOW });
    expect(must(await restoreBackup(target, backup.text))).toMatchObject({ restored: ['Chat assistant'] });
  });

  it('is not exported: the message names what was found, and the log stays as found', async () => {
    const { api, a } = await withEditedLog();
    const exported = await api.exportPlan(a.id);
    expect(exported).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!exported.ok && exported.error.message).toMatch(/^The decision log of “Claims triage” was changed outside the app \(Entry 1 was edited after it was recorded\.\), so the plan was not exported/);
    expect(api.savedFiles).toEqual([]);
    expect((api.storedDecisions.get(a.id)![0] as { rationale: string }).rationale).toBe('First, edited by hand');
  });
});

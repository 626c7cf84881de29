import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { readBackupFile, serialiseBackup } from '../../../shared/backup/backup-file';
import { buildBackup, describeRestore, restoreBackup } from '../../../shared/backup/backup-service';
import { createPlan } from '../../../shared/model/plan-factory';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import type { Plan } from '../../../shared/model/schema';
import { makeDecision } from '../decision-fixture';
import { FIXED_NOW } from '../plan-fixture';

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
    expect(!restored.ok && restored.error.message).toContain('Plan 2 of 2');
    expect(await names(target)).toEqual([]);
  });

  it.each([
    ['not JSON', '{', 'not readable JSON'],
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

import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { createPlan } from '../../../shared/model/plan-factory';
import { serialisePlanFile } from '../../../shared/model/plan-file';
import { importText } from '../api/import-text';
import { FIXED_NOW } from '../plan-fixture';

const plan = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });

/** The plan's file as an earlier version wrote it: no record of the plan's SHA-256 nor of the log's end. */
function olderFile(formatVersion: number | null): string {
  const file = JSON.parse(serialisePlanFile(plan, FIXED_NOW)) as Record<string, unknown>;
  delete file['planSha256'];
  delete file['decisionLog'];
  if (formatVersion === null) delete file['formatVersion'];
  else file['formatVersion'] = formatVersion;
  return JSON.stringify(file);
}

describe('a plan file from before the plan’s SHA-256 was recorded', () => {
  it.each<[string, number | null, string]>([
    ['format 3', 3, 'file format 3'],
    ['format 2', 2, 'file format 2'],
    ['format 1 (no version field)', null, 'file format 1'],
  ])('is imported (%s), saying the app cannot tell whether it was changed', async (_label, version, named) => {
    const api = createMemoryApi({ now: () => FIXED_NOW });
    const imported = await importText(api, olderFile(version), 'ask');
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    const warnings = imported.ok && imported.value.status === 'imported' ? (imported.value.warnings ?? []) : [];
    expect(warnings.join(' ')).toContain(named);
    expect(warnings.join(' ')).toMatch(/cannot tell whether it was changed after it was made/);
  });

  it('a file of the current format says nothing of the kind', async () => {
    const api = createMemoryApi({ now: () => FIXED_NOW });
    const imported = await importText(api, serialisePlanFile(plan, FIXED_NOW), 'ask');
    expect(imported).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(imported.ok && imported.value.status === 'imported' && imported.value.warnings).toBeFalsy();
  });
});

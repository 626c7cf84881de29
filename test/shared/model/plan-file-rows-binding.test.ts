import { describe, expect, it } from 'vitest';
import { createMemoryApi } from '../../../renderer/api/memory-api';
import { storedChecksum } from '../../../shared/metrics/columnar-checksum';
import { createPlan } from '../../../shared/model/plan-factory';
import { readPlanFile, serialisePlanFile } from '../../../shared/model/plan-file';
import type { ImportRecord } from '../../../shared/model/import-record';
import { importRecord } from '../decisions/fixtures';
import { must } from '../must';
import { FIXED_NOW } from '../plan-fixture';
import { storedRows } from '../rows-fixture';

const base = createPlan({ name: 'Claims assistant', templateId: 'team-workflow-pilot', now: FIXED_NOW });
const rowsA = storedRows('usage', 20, 1);
const rowsB = storedRows('usage', 20, 2);
/** Two usage imports of 20 rows each: the same kind and count, other rows. */
const records = (bound: boolean): ImportRecord[] => [
  importRecord({ id: 'imp-a', fileName: 'team-a.csv', ...(bound ? { rowsChecksum: storedChecksum(rowsA)! } : {}) }),
  importRecord({ id: 'imp-b', fileName: 'team-b.csv', ...(bound ? { rowsChecksum: storedChecksum(rowsB)! } : {}) }),
];

/** The plan's file with the two imports' rows (and their SHA-256) exchanged, as a hand edit would. */
function swappedFile(bound: boolean): string {
  const plan = { ...base, imports: records(bound) };
  const file = JSON.parse(serialisePlanFile(plan, FIXED_NOW, { importData: { 'imp-a': { rows: rowsA, rejected: null }, 'imp-b': { rows: rowsB, rejected: null } }, decisions: [] })) as {
    importData: Record<string, unknown>;
  };
  [file.importData['imp-a'], file.importData['imp-b']] = [file.importData['imp-b'], file.importData['imp-a']];
  return JSON.stringify(file);
}

describe('an import’s rows are tied to its record', () => {
  it('a plan file whose two imports’ rows were swapped (same kind, same count) is refused, naming the import', () => {
    const read = readPlanFile(swappedFile(true));
    expect(read).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!read.ok && read.error.message).toMatch(/^The rows of “team-a\.csv” \(imported 2026-10-05\) in this plan file are damaged: they are not the rows recorded for this import/);
    expect(!read.ok && read.error.message).toMatch(/Nothing was imported\.$/);
  });

  it('imports recorded before the tie (no checksum) still read, as before', () => {
    expect(readPlanFile(swappedFile(false)).ok).toBe(true);
  });

  it('an export leaves out rows stored under another import’s name, saying so', async () => {
    const plan = { ...base, imports: records(true) };
    const api = createMemoryApi({ now: () => FIXED_NOW });
    must(await api.savePlan(plan));
    // The two rows files swapped on the disk (or in the browser's storage).
    must(await api.saveImportData(plan.id, 'imp-a', 'rows', rowsB));
    must(await api.saveImportData(plan.id, 'imp-b', 'rows', rowsA));

    const exported = must(await api.exportPlan(plan.id));

    expect(exported.warnings?.join(' ')).toMatch(/The stored rows of “team-a\.csv” .* are damaged \(they are not the rows recorded for this import/);
    const file = JSON.parse(api.savedFiles.at(-1)!.text) as { importData: Record<string, unknown> };
    expect(Object.keys(file.importData)).toEqual([]);
  });
});

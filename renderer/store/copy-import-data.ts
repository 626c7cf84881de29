import { importDataParts, type RolloutApi } from '../../shared/api';
import type { ImportRecord } from '../../shared/model/import-record';
import { importLabel } from '../../shared/model/plan-file';

export interface ImportDataCopy {
  /** Imports whose rows now exist under the new plan. */
  readonly copied: number;
  /** One sentence per part that could not be copied, naming the import. */
  readonly failures: readonly string[];
}

/**
 * Copies the stored parts of each import from one plan to another (a duplicated plan keeps
 * its imports' ids, so the same keys under the new plan id). One part at a time, so only one
 * import's rows are in memory at once. A part the original never had is not a failure: the
 * copy then shows it as missing exactly like the original does.
 */
export async function copyImportData(
  api: Pick<RolloutApi, 'loadImportData' | 'saveImportData'>,
  fromPlanId: string,
  toPlanId: string,
  records: readonly ImportRecord[],
): Promise<ImportDataCopy> {
  let copied = 0;
  const failures: string[] = [];
  for (const record of records) {
    let rowsCopied = false;
    for (const part of importDataParts) {
      const what = part === 'rows' ? 'rows' : 'rejected rows';
      const loaded = await api.loadImportData(fromPlanId, record.id, part);
      if (!loaded.ok) {
        failures.push(`The ${what} of ${importLabel(record)} could not be read: ${loaded.error.message}`);
        continue;
      }
      if (loaded.value === null) continue;
      const saved = await api.saveImportData(toPlanId, record.id, part, loaded.value);
      if (!saved.ok) failures.push(`The ${what} of ${importLabel(record)} could not be copied: ${saved.error.message}`);
      else if (part === 'rows') rowsCopied = true;
    }
    if (rowsCopied) copied += 1;
  }
  return { copied, failures };
}

import type { RolloutApi } from '../api';
import { fail, ok, type Result } from '../result';
import { damagedRowsMessage } from '../metrics/columnar-checksum';
import { isSafeStorageId } from '../storage-ids';
import { checkArguments, guard } from './guard';
import { DamagedRows, WriteFailure, type RecordStore } from './record-store';

export type ImportDataMethods = Pick<RolloutApi, 'saveImportData' | 'loadImportData' | 'deleteImportData'>;

/** A copy holding exactly the view's bytes: storing a view stores its whole underlying buffer. */
function exactBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** Import rows kept beside the plan (never inside it): only for a plan that exists, under a safe id. */
export function createImportDataMethods(store: RecordStore): ImportDataMethods {
  async function check(planId: string, importId: string): Promise<Result<void>> {
    if (!(await store.hasPlan(planId))) {
      return fail('not_found', 'This plan does not exist (it may have been deleted), so its imported data cannot be used.');
    }
    if (!isSafeStorageId(importId)) {
      return fail('invalid', 'The import id is not valid: only letters, digits, "-" and "_" are allowed.');
    }
    return ok(undefined);
  }

  return {
    saveImportData: (planId, importId, part, bytes) =>
      guard('save the imported rows', async () => {
        const args = checkArguments('saveImportData', [planId, importId, part, bytes]);
        if (!args.ok) return args;
        const checked = await check(planId, importId);
        if (!checked.ok) return checked;
        try {
          await store.writeImportData(planId, importId, part, exactBytes(bytes));
        } catch (error) {
          if (error instanceof WriteFailure) return fail('io', `The imported rows were not saved because ${error.reason}.`);
          throw error;
        }
        return ok(undefined);
      }),

    loadImportData: (planId, importId, part) =>
      guard('read the imported rows', async () => {
        const args = checkArguments('loadImportData', [planId, importId, part]);
        if (!args.ok) return args;
        const checked = await check(planId, importId);
        if (!checked.ok) return checked;
        try {
          return ok((await store.readImportData(planId, importId, part)) ?? null);
        } catch (error) {
          // Damaged, not unreadable: said as such (a plan file then leaves the rows out, naming why).
          if (error instanceof DamagedRows) return fail('invalid', damagedRowsMessage(error.reason));
          throw error;
        }
      }),

    deleteImportData: (planId, importId) =>
      guard('delete the imported rows', async () => {
        const args = checkArguments('deleteImportData', [planId, importId]);
        if (!args.ok) return args;
        const checked = await check(planId, importId);
        if (!checked.ok) return checked;
        await store.deleteImportData(planId, importId);
        return ok(undefined);
      }),
  };
}

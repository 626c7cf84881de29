/**
 * The plans this store has sealed: a small record kept beside the plans (a file in the data folder, a key in the
 * browser's store). A plan among them found with no seal at all had its seal removed, so it was changed outside the
 * app: without this record it would read as a plan saved before seals existed. Plans saved before seals are not in
 * it and keep loading as before. The record only ever grows (a deleted plan's id stays: Undo brings the plan back).
 *
 * When the record cannot be read or written, the plans still load and save: a plan whose id it lost is checked as
 * before (a seal removed would go unnoticed), never marked as changed when it was not.
 */
import { WriteFailure, type RecordStore } from './record-store';

/** The record's form: the ids, and a version so a later app can change it knowingly. */
export const SEALED_IDS_VERSION = 1;

export interface SealedIds {
  has(id: string): Promise<boolean>;
  /** After the plan `id` was written with its seal. */
  add(id: string): Promise<void>;
}

/** The ids a stored record holds; none when it is absent or does not read as the record. */
export function parseSealedIds(value: unknown): Set<string> {
  if (typeof value !== 'object' || value === null || !('ids' in value) || !Array.isArray(value.ids)) return new Set();
  return new Set(value.ids.filter((id): id is string => typeof id === 'string'));
}

export function createSealedIds(store: Pick<RecordStore, 'readSealedIds' | 'writeSealedIds'>): SealedIds {
  let known: Set<string> | null = null;
  async function read(): Promise<Set<string>> {
    try {
      return parseSealedIds(await store.readSealedIds?.());
    } catch {
      return new Set();
    }
  }
  return {
    async has(id) {
      known ??= await read();
      return known.has(id);
    },
    async add(id) {
      if (store.writeSealedIds === undefined) return;
      known ??= await read();
      if (known.has(id)) return;
      // Read again before writing: another window or tab may have added ids since.
      const merged = await read();
      for (const k of known) merged.add(k);
      merged.add(id);
      known = merged;
      try {
        await store.writeSealedIds({ version: SEALED_IDS_VERSION, ids: [...merged].sort() });
      } catch (error) {
        // The plan is saved; without its id here, a seal removed later goes unnoticed, as before this record.
        if (!(error instanceof WriteFailure)) throw error;
      }
    },
  };
}

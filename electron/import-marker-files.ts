import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WriteFailure, type RecordStore } from '../shared/service/record-store';
import { describeWriteError, nodeDurableFs, syncFolder, writeFileDurably, type DurableFs } from './durable-write';
import { fileKeyForId, readRawJson } from './store-files';

type MarkerFiles = Required<Pick<RecordStore, 'readImportMarkers' | 'writeImportMarker' | 'removeImportMarker'>>;

const MARKER_NAME = /^([a-z0-9_-]+)\.json$/;

/**
 * The markers of plan-file imports under way (shared/service/cut-imports.ts): `<dir>/<plan key>.json`,
 * written durably before the import's first write and removed after its last. The service decides what a
 * marker found at start-up means; a file that is not JSON is handed over as such (it names no plan).
 */
export function createImportMarkerFiles(dir: string, fs: DurableFs = nodeDurableFs): MarkerFiles {
  const pathOf = (planId: string) => join(dir, `${fileKeyForId(planId)}.json`);
  return {
    async readImportMarkers() {
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch {
        return [];
      }
      const found: Array<{ planId: string; value: unknown }> = [];
      for (const name of names) {
        const key = MARKER_NAME.exec(name)?.[1];
        if (key === undefined) continue;
        const raw = readRawJson(join(dir, name));
        if (raw.kind === 'missing') continue;
        const value = raw.kind === 'json' ? raw.value : null;
        const named = typeof value === 'object' && value !== null && 'planId' in value && typeof value.planId === 'string' ? value.planId : null;
        // A marker named for another id (copied by hand) is removed under its own name.
        found.push({ planId: named !== null && fileKeyForId(named) === key ? named : key, value });
      }
      return found;
    },
    async writeImportMarker(planId, marker) {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw new WriteFailure(describeWriteError(error));
      }
      const outcome = writeFileDurably(pathOf(planId), `${JSON.stringify(marker)}\n`, fs);
      if (!outcome.ok) throw new WriteFailure(outcome.reason);
    },
    async removeImportMarker(planId) {
      try {
        rmSync(pathOf(planId), { force: true });
        // The removal is what says the import finished: it must survive a power cut too.
        syncFolder(fs, dir);
      } catch (error) {
        throw new WriteFailure(describeWriteError(error));
      }
    },
  };
}

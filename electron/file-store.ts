import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Settings } from '../shared/model/schema';
import { serialisePlan } from '../shared/service/limits';
import { InaccessibleRecord, UnreadableRecord, WriteFailure, type RecordStore, type StoredPlanRecord } from '../shared/service/record-store';
import { describeWriteError, keepPrevious, nodeDurableFs, removeLeftoverTempFiles, writeFileDurably, type DurableFs, type WriteOutcome } from './durable-write';
import { createFileDecisions } from './file-decisions';
import { createImportDataFiles } from './import-data-files';
import { createImportMarkerFiles } from './import-marker-files';
import {
  electronStoreWriter,
  previousSettingsPathIn,
  saveSettingsFile,
  settingsPathIn,
  statfsFreeSpace,
  type FreeSpace,
  type JsonStoreWriter,
} from './settings-file';
import { PLAN_FILE_PATTERN, describeReadError, fileKeyForId, isErrnoException, moveAside, planFileName, previousPathFor, readRawJson } from './store-files';

export interface FileStoreOptions {
  /** Injectable clock, so the names of set-aside files are predictable in tests. */
  readonly now?: () => Date;
  /** The file-system calls of plan saves; tests stand in a disk that writes short or fills up. */
  readonly fs?: DurableFs;
  /** How settings reach the disk (electron-store) and how much room there is; injectable for the same reason. */
  readonly settingsWriter?: JsonStoreWriter;
  readonly freeSpace?: FreeSpace;
}

function written(outcome: WriteOutcome): void {
  if (!outcome.ok) throw new WriteFailure(outcome.reason);
}

/** A JSON file's contents as the service sees them: the value, an unreadable record, or nothing. */
function recordOf(path: string): unknown {
  const raw = readRawJson(path);
  if (raw.kind === 'missing') return undefined;
  return raw.kind === 'json' ? raw.value : new UnreadableRecord('not valid JSON');
}

/** The sub-folders of `dir` (none when it does not exist yet). */
function foldersIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
}

function idOf(value: unknown): string | null {
  return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' ? value.id : null;
}

/**
 * The file-system adapter: the data folder holds `settings.json` (through electron-store),
 * `plans/plan-<key>.json` with `plan-<key>.prev.json` (the version each save replaced),
 * `decisions/`, `imports/` and `importing/` (a marker per plan-file import under way). Every write is durable (temp file, every byte, fsync, rename,
 * fsync the folder); temp files a crash left are removed at start; a damaged file is renamed
 * aside, byte for byte. No rule lives here: the service (shared/service) decides.
 */
export function createFileStore(dataDir: string, options: FileStoreOptions = {}): RecordStore {
  const now = options.now ?? (() => new Date());
  const fs = options.fs ?? nodeDurableFs;
  const plansDir = join(dataDir, 'plans');
  const settingsPath = settingsPathIn(dataDir);
  const sealedIdsPath = join(dataDir, 'sealed-plans.json');
  // A file copied by hand can hold a plan whose id is not its name: the name it was found under.
  const keys = new Map<string, string>();

  mkdirSync(plansDir, { recursive: true });
  // A crash mid-save leaves a temp file; the file it was meant to replace is intact. Beside the
  // rows of an import it can be tens of MB, so those folders are cleaned too.
  removeLeftoverTempFiles(plansDir);
  removeLeftoverTempFiles(dataDir);
  removeLeftoverTempFiles(join(dataDir, 'decisions'));
  removeLeftoverTempFiles(join(dataDir, 'importing'));
  for (const folder of foldersIn(join(dataDir, 'imports'))) removeLeftoverTempFiles(folder);

  const pathOf = (key: string) => join(plansDir, planFileName(key));
  const keyOf = (id: string) => keys.get(id) ?? fileKeyForId(id);

  function moved(path: string): string {
    const backup = moveAside(path, now());
    return `"${basename(backup)}" in ${dirname(path)}`;
  }

  return {
    // Node's native SHA-256 for the plans' seals: a tenth of the portable one's time per plan.
    hashText: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    async readPlans() {
      const records: StoredPlanRecord[] = [];
      const names = readdirSync(plansDir).filter((name) => PLAN_FILE_PATTERN.test(name)).sort();
      const present = new Set(names.map((name) => name.slice('plan-'.length, -'.json'.length)));
      for (const name of names) {
        const key = name.slice('plan-'.length, -'.json'.length);
        let value: unknown;
        try {
          value = recordOf(join(plansDir, name));
        } catch (error) {
          // Unreadable (permissions, a locked file, a disk error): one bad file never stops the app, and the service says so.
          records.push({ key, value: new InaccessibleRecord(name, describeReadError(error)) });
          continue;
        }
        if (value === undefined) continue;
        const id = idOf(value);
        // Two files with one id: the one named for the id is the plan.
        if (id !== null && fileKeyForId(id) !== key && present.has(fileKeyForId(id))) continue;
        if (id !== null) keys.set(id, key);
        records.push({ key, value });
      }
      return records;
    },
    async readPlan(id) {
      const key = keyOf(id);
      const value = recordOf(pathOf(key));
      return value === undefined ? undefined : { key, value };
    },
    async hasPlan(id) {
      return existsSync(pathOf(keyOf(id)));
    },
    async writePlan(plan) {
      const path = pathOf(keyOf(plan.id));
      const current = readRawJson(path);
      // The service set a damaged file aside before this write, so what is here now is a good version.
      if (current.kind === 'json') written(keepPrevious(previousPathFor(path), current.text, fs));
      written(writeFileDurably(path, serialisePlan(plan), fs));
      keys.set(plan.id, keyOf(plan.id));
    },
    async deletePlan(id) {
      const path = pathOf(keyOf(id));
      // The previous version first: a crash or a failure between the two leaves the plan whole (only
      // its previous version gone), never a deleted plan whose previous version is offered back.
      rmSync(previousPathFor(path), { force: true });
      try {
        rmSync(path);
      } catch (error) {
        if (!(isErrnoException(error) && error.code === 'ENOENT')) throw error;
      }
    },
    async readPreviousPlan(key) {
      const raw = readRawJson(previousPathFor(pathOf(key)));
      return raw.kind === 'json' ? { value: raw.value } : undefined;
    },
    async readOrphanedPrevious() {
      const records: StoredPlanRecord[] = [];
      for (const name of readdirSync(plansDir).sort()) {
        const key = /^plan-([a-z0-9_-]+)\.prev\.json$/.exec(name)?.[1];
        if (key === undefined || existsSync(pathOf(key))) continue;
        const raw = readRawJson(join(plansDir, name));
        if (raw.kind === 'json') records.push({ key, value: raw.value });
      }
      return records;
    },
    readSettings: async () => recordOf(settingsPath),
    async writeSettings(settings: Settings) {
      written(saveSettingsFile(dataDir, settings, options.settingsWriter ?? electronStoreWriter, options.freeSpace ?? statfsFreeSpace));
    },
    readPreviousSettings: async () => recordOf(previousSettingsPathIn(dataDir)),
    // Which plans this store sealed (shared/service/sealed-ids.ts), beside settings.json.
    readSealedIds: async () => recordOf(sealedIdsPath),
    async writeSealedIds(record) {
      written(writeFileDurably(sealedIdsPath, `${JSON.stringify(record, null, '\t')}\n`, fs));
    },
    async setAside(kind, key) {
      try {
        return moved(kind === 'plan' ? pathOf(key) : settingsPath);
      } catch (error) {
        // A folder that cannot be written, a file another program holds: the service leaves the record in place and says so.
        throw new WriteFailure(describeWriteError(error));
      }
    },
    ...createImportMarkerFiles(join(dataDir, 'importing'), fs),
    ...createImportDataFiles(dataDir),
    ...createFileDecisions(dataDir, fs),
  };
}

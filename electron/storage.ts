import { compareNames } from '../shared/format/locale';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { StartupNotice } from '../shared/api';
import { describeIssues, migratePlan } from '../shared/model/migrate';
import { planIntegrityProblems } from '../shared/model/plan-integrity';
import {
  defaultSettings,
  planSchema,
  settingsSchema,
  toSummary,
  type Plan,
  type PlanSummary,
  type Settings,
} from '../shared/model/schema';
import { fail, ok, type Result } from '../shared/result';
import { keepPrevious, nodeDurableFs, removeLeftoverTempFiles, writeFileDurably, type DurableFs } from './durable-write';
import {
  electronStoreWriter,
  readPreviousSettings,
  saveSettingsFile,
  statfsFreeSpace,
  type FreeSpace,
  type JsonStoreWriter,
} from './settings-file';
import {
  PLAN_FILE_PATTERN,
  errorMessage,
  fileKeyForId,
  isErrnoException,
  moveAside,
  planFileName,
  previousPathFor,
  readRawJson,
} from './store-files';

/** One plan file may not grow past this (as written to disk), so loading a plan stays instant. */
export const MAX_STORED_PLAN_BYTES = 1024 * 1024;

/** Persistence for the main process, the only writer. Every method returns a result value. */
export interface Storage {
  /** Most recently changed first. */
  listPlans(): Result<PlanSummary[]>;
  getPlan(id: string): Result<Plan>;
  /** The stored summary of a plan, or null when no plan has that id. */
  findSummary(id: string): PlanSummary | null;
  savePlan(plan: unknown): Result<PlanSummary>;
  deletePlan(id: string): Result<void>;
  getSettings(): Result<Settings>;
  saveSettings(settings: unknown): Result<Settings>;
  /** What start-up (or a later read) repaired on the user's behalf. */
  notices(): StartupNotice[];
}

export interface StorageOptions {
  /** Injectable clock, so backup names are predictable in tests. */
  readonly now?: () => Date;
  /** The file-system calls of plan saves; tests stand in a disk that writes short or fills up. */
  readonly fs?: DurableFs;
  /** How settings reach the disk (electron-store) and how much room there is; injectable for the same reason. */
  readonly settingsWriter?: JsonStoreWriter;
  readonly freeSpace?: FreeSpace;
}

interface IndexEntry {
  readonly file: string;
  readonly summary: PlanSummary;
}

/** `text`: the file exactly as read, kept as the previous version when the plan is next saved. */
type Loaded =
  | { ok: true; plan: Plan; text: string | null }
  | { ok: false; code: 'not_found' | 'invalid' | 'newer_version'; message: string };

/** A plan file as written (tab-indented, as conf wrote them before, so old and new files read alike). */
const serialisePlan = (plan: Plan): string => JSON.stringify(plan, undefined, '\t');

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Opens (creating if needed) the data folder: `settings.json` and one `plans/plan-<id>.json`
 * per plan. Reads every plan once to build the index, repairing what it can: older plans are
 * upgraded and written back, damaged files are moved aside and reported, never deleted.
 */
export function createStorage(dataDir: string, options: StorageOptions = {}): Storage {
  const now = options.now ?? (() => new Date());
  const fs = options.fs ?? nodeDurableFs;
  const plansDir = join(dataDir, 'plans');
  const settingsPath = join(dataDir, 'settings.json');
  const index = new Map<string, IndexEntry>();
  const notices: StartupNotice[] = [];
  let settings: Settings = defaultSettings;

  mkdirSync(plansDir, { recursive: true });
  // A crash mid-save leaves a temp file; the file it was meant to replace is intact.
  removeLeftoverTempFiles(plansDir);
  removeLeftoverTempFiles(dataDir);

  function setAside(filePath: string, what: string, problem: string): string {
    const backup = moveAside(filePath, now());
    const message =
      `${what} (file "${basename(filePath)}") could not be opened because ${problem}. ` +
      `It was kept as "${basename(backup)}" in ${dirname(filePath)} and nothing was deleted; ` +
      'everything else opened normally.';
    notices.push({ kind: 'recovered-corrupt-file', message });
    return message;
  }

  /**
   * Writes a plan durably; the version being replaced (already read and found good) is kept
   * first as `plan-<key>.prev.json`, so a file damaged later still has a good version beside it.
   */
  function writePlanFile(filePath: string, plan: Plan, replacedText: string | null): Result<void> {
    if (replacedText !== null) {
      const kept = keepPrevious(previousPathFor(filePath), replacedText, fs);
      if (!kept.ok) return fail('io', notSavedBecause(kept.reason));
    }
    const written = writeFileDurably(filePath, serialisePlan(plan), fs);
    return written.ok ? ok(undefined) : fail('io', notSavedBecause(written.reason));
  }

  /** The previous version of a damaged plan file, restored in its place; null when there is none that reads. */
  function restorePrevious(filePath: string, setAsideMessage: string): Loaded | null {
    const raw = readRawJson(previousPathFor(filePath));
    if (raw.kind !== 'json') return null;
    const migrated = migratePlan(raw.value);
    if (!migrated.ok) return null;
    const restored = writeFileDurably(filePath, serialisePlan(migrated.plan), fs);
    if (!restored.ok) return null;
    notices.pop();
    notices.push({
      kind: 'recovered-corrupt-file',
      message:
        `${setAsideMessage.replace(/ and nothing was deleted; everything else opened normally\.$/, '.')} ` +
        `The previous saved version of "${migrated.plan.name}" (revision ${migrated.plan.revision}, saved ${migrated.plan.updatedAt.slice(0, 16).replace('T', ' ')}) ` +
        'was opened in its place; changes made after it are only in the kept file. Nothing was deleted.',
    });
    return { ok: true, plan: migrated.plan, text: serialisePlan(migrated.plan) };
  }

  /** Sets a damaged plan file aside, then opens its previous version if there is a good one. */
  function damaged(filePath: string, what: string, problem: string): Loaded {
    const message = setAside(filePath, what, problem);
    return restorePrevious(filePath, message) ?? { ok: false, code: 'invalid', message };
  }

  /** Reads one plan file through the migration, setting it aside if it is damaged. */
  function loadPlanFile(filePath: string): Loaded {
    const raw = readRawJson(filePath);
    if (raw.kind === 'missing') return { ok: false, code: 'not_found', message: 'This plan no longer exists.' };
    if (raw.kind === 'not_json') return damaged(filePath, 'A saved plan', 'its contents are damaged (not valid JSON)');
    const migrated = migratePlan(raw.value);
    if (!migrated.ok) {
      if (migrated.reason === 'newer_version') {
        // Not damaged: a newer app wrote it. Leave it untouched for that app, and say so.
        notices.push({ kind: 'newer-version', message: `${migrated.message} It is kept unchanged in ${basename(filePath)}.` });
        return { ok: false, code: 'newer_version', message: migrated.message };
      }
      const name = planNameOf(raw.value);
      const what = name ? `The saved plan "${name}"` : 'A saved plan';
      const why = `it does not match the expected format (${migrated.details.slice(0, 3).join('; ') || migrated.message})`;
      return damaged(filePath, what, why);
    }
    if (migrated.migratedFrom !== null) {
      // The older file is kept as the previous version; if the upgrade cannot be written it is served from memory.
      if (writePlanFile(filePath, migrated.plan, raw.text).ok) {
        notices.push({
          kind: 'migrated',
          message: `The plan "${migrated.plan.name}" was saved by an older version of Rollout Readiness and has been upgraded.`,
        });
        return { ok: true, plan: migrated.plan, text: serialisePlan(migrated.plan) };
      }
    }
    return { ok: true, plan: migrated.plan, text: raw.text };
  }

  function scanPlans(): void {
    const names = readdirSync(plansDir)
      .filter((name) => PLAN_FILE_PATTERN.test(name))
      .sort();
    for (const name of names) {
      const file = join(plansDir, name);
      let loaded: Loaded;
      try {
        loaded = loadPlanFile(file);
      } catch (error) {
        // Unreadable (permissions, a locked file): skip it and keep it, so one bad file never stops the app.
        console.error(`Rollout Readiness: skipped ${file}: ${errorMessage(error)}`);
        continue;
      }
      if (!loaded.ok) continue;
      const existing = index.get(loaded.plan.id);
      // Two files with one id (a file copied by hand): the one named for the id wins.
      if (existing && basename(existing.file) === planFileName(fileKeyForId(loaded.plan.id))) continue;
      index.set(loaded.plan.id, { file, summary: toSummary(loaded.plan) });
    }
  }

  /** The settings on disk, or null when there are none or they were damaged (and set aside). */
  function readSettingsFile(): Settings | null {
    const raw = readRawJson(settingsPath);
    if (raw.kind === 'missing') return null;
    if (raw.kind === 'json') {
      const parsed = settingsSchema.safeParse(raw.value);
      if (parsed.success) return parsed.data;
    }
    const backup = moveAside(settingsPath, now());
    const previous = readPreviousSettings(dataDir);
    notices.push({
      kind: 'recovered-corrupt-file',
      message:
        `Your settings file "settings.json" was damaged, so ${previous ? 'the previously saved settings' : 'the default settings'} are used. ` +
        `The old file was kept as "${basename(backup)}" in ${dataDir}.`,
    });
    return previous;
  }

  function fileFor(id: string): string {
    return index.get(id)?.file ?? join(plansDir, planFileName(fileKeyForId(id)));
  }

  scanPlans();
  try {
    settings = readSettingsFile() ?? defaultSettings;
  } catch (error) {
    console.error(`Rollout Readiness: using default settings, ${settingsPath} is unreadable: ${errorMessage(error)}`);
  }

  return {
    listPlans() {
      const summaries = [...index.values()].map((entry) => entry.summary);
      summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) || compareNames(a.name, b.name));
      return ok(summaries);
    },

    findSummary(id) {
      return index.get(id)?.summary ?? null;
    },

    getPlan(id) {
      const entry = index.get(id);
      if (!entry) return fail('not_found', 'This plan does not exist (it may have been deleted).');
      const loaded = loadPlanFile(entry.file);
      if (!loaded.ok) {
        if (loaded.code !== 'newer_version') index.delete(id);
        return fail(loaded.code, loaded.message);
      }
      return ok(loaded.plan);
    },

    savePlan(input) {
      const parsed = planSchema.safeParse(input);
      if (!parsed.success) {
        return fail('invalid', 'The plan could not be saved: some fields are not valid.', describeIssues(parsed.error));
      }
      const plan = parsed.data;
      const problems = planIntegrityProblems(plan);
      if (problems.length > 0) return fail('invalid', 'The plan could not be saved: some of its ids repeat or point at nothing.', problems);
      // Measured as conf writes it (tab-indented), since that is the file that must stay small.
      const bytes = Buffer.byteLength(JSON.stringify(plan, undefined, '\t'), 'utf8');
      if (bytes > MAX_STORED_PLAN_BYTES) {
        return fail(
          'too_large',
          `The plan "${plan.name}" is too large to save (${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_STORED_PLAN_BYTES)}). Shorten long notes or evidence texts.`,
        );
      }
      const file = fileFor(plan.id);
      // Whatever is on disk now must survive unless it is a readable plan we are replacing.
      const current = loadPlanFile(file);
      if (!current.ok && current.code === 'newer_version') {
        return fail('newer_version', `${current.message} It was not changed.`);
      }
      const written = writePlanFile(file, plan, current.ok ? current.text : null);
      if (!written.ok) return written;
      const summary = toSummary(plan);
      index.set(plan.id, { file, summary });
      return ok(summary);
    },

    deletePlan(id) {
      const entry = index.get(id);
      if (!entry) return fail('not_found', 'This plan does not exist (it may have been deleted already).');
      try {
        rmSync(entry.file);
        rmSync(previousPathFor(entry.file), { force: true });
      } catch (error) {
        if (!(isErrnoException(error) && error.code === 'ENOENT')) {
          return fail('io', `The plan could not be deleted: ${errorMessage(error)}`);
        }
      }
      index.delete(id);
      return ok(undefined);
    },

    getSettings() {
      return ok(settings);
    },

    saveSettings(input) {
      const parsed = settingsSchema.safeParse(input);
      if (!parsed.success) {
        return fail('invalid', 'The settings could not be saved: some fields are not valid.', describeIssues(parsed.error));
      }
      try {
        // A file damaged since start-up is set aside rather than overwritten.
        readSettingsFile();
      } catch (error) {
        return fail('io', `The settings were not saved: ${errorMessage(error)}`);
      }
      const written = saveSettingsFile(dataDir, parsed.data, options.settingsWriter ?? electronStoreWriter, options.freeSpace ?? statfsFreeSpace);
      if (!written.ok) return fail('io', `The settings were not saved because ${written.reason}. The previous settings are unchanged.`);
      settings = parsed.data;
      return ok(settings);
    },

    notices() {
      return [...notices];
    },
  };
}

function notSavedBecause(reason: string): string {
  return `Not saved because ${reason}. Your changes are kept in the app and saving is retried; the last saved version is unchanged.`;
}

function planNameOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('name' in value)) return null;
  const name = value.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : null;
}

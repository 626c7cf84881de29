import {
  MAX_PLAN_FILE_BYTES,
  type ImportConflictChoice,
  type ImportOutcome,
  type RolloutApi,
  type StartupNotice,
} from '../../shared/api';
import { createGateLog } from '../../shared/decisions/gate-log';
import { replaceLogRefusal } from '../../shared/decisions/replace-rule';
import { newId } from '../../shared/model/ids';
import { describeIssues, migratePlan } from '../../shared/model/migrate';
import { planIntegrityProblems } from '../../shared/model/plan-integrity';
import { asImportedCopy, planFileName, readPlanFile, type PlanFileContents, type PlanFileEvidence } from '../../shared/model/plan-file';
import { collectPlanEvidence, restorePlanEvidence, withExportWarnings } from '../../shared/model/plan-file-evidence';
import {
  defaultSettings,
  planSchema,
  settingsSchema,
  toSummary,
  type Plan,
  type PlanSummary,
  type Settings,
} from '../../shared/model/schema';
import { fail, ok, type Result } from '../../shared/result';
import type { FilePlatform } from './file-platform';
import type { RecordStorage } from './record-storage';
import { createDecisionMethods } from './stored-decisions';
import { checkArguments, guard } from './stored-guard';
import { createImportDataMethods } from './stored-import-data';

export interface StoredApiOptions {
  readonly now?: () => Date;
  /** Reads and checks a plan file (every check of `readPlanFile`); the browser does it in a worker. */
  readonly readPlanFile?: (text: string) => Promise<Result<PlanFileContents>>;
}

/**
 * The RolloutApi over any RecordStorage: the browser twin of the Electron main process.
 * Every plan read is schema-checked through `migratePlan`; a record that fails is moved to
 * quarantine and reported once through `getStartupNotices`, never deleted.
 */
export function createStoredApi(storage: RecordStorage, files: FilePlatform, options: StoredApiOptions = {}): RolloutApi {
  const now = options.now ?? (() => new Date());
  const readFile = options.readPlanFile ?? (async (text: string) => readPlanFile(text));
  const notices: StartupNotice[] = [];
  const decisions = createDecisionMethods(storage, notices, now);
  const importData = createImportDataMethods(storage);
  /** The stores beside the plans, with the same checks as the API methods, for the plan-file evidence helpers. */
  const evidenceStore = { ...importData, listDecisions: decisions.listDecisions, appendImportedDecisions: decisions.appendImportedDecisions };
  let scanned: Promise<void> | null = null;
  const gateLog = createGateLog();

  async function setAside(kind: 'plan' | 'settings', key: string, value: unknown, reason: string, details: readonly string[]) {
    await storage.quarantine({ kind, key, value, reason, details, quarantinedAt: now().toISOString() });
    const what = kind === 'plan' ? `A stored plan (${key})` : 'The stored settings';
    // The first few problems say enough; the full record stays in quarantine for whoever repairs it.
    const shown = details.slice(0, 3).join('; ');
    const more = details.length > 3 ? `; and ${details.length - 3} more` : '';
    notices.push({
      kind: 'recovered-corrupt-file',
      message: `${what} could not be read and was set aside, not deleted: ${reason}${shown ? ` (${shown}${more})` : ''}`,
    });
  }

  /** Reads a stored plan, migrating it; quarantines it when it cannot be read. */
  async function loadPlan(key: string, value: unknown): Promise<Plan | null> {
    const migrated = migratePlan(value);
    if (!migrated.ok) {
      await setAside('plan', key, value, migrated.message, migrated.details);
      return null;
    }
    if (migrated.migratedFrom !== null) {
      await storage.writePlan(migrated.plan);
      notices.push({
        kind: 'migrated',
        message: `"${migrated.plan.name}" was updated from an older format (schema ${migrated.migratedFrom}).`,
      });
    }
    return migrated.plan;
  }

  async function loadSettings(): Promise<Settings> {
    const raw = await storage.readSettings();
    if (raw === undefined) return defaultSettings;
    const parsed = settingsSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    await setAside('settings', 'settings', raw, 'The settings do not match the expected format.', describeIssues(parsed.error));
    return defaultSettings;
  }

  /** The start-up check: every record is validated once, so problems surface as notices at launch. */
  function scanOnce(): Promise<void> {
    scanned ??= (async () => {
      for (const record of await storage.readPlans()) {
        const plan = await loadPlan(record.key, record.value);
        if (plan) await decisions.check(plan.id, plan.name);
      }
      await loadSettings();
    })();
    return scanned;
  }

  async function readAll(): Promise<Plan[]> {
    const plans: Plan[] = [];
    for (const record of await storage.readPlans()) {
      const plan = await loadPlan(record.key, record.value);
      if (plan) plans.push(plan);
    }
    return plans;
  }

  async function readOne(id: string): Promise<Result<Plan>> {
    const raw = await storage.readPlan(id);
    if (raw === undefined) return fail('not_found', 'This plan no longer exists. It may have been deleted.');
    const plan = await loadPlan(id, raw);
    if (!plan) return fail('invalid', 'This plan could not be read; it was set aside and is listed in the start-up notices.');
    return ok(plan);
  }

  /** The plan first (the stores beside it refuse data of an unknown plan), then its evidence. */
  async function writeImported(plan: Plan, evidence: PlanFileEvidence, replaced: boolean): Promise<Result<ImportOutcome>> {
    await storage.writePlan(plan);
    const warnings = await restorePlanEvidence(plan, evidence, evidenceStore);
    return ok({ status: 'imported', plan: toSummary(plan), replaced, ...(warnings.length > 0 ? { warnings } : {}) });
  }

  return {
    listPlans: () =>
      guard('list the plans', async () => {
        await scanOnce();
        const summaries = (await readAll()).map(toSummary);
        summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.name.localeCompare(b.name));
        return ok(summaries);
      }),

    getPlan: (id) =>
      guard('open the plan', async () => {
        await scanOnce();
        return readOne(id);
      }),

    savePlan: (plan) =>
      guard('save the plan', async () => {
        const parsed = planSchema.safeParse(plan);
        if (!parsed.success) {
          return fail('invalid', 'The plan has fields that are not valid, so it was not saved.', describeIssues(parsed.error));
        }
        const problems = planIntegrityProblems(parsed.data);
        if (problems.length > 0) return fail('invalid', 'The plan could not be saved: some of its ids repeat or point at nothing.', problems);
        const replaced = migratePlan(await storage.readPlan(parsed.data.id));
        gateLog.noteSave(parsed.data.id, replaced.ok ? replaced.plan : null);
        await storage.writePlan(parsed.data);
        return ok<PlanSummary>(toSummary(parsed.data));
      }),

    deletePlan: (id) =>
      guard('delete the plan', async () => {
        if ((await storage.readPlan(id)) === undefined) return fail('not_found', 'This plan no longer exists.');
        await storage.deletePlan(id);
        return ok(undefined);
      }),

    exportPlan: (id) =>
      guard('export the plan', async () => {
        const plan = await readOne(id);
        if (!plan.ok) return plan;
        const collected = await collectPlanEvidence(plan.value, evidenceStore, MAX_PLAN_FILE_BYTES);
        if (!collected.ok) return collected;
        const saved = await files.savePlanFile(planFileName(plan.value), plan.value, now(), collected.value.evidence, MAX_PLAN_FILE_BYTES);
        return withExportWarnings(saved, collected.value.warnings);
      }),

    importPlan: (text: string, onConflict: ImportConflictChoice) =>
      guard('import the plan', async () => {
        if (text.length > MAX_PLAN_FILE_BYTES) {
          return fail('too_large', `The file is larger than ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB, the limit for a plan file.`);
        }
        // The whole file, rows and decisions included, is checked before anything is written.
        const read = await readFile(text);
        if (!read.ok) return read;
        const { plan: incoming, evidence } = read.value;
        const existingRaw = await storage.readPlan(incoming.id);
        if (existingRaw === undefined) return writeImported(incoming, evidence, false);
        if (onConflict === 'copy') return writeImported(asImportedCopy(incoming, now()), evidence, false);
        if (onConflict === 'replace') {
          const local = await decisions.listDecisions(incoming.id);
          if (!local.ok) return local;
          const refusal = replaceLogRefusal(local.value, evidence.decisions);
          return refusal === null ? writeImported(incoming, evidence, true) : fail('conflict', refusal);
        }
        const existing = migratePlan(existingRaw);
        const existingSummary: PlanSummary = existing.ok ? toSummary(existing.plan) : { ...toSummary(incoming) };
        return ok({ status: 'conflict', existing: existingSummary, incoming: toSummary(incoming) });
      }),

    openTextFile: () => guard('open the file', () => files.openTextFile('.json,application/json')),

    getSettings: () =>
      guard('read the settings', async () => {
        await scanOnce();
        return ok(await loadSettings());
      }),

    saveSettings: (settings) =>
      guard('save the settings', async () => {
        const parsed = settingsSchema.safeParse(settings);
        if (!parsed.success) return fail('invalid', 'The settings are not valid.', describeIssues(parsed.error));
        await storage.writeSettings(parsed.data);
        return ok(parsed.data);
      }),

    getStartupNotices: () =>
      guard('check the stored plans', async () => {
        await scanOnce();
        return ok([...notices]);
      }),

    // Deleting a plan leaves these alone: they are its audit trail, and Undo brings the plan back to them.
    ...importData,
    listDecisions: decisions.listDecisions,
    appendDecision: decisions.appendDecision,
    checkDecisionLog: decisions.checkDecisionLog,

    logGateChanges: (planId, evidence, hints) =>
      guard('log the gate changes', async () => {
        const plan = await readOne(planId);
        if (!plan.ok) return plan;
        const entries = gateLog.take(plan.value, { ...hints, evidence, author: (await loadSettings()).authorName, now: now(), newId });
        return entries.length === 0 ? ok([]) : decisions.appendImportedDecisions(planId, entries);
      }),

    saveTextFile: (file) =>
      guard('save the file', async () => {
        const args = checkArguments('saveTextFile', [file]);
        if (!args.ok) return args;
        return files.saveTextFile(file.suggestedName, file.text, file.kind);
      }),

    printReport: (request) =>
      guard('print the report', async () => {
        const args = checkArguments('printReport', [request]);
        if (!args.ok) return args;
        return files.printPage(request);
      }),
  };
}

import { compareNames } from '../format/locale';
import type { RolloutApi } from '../api';
import { createGateLog } from '../decisions/gate-log';
import { newId } from '../model/ids';
import type { PlanSummary } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { changedPlanAcceptedEntry } from '../decisions/new-entry';
import { localTimestamp } from '../decisions/decision-log';
import { createCutImports } from './cut-imports';
import { createDecisionMethods } from './decisions';
import type { FilePlatform } from './file-platform';
import { checkArguments, guard } from './guard';
import { createImportDataMethods } from './import-data';
import { createNotices } from './notices';
import { createOpenedPlanFiles, type OpenedPlanFiles } from './opened-plan-files';
import type { CheckedPlanRecord } from './plan-check';
import { createPlanFileMethods } from './plan-files';
import { createPlanRules, type LeftOutPlan } from './plans';
import type { RecordStore } from './record-store';
import { createSettingsRules } from './settings';

export interface ServiceOptions {
  /** The service's clock: decisions are stamped with it. */
  readonly now?: () => Date;
  /** The plan-file size limit in UTF-8 bytes (tests pass a small one). */
  readonly maxPlanFileBytes?: number;
  /**
   * The chosen plan files by token. A platform that also takes files another way (a drop, a
   * file opened by the OS) passes its own and adds them there; otherwise the service keeps one.
   */
  readonly openedFiles?: OpenedPlanFiles;
  /**
   * The stored plans read and checked before the service existed (the browser build starts a
   * worker for it before the page's own code). The start-up check uses it unless something was
   * written through the service first; if it failed or resolved undefined (too few plans to be
   * worth a worker), the plans are read here instead.
   */
  readonly startupScan?: Promise<readonly CheckedPlanRecord[] | undefined>;
}

/** The service as the process holding it sees it: the API, and what only that process asks (the desktop backup). */
export interface RolloutService extends RolloutApi {
  /** Stored plans the plan list leaves out (damaged, from a newer app, unreadable), each with why: a backup names them. */
  listLeftOutPlans(): Promise<Result<LeftOutPlan[]>>;
}

function byRecency(a: PlanSummary, b: PlanSummary): number {
  return (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) || compareNames(a.name, b.name);
}

/**
 * The RolloutApi, once, over any RecordStore: the Electron main process runs it over files,
 * the browser build over IndexedDB, component tests over Maps. Every rule of the API — validation,
 * migration on read, setting bad records aside, start-up notices, import conflicts, decision
 * rules, limits — lives here or in the modules beside it; the stores only keep bytes.
 */
export function createRolloutService(store: RecordStore, files: FilePlatform, options: ServiceOptions = {}): RolloutService {
  const now = options.now ?? (() => new Date());
  const notices = createNotices();
  const plans = createPlanRules(store, notices, now);
  const settings = createSettingsRules(store, notices);
  const decisions = createDecisionMethods(store, plans, notices, now);
  const importData = createImportDataMethods(store);
  const gateLog = createGateLog();
  /** The stores beside the plans, with the same checks as the API methods, for the plan-file evidence helpers. */
  const evidence = {
    ...importData,
    listDecisions: decisions.listDecisions,
    checkDecisionLog: decisions.checkDecisionLog,
    appendImportedDecisions: decisions.appendImportedDecisions,
    checksRows: store.checksRows === true,
  };

  // The start-up check reads every plan once; the plan list it read serves the first listPlans
  // unless something was written since, so opening the app reads each plan once, not twice.
  let scan: Promise<PlanSummary[]> | null = null;
  let scanFresh = false;
  // A failed early scan is no error: the plans are then read here, as without one.
  let startupScan = options.startupScan?.catch(() => undefined);
  const onWrite = () => {
    scanFresh = false;
    startupScan = undefined;
  };
  function scanOnce(): Promise<PlanSummary[]> {
    if (scan === null) {
      scanFresh = true;
      const early = startupScan;
      startupScan = undefined;
      scan = (async () => {
        // An import cut off by a crash is settled before anything lists the plans; a plan read early may have changed.
        const recovered = await recoverOnce();
        const all = await plans.readAll(recovered ? undefined : ((await early) ?? undefined));
        await decisions.checkAll(all);
        await settings.load();
        return all;
      })();
    }
    return scan;
  }

  const cutImports = createCutImports({ store, plans, keptDecisions: decisions.keptDecisions, now });
  // Once, before the first listing or write: a new import's marker must never be taken for the cut-off one of a plan.
  let recovery: Promise<boolean> | null = null;
  const recoverOnce = (): Promise<boolean> =>
    (recovery ??= cutImports.recover(notices.tell).catch((error: unknown) => {
      // Tried again at the next call; the error reaches the caller once, through its guard.
      recovery = null;
      throw error;
    }));
  const planFiles = createPlanFileMethods({
    cutImports,
    plans,
    keptDecisions: decisions.keptDecisions,
    evidence,
    files,
    now,
    onWrite,
    ...(options.maxPlanFileBytes ? { maxFileBytes: options.maxPlanFileBytes } : {}),
    opened: options.openedFiles ?? createOpenedPlanFiles(),
  });

  return {
    listPlans: () =>
      guard('list the plans', async () => {
        const scanned = await scanOnce();
        const all = scanFresh ? scanned : await plans.readAll();
        scanFresh = false;
        return ok([...all].sort(byRecency));
      }),

    getPlan: (id) =>
      guard('open the plan', async () => {
        await scanOnce();
        const loaded = await plans.get(id);
        return loaded.ok ? ok(loaded.plan) : fail(loaded.code, loaded.message);
      }),

    savePlan: (plan) =>
      guard('save the plan', async () => {
        await recoverOnce();
        onWrite();
        const saved = await plans.save(plan, { refuseStale: true });
        if (!saved.ok) return saved;
        gateLog.noteSave(saved.value.summary.id, saved.value.replaced);
        return ok(saved.value.summary);
      }),

    deletePlan: (id) =>
      guard('delete the plan', async () => {
        await recoverOnce();
        onWrite();
        return plans.remove(id);
      }),

    exportPlan: (id) => guard('export the plan', () => planFiles.exportPlan(id)),
    importPlan: (token, onConflict) =>
      guard('import the plan', async () => {
        const args = checkArguments('importPlan', [token, onConflict]);
        if (!args.ok) return args;
        await recoverOnce();
        return planFiles.importPlan(token, onConflict);
      }),
    openTextFile: () => guard('open the file', () => planFiles.openPlanFile()),

    getSettings: () =>
      guard('read the settings', async () => {
        await scanOnce();
        return ok(await settings.load());
      }),
    saveSettings: (input) => guard('save the settings', () => settings.save(input)),

    getStartupNotices: () =>
      guard('check the stored plans', async () => {
        await scanOnce();
        return ok(notices.all());
      }),

    listLeftOutPlans: () =>
      guard('list the plans left out', async () => {
        await scanOnce();
        return ok(await plans.leftOut());
      }),

    listDamagedPlans: () =>
      guard('list the damaged plans', async () => {
        await scanOnce();
        return ok(await plans.damaged());
      }),

    restorePreviousVersion: (key) =>
      guard('restore the previous version', async () => {
        const args = checkArguments('restorePreviousVersion', [key]);
        if (!args.ok) return args;
        onWrite();
        return plans.restorePrevious(key);
      }),

    acceptChangedPlan: (planId, evidence) =>
      guard('use the plan as it is now', async () => {
        const args = checkArguments('acceptChangedPlan', [planId, evidence]);
        if (!args.ok) return args;
        onWrite();
        const author = (await settings.load()).authorName;
        return plans.acceptChanged(planId, (plan, changed) =>
          decisions.appendImportedDecisions(planId, [changedPlanAcceptedEntry(plan, changed.lastSavedAt, { id: newId(), at: localTimestamp(now()), acceptedAt: now(), author, evidence })]),
        );
      }),

    // Deleting a plan leaves these alone: they are its audit trail, and Undo brings the plan back to them.
    ...importData,
    listDecisions: decisions.listDecisions,
    appendDecision: decisions.appendDecision,
    checkDecisionLog: decisions.checkDecisionLog,

    logGateChanges: (planId, evidenceShown, hints) =>
      guard('log the gate changes', async () => {
        const plan = await plans.get(planId);
        if (!plan.ok) return fail(plan.code, plan.message);
        const author = (await settings.load()).authorName;
        const entries = gateLog.take(plan.plan, { ...hints, evidence: evidenceShown, author, now: now(), newId });
        if (entries.length === 0) return ok([]);
        const logged = await decisions.appendImportedDecisions(planId, entries);
        // Not written (a full disk): the changes stay due, and are logged at the next attempt, not lost.
        if (!logged.ok) gateLog.putBack(planId);
        return logged;
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

import type { ImportConflictChoice } from '../../shared/api';
import { createPlan, duplicatePlan } from '../../shared/model/plan-factory';
import type { Plan, PlanSummary } from '../../shared/model/schema';
import type { TemplateId } from '../../shared/model/templates';
import type { ApiError } from '../../shared/result';
import { savedFileWords } from '../format/saved-file-words';
import { copyImportData, type ImportDataCopy } from './copy-import-data';
import { CHANGED_FIRST } from './plan-edit-slice';
import { selectChangedOutside } from './plans-selectors';
import type { GetState, SliceCreator } from './types';

export interface PlansSlice {
  plans: readonly PlanSummary[];
  /** False until the first list arrived: the app shows neither plans nor the empty state before. */
  plansLoaded: boolean;
  /** Start-up: settings, notices, the plan list, and the plan last worked on. */
  initialise(): Promise<void>;
  loadPlans(): Promise<void>;
  upsertSummary(summary: PlanSummary): void;
  createNewPlan(name: string, templateId: TemplateId | null): Promise<boolean>;
  renameCurrentPlan(name: string): Promise<boolean>;
  duplicateCurrentPlan(): Promise<void>;
  setCurrentArchived(archived: boolean): Promise<void>;
  /** Deletes the open plan (the dialog asked first); a toast offers Undo. */
  deleteCurrentPlan(): Promise<void>;
  exportCurrentPlan(): Promise<void>;
  /** Lets the user pick a plan file, then imports it. */
  importFromFile(): Promise<void>;
  /** Imports file contents; an id clash opens the conflict dialog unless a choice is given. */
  /** Imports the plan file chosen under `token` (`OpenedFile.token`): from the dialog, a drop or the OS. */
  importPlanFile(token: string, choice?: ImportConflictChoice): Promise<void>;
}

function showError(get: GetState, title: string, error: ApiError): void {
  get().openDialog({ kind: 'error', title, message: error.message, details: error.details ?? [] });
}

/** A finished action's toast; what went wrong on the way (missing rows, a failed write) keeps it up as an alert. */
function showOutcome(get: GetState, message: string, warnings: readonly string[] = []): void {
  if (warnings.length === 0) get().showToast({ message });
  else get().showToast({ tone: 'error', message: `${message.endsWith('.') ? message : `${message}.`} Please note: ${warnings.join(' ')}` });
}

export const createPlansSlice: SliceCreator<PlansSlice> = (set, get, { api, now }) => {
  /** Stores a brand-new or restored plan and opens it; `beforeOpen` runs once it is stored. */
  async function storeAndOpen(plan: Plan, failureTitle: string, beforeOpen?: () => Promise<void>): Promise<boolean> {
    if (get().plan && !(await savedCurrent())) return false;
    const result = await api.savePlan(plan);
    if (!result.ok) {
      showError(get, failureTitle, result.error);
      return false;
    }
    await beforeOpen?.();
    get().upsertSummary(result.value);
    get().showPlan(plan);
    return true;
  }

  /** Saves pending edits first, so actions on "the plan" act on what the user sees. */
  async function savedCurrent(): Promise<Plan | null> {
    const plan = get().plan;
    if (!plan) return null;
    if (!(await get().flushSave())) {
      get().showToast({ tone: 'error', message: `Could not save “${plan.name}” first: ${get().save.message ?? 'unknown error'}` });
      return null;
    }
    return get().plan;
  }

  let started: Promise<void> | null = null;
  /** Start-up: settings, notices, the plan list, and the plan last worked on. */
  async function start(): Promise<void> {
    await get().loadSettings();
    const notices = await api.getStartupNotices();
    if (notices.ok) set({ notices: notices.value });
    await get().loadPlans();
    await get().loadDamagedPlans();
    const { plans, settings } = get();
    const last = plans.find((p) => p.id === settings.lastPlanId);
    const first = last ?? plans.find((p) => !p.archived);
    if (first) await get().openPlan(first.id);
  }

  return {
    plans: [],
    plansLoaded: false,

    initialise: () => {
      // Once per store, even when React's StrictMode runs the start-up effect twice.
      started ??= start();
      return started;
    },

    loadPlans: async () => {
      const result = await api.listPlans();
      if (result.ok) set({ plans: result.value, plansLoaded: true });
      else {
        set({ plansLoaded: true });
        showError(get, 'Could not list the plans', result.error);
      }
    },

    upsertSummary: (summary) =>
      set((state) => ({
        plans: state.plans.some((p) => p.id === summary.id)
          ? state.plans.map((p) => (p.id === summary.id ? summary : p))
          : [summary, ...state.plans],
      })),

    createNewPlan: async (name, templateId) => {
      const plan = createPlan({ name, templateId, now: now() });
      const created = await storeAndOpen(plan, 'Could not create the plan');
      if (created) get().showToast({ message: `Created “${plan.name}”` });
      return created;
    },

    renameCurrentPlan: async (name) => {
      const trimmed = name.trim();
      if (!get().plan || trimmed === '') return false;
      if (!get().editPlan((plan) => (plan.name === trimmed ? plan : { ...plan, name: trimmed }))) return false;
      return get().flushSave();
    },

    duplicateCurrentPlan: async () => {
      // A copy would carry, sealed afresh, values the app did not save.
      if (selectChangedOutside(get()) !== null) {
        get().showToast({ tone: 'error', message: CHANGED_FIRST });
        return;
      }
      const plan = await savedCurrent();
      if (!plan) return;
      const copy = duplicatePlan(plan, now());
      let copied: ImportDataCopy = { copied: 0, failures: [] };
      // The rows are copied before the copy opens, so its Pilot data tab never sees them missing.
      const rowsFirst = async () => {
        if (plan.imports.length === 0) return;
        const files = plan.imports.length === 1 ? 'one imported file' : `${plan.imports.length} imported files`;
        const progress = get().showToast({ message: `Copying the rows of ${files} to “${copy.name}”…` });
        copied = await copyImportData(api, plan.id, copy.id, plan.imports);
        get().dismissToast(progress);
      };
      if (await storeAndOpen(copy, 'Could not duplicate the plan', rowsFirst)) {
        const rows = copied.copied === 0 ? '' : ` with the rows of ${copied.copied === 1 ? 'its import' : `its ${copied.copied} imports`}`;
        const failures = copied.failures.length === 0 ? [] : [...copied.failures, 'The original plan keeps all its rows.'];
        showOutcome(get, `Duplicated as “${copy.name}”${rows}. Decisions stay with the original plan: the copy starts with an empty decision log.`, failures);
      }
    },

    setCurrentArchived: async (archived) => {
      const plan = get().plan;
      if (!plan || plan.archived === archived) return;
      if (!get().editPlan((p) => ({ ...p, archived }))) return;
      if (!(await get().flushSave())) return;
      get().showToast({
        message: archived ? `Archived “${plan.name}”` : `Restored “${plan.name}” from the archive`,
        undo: () => get().setCurrentArchived(!archived),
        planId: plan.id,
      });
    },

    deleteCurrentPlan: async () => {
      get().closeDialog();
      const plan = await savedCurrent();
      if (!plan) return;
      const result = await api.deletePlan(plan.id);
      if (!result.ok) {
        showError(get, 'Could not delete the plan', result.error);
        return;
      }
      get().closePlan();
      set((state) => ({ plans: state.plans.filter((p) => p.id !== plan.id) }));
      const next = get().plans.find((p) => !p.archived);
      if (next) await get().openPlan(next.id);
      // Undo stores the plan exactly as it was deleted, same id and revision. The plan lives only in
      // this toast now: an Undo that fails (a full disk) offers itself again rather than losing it.
      const offerUndo = (message: string, tone: 'info' | 'error') =>
        get().showToast({
          tone,
          message,
          undo: async () => {
            if (await storeAndOpen(plan, 'Could not restore the plan')) get().showToast({ message: `Restored “${plan.name}”` });
            else offerUndo(`“${plan.name}” is still deleted: it could not be restored. Undo again once the problem is fixed.`, 'error');
          },
        });
      offerUndo(`Plan deleted: “${plan.name}”`, 'info');
    },

    exportCurrentPlan: async () => {
      const plan = await savedCurrent();
      if (!plan) return;
      // A plan with a million rows takes seconds to write: the screen says what it is doing meanwhile.
      const done = get().startWork(`Exporting “${plan.name}”…`);
      const result = await api.exportPlan(plan.id).finally(done);
      if (!result.ok) showError(get, 'Could not export the plan', result.error);
      else if (result.value.saved) {
        const message = savedFileWords(result.value, `Exported “${plan.name}” as ${result.value.fileName}`, `“${plan.name}”`);
        showOutcome(get, message, result.value.warnings);
      }
    },

    importFromFile: async () => {
      const file = await api.openTextFile('plan');
      if (!file.ok) showError(get, 'Could not open the file', file.error);
      else if (file.value) await get().importPlanFile(file.value.token);
    },

    importPlanFile: async (token, choice = 'ask') => {
      if (get().plan && !(await savedCurrent())) return;
      // Reading, checking and storing a plan file with a million rows takes seconds: said on screen meanwhile.
      const done = get().startWork('Importing the plan file: reading it, checking its fingerprints and storing its rows…');
      const result = await api.importPlan(token, choice).finally(done);
      if (!result.ok) {
        showError(get, 'Could not import the plan file', result.error);
        return;
      }
      const outcome = result.value;
      if (outcome.status === 'conflict') {
        get().openDialog({ kind: 'import-conflict', token, conflict: outcome });
        return;
      }
      get().closeDialog();
      await get().loadPlans();
      // A plan new to this machine opens like a created one: on its Overview.
      await get().openPlan(outcome.plan.id, 'overview');
      showOutcome(
        get,
        outcome.replaced ? `Replaced “${outcome.plan.name}” with the imported file` : `Imported “${outcome.plan.name}”`,
        outcome.warnings,
      );
    },
  };
};

import { formatBytes } from '../format/format';
import { MAX_PLAN_FILE_BYTES, type ImportConflictChoice, type ImportOutcome, type OpenedFile, type SaveOutcome } from '../api';
import { replaceLogRefusal } from '../decisions/replace-rule';
import type { DecisionEntry } from '../decisions/schema';
import { asImportedCopy, PLAN_FILE_VERSION, planFileName, type PlanFileContents, type PlanFileEvidence } from '../model/plan-file';
import { collectPlanEvidence, restorePlanEvidence, withExportWarnings, type EvidenceSource, type EvidenceTarget } from '../model/plan-file-evidence';
import { toSummary, type Plan } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { changedOutsideExportMessage } from './seal-words';
import type { createCutImports, ImportMarker } from './cut-imports';
import { WriteFailure } from './record-store';
import type { FilePlatform } from './file-platform';
import type { OpenedPlanFiles } from './opened-plan-files';
import type { PlanRules } from './plans';

export interface PlanFileDeps {
  readonly plans: PlanRules;
  /** The decisions stored under a plan id, also when no plan has it (a deleted plan's log). */
  readonly keptDecisions: (planId: string) => Promise<readonly DecisionEntry[]>;
  readonly evidence: EvidenceSource & EvidenceTarget;
  readonly files: FilePlatform;
  readonly now: () => Date;
  /** Called before anything is written, so cached reads know the plans changed. */
  readonly onWrite: () => void;
  /** In bytes as written (UTF-8), on every platform; a parameter so tests can use a small one. */
  readonly maxFileBytes?: number;
  /** The chosen files, by token: the dialog's, and the platform's drops and files opened by the OS. */
  readonly opened: OpenedPlanFiles;
  /** The import's marker, written first and removed last, so a crash in between is undone at the next start. */
  readonly cutImports: ReturnType<typeof createCutImports>;
}

/**
 * What an import of a file older than format 4 must say: such a file recorded no SHA-256 of its
 * plan (nor, before format 3, of its rows and decisions), so an edit by hand cannot be told apart
 * from the plan as it was exported. Imported all the same (old files must still open), never as if checked.
 */
export function uncheckedFormatWarning(formatVersion: number): string[] {
  if (formatVersion >= PLAN_FILE_VERSION) return [];
  return [
    `This plan file was made by an earlier version of Rollout Readiness (file format ${formatVersion}), which did not record the plan’s SHA-256, ` +
      'so the app cannot tell whether it was changed after it was made. Check its gates, thresholds and figures against the original before you rely on them.',
  ];
}

/** What of a file's evidence an import stores, as its marker lists it: the parts of the plan's imports the file carries, and its decisions. */
function carriedParts(plan: Plan, carried: PlanFileEvidence): { parts: ImportMarker['parts']; decisionIds: string[] } {
  const parts: Array<ImportMarker['parts'][number]> = [];
  for (const record of plan.imports) {
    const bundle = Object.hasOwn(carried.importData, record.id) ? carried.importData[record.id] : undefined;
    for (const part of ['rows', 'rejected'] as const) if (bundle?.[part]) parts.push({ importId: record.id, part });
  }
  return { parts, decisionIds: carried.decisions.map((entry) => entry.id) };
}

/** Why a plan whose decision log was changed outside the app is not exported, in words for the user. */
export function logChangedExportMessage(name: string, found: string): string {
  return (
    `The decision log of “${name}” was changed outside the app (${found}), so the plan was not exported: a plan file vouches for its decision log, ` +
    'and this one would be refused wherever it is imported. The log is kept here exactly as found, as evidence; the Decisions tab names what changed.'
  );
}

/** Export and import of plan files with their evidence: one set of checks and limits for every storage. */
export function createPlanFileMethods({ plans, keptDecisions, evidence, files, now, onWrite, maxFileBytes = MAX_PLAN_FILE_BYTES, opened, cutImports }: PlanFileDeps) {
  /**
   * The marker first, then the plan (the stores beside it refuse data of an unknown plan), then its
   * evidence, then the marker removed: a crash anywhere between leaves a marker, and the next start
   * keeps the plan only if all of it was stored. `previous`: the plan a replace overwrites.
   */
  async function writeImported(
    plan: Plan,
    carried: PlanFileEvidence,
    previous: Plan | null,
    formatVersion: number,
    told: readonly string[] = [],
  ): Promise<Result<ImportOutcome>> {
    onWrite();
    let marker;
    try {
      marker = await cutImports.begin(plan, carriedParts(plan, carried), previous);
    } catch (error) {
      if (error instanceof WriteFailure) return fail('io', `Nothing was imported because ${error.reason}.`);
      throw error;
    }
    const saved = await plans.save(plan);
    if (!saved.ok) {
      // Nothing of the import was written: the marker goes (a failure to remove it leaves a check that finds nothing to undo).
      await marker?.finish();
      return saved;
    }
    const replaced = previous !== null;
    // A plan new here is stored whole or not at all: never in the list without its rows or its log.
    const restored = await restorePlanEvidence(plan, carried, evidence, !replaced);
    if (!replaced && restored.notStored.length > 0) {
      const taken = await takeOutAgain(plan, restored.notStored);
      // What could not be taken out stays under the marker, so the next start finishes taking it out.
      if (taken.clean) await marker?.finish();
      return fail('io', taken.message);
    }
    const warnings = [...told, ...uncheckedFormatWarning(formatVersion), ...restored.warnings];
    await marker?.finish();
    return ok({ status: 'imported', plan: saved.value.summary, replaced, ...(warnings.length > 0 ? { warnings } : {}) });
  }

  /** Removes a plan new here whose evidence could not be stored whole, with what it stored; says what happened, in words. */
  async function takeOutAgain(plan: Plan, notStored: readonly string[]): Promise<{ readonly clean: boolean; readonly message: string }> {
    onWrite();
    const left: string[] = [];
    for (const record of plan.imports) {
      const deleted = await evidence.deleteImportData(plan.id, record.id);
      if (!deleted.ok) left.push(deleted.error.message);
    }
    const removed = await plans.remove(plan.id);
    if (!removed.ok) left.push(removed.error.message);
    const why = `The plan file was not imported: ${notStored.join(' ')}`;
    return left.length === 0
      ? { clean: true, message: `${why} Nothing of it was kept, so no plan is listed without its rows or its decision log; import the file again once that is solved.` }
      : {
          clean: false,
          message: `${why} What was stored of it could not all be taken out again (${left.join(' ')}): “${plan.name}” may be listed without all its rows; delete it and import the file again.`,
        };
  }

  return {
    async exportPlan(id: string): Promise<Result<SaveOutcome>> {
      const plan = await plans.get(id);
      if (!plan.ok) return fail(plan.code, plan.message);
      // A plan file's checksums would vouch for values the app did not save.
      if (plan.summary.changedOutsideApp) return fail('conflict', changedOutsideExportMessage(plan.plan.name));
      const collected = await collectPlanEvidence(plan.plan, evidence, maxFileBytes);
      if (!collected.ok) return collected;
      if (collected.value.logChangedOutside !== null) return fail('conflict', logChangedExportMessage(plan.plan.name, collected.value.logChangedOutside));
      // The platform builds the file (from parts, never one giant string) and refuses it above the limit.
      const saved = await files.savePlanFile(planFileName(plan.plan), plan.plan, now(), collected.value.evidence, maxFileBytes);
      return withExportWarnings(saved, collected.value.warnings);
    },

    async openPlanFile(): Promise<Result<OpenedFile | null>> {
      const chosen = await files.openPlanFile();
      if (!chosen.ok) return chosen;
      return ok(chosen.value === null ? null : opened.add(chosen.value));
    },

    async importPlan(token: string, onConflict: ImportConflictChoice): Promise<Result<ImportOutcome>> {
      const file = opened.get(token);
      if (!file.ok) return file;
      const outcome = await importOpened(file.value.source.size, file.value.contents, onConflict);
      // The token stays valid only while the user is asked about the clash.
      if (!outcome.ok || outcome.value.status !== 'conflict') opened.release(token);
      return outcome;
    },
  };

  /**
   * Why a file whose plan is not here must still not take its id, or null. What is kept under the id
   * stays whole: a damaged plan's previous version (still offered for restore) and a deleted plan's
   * decision log (Undo brings the plan back to it) whose entries are not the start of the file's.
   */
  async function keptApartFrom(incoming: Plan, decisions: readonly DecisionEntry[], damagedHere: boolean): Promise<string | null> {
    if (damagedHere || (await plans.offersPreviousOf(incoming.id))) {
      return `A damaged copy of “${incoming.name}” is kept on this computer with its previous version to restore, so the file was imported as a copy beside it: that version stays offered.`;
    }
    if (replaceLogRefusal(await keptDecisions(incoming.id), decisions) !== null) {
      return `This computer keeps the decision log of a deleted plan with the same id, and the file’s log went apart from it, so the file was imported as a copy: the two audit trails stay apart.`;
    }
    return null;
  }

  async function importOpened(
    size: number,
    contents: () => Promise<Result<PlanFileContents>>,
    onConflict: ImportConflictChoice,
  ): Promise<Result<ImportOutcome>> {
    // From the file's size, before a byte of it is read.
    if (size > maxFileBytes) {
      return fail('too_large', `The file is larger than ${formatBytes(maxFileBytes)}, the limit for a plan file. Nothing was imported.`);
    }
    // The whole file, rows and decisions included, is checked before anything is written; a
    // clash answered with 'replace' or 'copy' gets the same checked contents, not a second parse.
    const read = await contents();
    if (!read.ok) return read;
    const { plan: incoming, evidence: carried, formatVersion } = read.value;
    const existing = await plans.get(incoming.id);
    if (!existing.ok) {
      // A plan from a newer app under the same id is never overwritten, whatever was chosen.
      if (existing.code === 'newer_version') return fail('newer_version', `${existing.message} Nothing was imported.`);
      const apart = await keptApartFrom(incoming, carried.decisions, existing.code === 'invalid');
      if (apart !== null) return writeImported(asImportedCopy(incoming, now()), carried, null, formatVersion, [apart]);
      return writeImported(incoming, carried, null, formatVersion);
    }
    if (onConflict === 'ask') return ok({ status: 'conflict', existing: toSummary(existing.plan), incoming: toSummary(incoming) });
    if (onConflict === 'copy') return writeImported(asImportedCopy(incoming, now()), carried, null, formatVersion);
    const local = await evidence.listDecisions(incoming.id);
    if (!local.ok) return local;
    const refusal = replaceLogRefusal(local.value, carried.decisions);
    return refusal === null ? writeImported(incoming, carried, existing.plan, formatVersion) : fail('conflict', refusal);
  }
}

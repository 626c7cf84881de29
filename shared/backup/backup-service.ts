import type { OpenedFile } from '../api';
import { collectPlanEvidence } from '../model/plan-file-evidence';
import { importLabel, readPlanFile, serialisePlanFile, type PlanFileContents } from '../model/plan-file';
import { planHash } from '../model/plan-file-record';
import { checksumProblem } from '../metrics/columnar-checksum';
import type { PlanSummary } from '../model/schema';
import { fail, ok, type Result } from '../result';
import { utf8ByteLength } from '../service/limits';
import type { PlanFileSource } from '../service/opened-plan-files';
import type { RolloutService } from '../service/rollout-service';
import { MAX_BACKUP_BYTES, readBackupFile, serialiseBackup } from './backup-file';

/**
 * The API methods a backup reads and a restore writes through, and where the restore hands
 * each plan of the backup over as a chosen file (the service's `OpenedPlanFiles.add`).
 */
export type BackupApi = Pick<RolloutService, 'listPlans' | 'listLeftOutPlans' | 'getPlan' | 'loadImportData' | 'listDecisions' | 'checkDecisionLog' | 'importPlan'> & {
  offerPlanFile(source: PlanFileSource): OpenedFile;
};

export interface BackupContents {
  readonly text: string;
  readonly planCount: number;
  /** What the backup lacks (plans left out as damaged or unreadable, import rows missing on this computer), per plan, in words. */
  readonly warnings: string[];
}

/**
 * Every plan, archived ones included, with its import rows and decision log, in one file.
 * Refuses (with the plan's name) rather than leaving a listed plan out: a backup that silently
 * misses a plan is worse than none. Stored plans the plan list cannot show (damaged, from a
 * newer app, unreadable) cannot be in it; each is named in the warnings, with why.
 */
export async function buildBackup(api: BackupApi, now: Date, maxBytes: number = MAX_BACKUP_BYTES): Promise<Result<BackupContents>> {
  const list = await api.listPlans();
  if (!list.ok) return list;
  const leftOut = await api.listLeftOutPlans();
  if (!leftOut.ok) return leftOut;
  const files: string[] = [];
  const warnings = leftOut.value.map(({ name, why }) => `${name === null ? 'A saved plan' : `“${name}”`} is not in the backup. ${why}`);
  let total = 0;
  for (const summary of list.value) {
    const plan = await api.getPlan(summary.id);
    if (!plan.ok) return fail(plan.error.code, `“${summary.name}” could not be read, so no backup was made: ${plan.error.message}`);
    const collected = await collectPlanEvidence(plan.value, api, maxBytes);
    if (!collected.ok) return fail(collected.error.code, `“${summary.name}”: ${collected.error.message}`);
    if (collected.value.logChangedOutside !== null) {
      // Its file would be refused at the restore, and with it the whole backup: left out, named, the rest restorable.
      warnings.push(
        `“${summary.name}” is not in the backup: its decision log was changed outside the app (${collected.value.logChangedOutside}), and a backup holding it could not be restored. The plan and its log stay here as found.`,
      );
      continue;
    }
    warnings.push(...collected.value.warnings.map((warning) => `“${summary.name}”: ${warning}`));
    const text = serialisePlanFile(plan.value, now, collected.value.evidence);
    total += text.length;
    if (total > maxBytes) {
      return fail('too_large', 'All plans together are too large for one backup file. Export the largest plans one by one instead.');
    }
    files.push(text);
  }
  return ok({ text: serialiseBackup(files, now), planCount: files.length, warnings });
}

export interface RestoreReport {
  /** Plans new to this computer, stored as they were. */
  readonly restored: string[];
  /** Plans this computer has in another version: kept as copies, so neither is lost. */
  readonly copies: string[];
  /** Plans this computer already has exactly (same revision and last change): left alone. */
  readonly unchanged: string[];
  readonly warnings: string[];
}

/**
 * Restores a backup through the plan-file import. Every plan in it is checked before any is
 * written; nothing is ever replaced: a plan whose id exists in another version comes back as
 * a copy beside it.
 */
export async function restoreBackup(api: BackupApi, text: string): Promise<Result<RestoreReport>> {
  const planFiles = readBackupFile(text);
  if (!planFiles.ok) return planFiles;
  const checked = [];
  for (const [index, planFile] of planFiles.value.entries()) {
    const read = readPlanFile(planFile);
    if (!read.ok) {
      const named = memberName(planFile);
      return fail(
        read.error.code,
        `Plan ${index + 1} of ${planFiles.value.length} in the backup${named === null ? '' : ` (“${named}”)`} cannot be read, so nothing was restored: ${read.error.message} ` +
          'The backup file was not changed. Restore from an earlier backup, or import the plans you need from their own exported plan files.',
        read.error.details,
      );
    }
    // Handed to the import already checked: each plan of the backup is parsed once.
    const contents = read.value;
    checked.push({ source: { name: `plan ${index + 1} of the backup`, size: utf8ByteLength(planFile), read: async () => ok(contents) }, plan: contents.plan, contents });
  }
  const existing = await api.listPlans();
  if (!existing.ok) return existing;
  const byId = new Map(existing.value.map((summary) => [summary.id, summary]));
  const report: RestoreReport = { restored: [], copies: [], unchanged: [], warnings: [] };
  for (const { source, plan, contents } of checked) {
    const here = byId.get(plan.id);
    const missingHere = here ? await whatHereLacks(api, here, contents) : null;
    if (missingHere === null && here) {
      report.unchanged.push(plan.name);
      continue;
    }
    // The backup's version comes back beside the one here, which stays as it is: told why.
    if (here && missingHere !== null) report.warnings.push(`“${plan.name}”: ${missingHere} The backup’s version was added as a copy.`);
    const imported = await api.importPlan(api.offerPlanFile(source).token, 'copy');
    if (!imported.ok) {
      report.warnings.push(`“${plan.name}” was not restored: ${imported.error.message}`);
      continue;
    }
    if (imported.value.status !== 'imported') continue;
    (here ? report.copies : report.restored).push(plan.name);
    report.warnings.push(...(imported.value.warnings ?? []).map((warning) => `“${plan.name}”: ${warning}`));
  }
  return ok(report);
}

/**
 * Null when the plan here holds everything the backup holds of it: the same content, its seal intact,
 * the backup's decisions at the start of its log and the backup's rows stored. Otherwise what it lacks,
 * in words. A plan here that was changed outside the app, lost decisions or lost rows must not make
 * the backup's good version look "already here" and be left out of the restore.
 */
async function whatHereLacks(api: BackupApi, here: PlanSummary, contents: PlanFileContents): Promise<string | null> {
  if (here.changedOutsideApp) return 'The plan here was changed outside the app since it was last saved.';
  const stored = await api.getPlan(here.id);
  if (!stored.ok) return `The plan here could not be read (${stored.error.message}).`;
  if (planHash(stored.value) !== planHash(contents.plan)) return 'The plan here differs from the backup’s version.';
  const log = await api.listDecisions(here.id);
  if (!log.ok) return `The decision log here could not be read (${log.error.message}).`;
  const backedUp = contents.evidence.decisions;
  if (backedUp.some((entry, index) => log.value[index]?.id !== entry.id)) {
    return 'The decision log here does not hold the backup’s decisions in the same order (some are missing or were changed).';
  }
  for (const record of contents.plan.imports) {
    if (!contents.evidence.importData[record.id]?.rows) continue;
    const rows = await api.loadImportData(here.id, record.id, 'rows');
    const damaged = rows.ok && rows.value !== null ? checksumProblem(rows.value) : null;
    if (!rows.ok || rows.value === null || damaged !== null) return `The rows of ${importLabel(record)} are missing or damaged here.`;
  }
  return null;
}

/** The name a plan of a backup gives itself, when it can still be read: what the user knows it by. */
function memberName(planFile: string): string | null {
  try {
    const name: unknown = (JSON.parse(planFile) as { plan?: { name?: unknown } }).plan?.name;
    return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 80) : null;
  } catch {
    return null;
  }
}

/** The restore in one or two plain sentences for the message box. */
export function describeRestore(report: RestoreReport): string {
  const parts: string[] = [];
  const plans = (n: number) => (n === 1 ? '1 plan' : `${n} plans`);
  if (report.restored.length > 0) parts.push(`Restored ${plans(report.restored.length)}.`);
  if (report.copies.length > 0) {
    parts.push(`${plans(report.copies.length)} already here in another version ${report.copies.length === 1 ? 'was' : 'were'} added as ${report.copies.length === 1 ? 'a copy' : 'copies'}; nothing was replaced.`);
  }
  if (report.unchanged.length > 0) parts.push(`${plans(report.unchanged.length)} ${report.unchanged.length === 1 ? 'was' : 'were'} already here unchanged.`);
  if (parts.length === 0) parts.push('The backup holds no plans.');
  return parts.join(' ');
}

import { formatBytes, formatPlural } from '../format/format';
import type { ImportDataPart, SaveOutcome } from '../api';
import type { ChainCheck } from '../decisions/chain';
import type { DecisionEntry } from '../decisions/schema';
import { checksumProblem, damagedRowsProblem, rowsNotRecorded } from '../metrics/columnar-checksum';
import { openRejectedRows } from '../csv/rejected-part';
import { fail, ok, type Result } from '../result';
import { importLabel, type ImportDataBundle, type PlanFileEvidence } from './plan-file';
import type { Plan } from './schema';

/**
 * Where the evidence kept beside a plan (import rows, the decision log) is read from for an
 * export: the main process's stores or the browser twin's, shaped like the API methods.
 */
export interface EvidenceSource {
  loadImportData(planId: string, importId: string, part: ImportDataPart): Promise<Result<Uint8Array | null>>;
  listDecisions(planId: string): Promise<Result<DecisionEntry[]>>;
  /** The log's chain checked against what the app recorded of it (`checkChain`): a file must not vouch for a log changed outside the app. */
  checkDecisionLog(planId: string): Promise<Result<ChainCheck>>;
  /** True when `loadImportData` already refuses rows that fail their checksum (then they are not checked again here). */
  readonly checksRows?: boolean;
}

/** Where an imported plan file's evidence is written to. */
export interface EvidenceTarget {
  saveImportData(planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array): Promise<Result<void>>;
  loadImportData(planId: string, importId: string, part: ImportDataPart): Promise<Result<Uint8Array | null>>;
  /** Takes out what an import that could not be stored whole had stored (`restorePlanEvidence`, all or nothing). */
  deleteImportData(planId: string, importId: string): Promise<Result<void>>;
  /**
   * Appends a checked file's decisions after the log's own, in one batch, keeping their
   * recorded times; ids the log already holds are left as they are (the log is append-only).
   */
  appendImportedDecisions(planId: string, entries: readonly DecisionEntry[]): Promise<Result<readonly DecisionEntry[]>>;
}

export interface CollectedEvidence {
  readonly evidence: PlanFileEvidence;
  /** What the file will not carry (rows missing on this computer), in words for the user. */
  readonly warnings: string[];
  /**
   * When the decision log was changed outside the app, what was found (the chain check's first break): a file
   * made from it would either be refused wherever it is imported or, a log cut short, vouch for what is left.
   */
  readonly logChangedOutside: string | null;
}

/**
 * Loads every import's stored parts and the decision log of a plan, for its export file. A
 * missing or unreadable part does not stop the export (the rest of the evidence still
 * travels), but it is named in the warnings; an unreadable decision log does stop it, since
 * a plan file without its audit trail must not look complete. Refuses, before anything big
 * is built, a plan whose rows would make the file larger than `maxFileBytes`.
 */
export async function collectPlanEvidence(plan: Plan, source: EvidenceSource, maxFileBytes: number): Promise<Result<CollectedEvidence>> {
  // No prototype: an import id such as "constructor" or "__proto__" is a key like any other.
  const importData = Object.create(null) as Record<string, ImportDataBundle>;
  const warnings: string[] = [];
  let dataBytes = 0;
  for (const record of plan.imports) {
    const label = importLabel(record);
    const loaded = await source.loadImportData(plan.id, record.id, 'rows');
    // Rows that changed after they were stored are not carried: a file must never pass them on as evidence.
    const whole = !source.checksRows && loaded.ok && loaded.value !== null ? checksumProblem(loaded.value) : null;
    // Whole rows of another import (a rows file swapped) are not this import's evidence either.
    const changed = whole ?? (loaded.ok && loaded.value !== null ? rowsNotRecorded(loaded.value, record.rowsChecksum) : null);
    const rows = changed === null ? loaded : ok(null);
    // Damaged here, or refused as damaged by a storage that checks them itself (`checksRows`).
    const damaged = changed ?? (loaded.ok ? null : damagedRowsProblem(loaded.error.message));
    if (damaged !== null) {
      warnings.push(`The stored rows of ${label} are damaged (${damaged}), so the file carries that import without its rows. Import the file again before you export.`);
    } else if (!loaded.ok) {
      warnings.push(`The rows of ${label} could not be read (${loaded.error.message}), so the file carries that import without its rows.`);
    } else if (loaded.value === null) {
      warnings.push(`The rows of ${label} are not stored on this computer, so the file carries that import without its rows.`);
    }
    const rejected = await source.loadImportData(plan.id, record.id, 'rejected');
    // Carried with their checksum (the receiving app checks them again); damaged ones are not carried.
    const rejectedOpened = rejected.ok && rejected.value !== null ? openRejectedRows(rejected.value) : null;
    if (!rejected.ok) {
      warnings.push(`The rejected rows of ${label} could not be read (${rejected.error.message}), so the file does not carry them.`);
    } else if (rejected.value === null && record.rejected > 0) {
      warnings.push(`The rejected rows of ${label} are not stored on this computer, so the file does not carry them.`);
    } else if (rejectedOpened !== null && !rejectedOpened.ok) {
      warnings.push(`The stored rejected rows of ${label} are damaged (${rejectedOpened.problem}), so the file does not carry them.`);
    }
    const bundle = { rows: rows.ok ? rows.value : null, rejected: rejected.ok && rejectedOpened?.ok !== false ? rejected.value : null };
    if (bundle.rows === null && bundle.rejected === null) continue;
    importData[record.id] = bundle;
    dataBytes += (bundle.rows?.byteLength ?? 0) + (bundle.rejected?.byteLength ?? 0);
  }
  // Base64 makes 4 characters of every 3 bytes.
  const estimated = Math.ceil(dataBytes / 3) * 4;
  if (estimated > maxFileBytes) {
    return fail(
      'too_large',
      `This plan with its imported rows would make a file of about ${formatBytes(estimated)}, above the limit of ${formatBytes(maxFileBytes)}, so it was not exported. Remove imports that are no longer needed and try again.`,
    );
  }
  const decisions = await source.listDecisions(plan.id);
  if (!decisions.ok) {
    return fail(decisions.error.code, `The decision log could not be read, so the plan was not exported: ${decisions.error.message}`);
  }
  const chain = await source.checkDecisionLog(plan.id);
  if (!chain.ok) return fail(chain.error.code, `The decision log could not be checked, so the plan was not exported: ${chain.error.message}`);
  const logChangedOutside = chain.value.breaks[0]?.message ?? null;
  return ok({ evidence: { importData, decisions: decisions.value }, warnings, logChangedOutside });
}

/** The decisions of a file as entries of another plan's log (an imported copy has a new id). */
export function decisionsFor(planId: string, decisions: readonly DecisionEntry[]): DecisionEntry[] {
  return decisions.map((entry) => (entry.planId === planId ? entry : { ...entry, planId }));
}

function plural(count: number, one: string, many: string): string {
  return formatPlural(count, one, many);
}

/**
 * Writes a checked plan file's evidence under `plan.id` (the plan itself is saved already):
 * each import's parts, then the decisions appended in their order. The log is append-only,
 * so an entry whose id it already holds (replacing a plan, or a log kept from a deleted plan)
 * is left as it is. Returns what the user should hear about: imports that arrived without
 * rows, entries already there, and any write that failed (also in `notStored`).
 * `allOrNothing` (a plan new here): the first write that fails ends it, before any decision is
 * appended (the log cannot take one back), so the caller can take the plan out again whole.
 */
export async function restorePlanEvidence(
  plan: Plan,
  evidence: PlanFileEvidence,
  target: EvidenceTarget,
  allOrNothing = false,
): Promise<{ warnings: string[]; notStored: string[] }> {
  const warnings: string[] = [];
  const notStored: string[] = [];
  for (const record of plan.imports) {
    const label = importLabel(record);
    const bundle = Object.hasOwn(evidence.importData, record.id) ? evidence.importData[record.id] : undefined;
    for (const part of ['rows', 'rejected'] as const) {
      const bytes = bundle?.[part] ?? null;
      if (bytes === null) continue;
      const saved = await target.saveImportData(plan.id, record.id, part, bytes);
      if (!saved.ok) {
        const what = part === 'rows' ? 'rows' : 'rejected rows';
        notStored.push(`The ${what} of ${label} could not be stored (${saved.error.message.replace(/\.$/, '')}).`);
        warnings.push(notStored.at(-1) ?? '');
        if (allOrNothing) return { warnings, notStored };
      }
    }
    if (!bundle?.rows) {
      // Replacing a plan keeps the rows already here; only an import with no rows anywhere is news.
      const here = await target.loadImportData(plan.id, record.id, 'rows');
      if (!here.ok || here.value === null) {
        warnings.push(`${label} came without its rows (they were missing where the file was made): import that CSV file again to use its data.`);
      }
    }
  }

  const entries = decisionsFor(plan.id, evidence.decisions);
  const failures: string[] = [];
  let added = 0;
  if (entries.length > 0) {
    const appended = await target.appendImportedDecisions(plan.id, entries);
    if (appended.ok) added = appended.value.length;
    else failures.push(appended.error.message);
  }
  const kept = failures.length > 0 ? 0 : entries.length - added;
  if (kept > 0) {
    warnings.push(
      `${plural(kept, 'decision of the file was', 'decisions of the file were')} already in this plan’s decision log and kept as recorded (the log is append-only)` +
        `${added > 0 ? `; ${plural(added, 'new decision was', 'new decisions were')} added` : '; no new decisions were added'}.`,
    );
  }
  if (failures.length > 0) {
    notStored.push(`The ${plural(entries.length, 'decision', 'decisions')} of the file could not be added to the decision log: ${failures[0]}`);
    warnings.push(notStored.at(-1) ?? '');
  }
  return { warnings, notStored };
}

/** A finished export's outcome with the warnings of its evidence, when the file was written and there are any. */
export function withExportWarnings(outcome: Result<SaveOutcome>, warnings: readonly string[]): Result<SaveOutcome> {
  if (!outcome.ok || !outcome.value.saved || warnings.length === 0) return outcome;
  return ok({ ...outcome.value, warnings: [...warnings] });
}

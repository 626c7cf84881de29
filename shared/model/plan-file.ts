import { z } from 'zod';
import { sha256Hex } from '../csv/sha256';
import { checkChain, type ChainAnchor } from '../decisions/chain';
import type { DecisionEntry } from '../decisions/schema';
import { fail, ok, type Result } from '../result';
import { isSafeStorageId } from '../storage-ids';
import { decodeBase64, encodeBase64 } from './base64';
import { localDateOf } from './dates';
import type { ImportRecord } from './import-record';
import { newId } from './ids';
import { checkImportedRows } from './plan-file-rows';
import { checkRecorded, isRecord, NOTHING_IMPORTED, planHash, readDecisions } from './plan-file-record';
import { migratePlan } from './migrate';
import type { Plan } from './schema';

/** What an exported plan file holds: the plan, and enough around it to recognise the file. */
const FILE_FORMAT = 'rollout-readiness-plan';

/**
 * Version 1 (no `formatVersion` field) carried the plan alone. Version 2 also carries the
 * evidence kept beside the plan: every import's stored rows and the decision log, so a plan
 * moved to another machine keeps its data and its audit trail. Version 3 adds the SHA-256 of
 * each stored part, checked on import, and a hash-chained decision log. Version 4 adds the
 * SHA-256 of the plan itself and the decision log's length and last hash: a gate, an enrolment
 * or an incident edited in the file, or the log's last entries cut off, is refused on import
 * instead of read as the plan's own record.
 */
export const PLAN_FILE_VERSION = 4;

/** The stored parts of one import, as bytes; null for a part that was not stored (or not exported). */
export interface ImportDataBundle {
  readonly rows: Uint8Array | null;
  readonly rejected: Uint8Array | null;
}

/** The evidence that travels with a plan in its file. */
export interface PlanFileEvidence {
  /** By import id. An import of the plan that is missing here travelled without its rows. */
  readonly importData: Readonly<Record<string, ImportDataBundle>>;
  /** The plan's decision log, oldest first. */
  readonly decisions: readonly DecisionEntry[];
}

/** Everything read from a plan file, checked: nothing is written before all of it is valid. */
export interface PlanFileContents {
  readonly plan: Plan;
  readonly evidence: PlanFileEvidence;
  /** 1 for a file from before the evidence travelled with the plan. */
  readonly formatVersion: number;
}

export const NO_EVIDENCE: PlanFileEvidence = { importData: {}, decisions: [] };

const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  formatVersion: z.number().int().min(1).optional(),
  exportedAt: z.string(),
  plan: z.unknown(),
  planSha256: z.unknown().optional(),
  decisionLog: z.unknown().optional(),
  decisions: z.unknown().optional(),
  importData: z.unknown().optional(),
});

/** One stored part as the file writes it: its base64 text and its SHA-256 (hex). */
export type EncodePart = (bytes: Uint8Array) => { readonly base64: string; readonly sha256: string };

const encodePart: EncodePart = (bytes) => ({ base64: encodeBase64(bytes), sha256: sha256Hex(bytes) });

/**
 * Serialises a plan for export; stable and human-readable so it diffs and archives well. The
 * decisions follow the plan, and the import data (long base64 lines) comes last.
 * `encode` is for `planFileParts`, which builds the same file without the giant strings.
 */
export function serialisePlanFile(plan: Plan, now: Date, evidence: PlanFileEvidence = NO_EVIDENCE, encode: EncodePart = encodePart): string {
  // No prototype: an import id such as "constructor" or "__proto__" is a key like any other.
  const importData = Object.create(null) as Record<string, { rows: string | null; rejected: string | null; rowsSha256: string | null; rejectedSha256: string | null }>;
  for (const record of plan.imports) {
    const bundle = Object.hasOwn(evidence.importData, record.id) ? evidence.importData[record.id] : undefined;
    if (!bundle || (bundle.rows === null && bundle.rejected === null)) continue;
    const rows = bundle.rows === null ? null : encode(bundle.rows);
    const rejected = bundle.rejected === null ? null : encode(bundle.rejected);
    importData[record.id] = {
      rows: rows?.base64 ?? null,
      rejected: rejected?.base64 ?? null,
      rowsSha256: rows?.sha256 ?? null,
      rejectedSha256: rejected?.sha256 ?? null,
    };
  }
  const log = checkChain(
    evidence.decisions.map((entry) => ({ entry })),
    null,
  );
  const file = {
    format: FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    exportedAt: now.toISOString(),
    plan,
    planSha256: planHash(plan),
    decisionLog: { length: log.length, head: log.head } satisfies ChainAnchor,
    decisions: evidence.decisions,
    importData,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A safe file name for the exported plan. */
export function planFileName(plan: Plan): string {
  const slug = plan.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return `${slug || 'plan'}.rollout.json`;
}

/** How an import is named in messages: its file name, which is what the user knows it by. */
export function importLabel(record: Pick<ImportRecord, 'fileName' | 'importedAt'>): string {
  return `“${record.fileName}” (imported ${localDateOf(record.importedAt)})`;
}

/** A stored part whose recorded SHA-256 is still to be compared (after the whole file is read). */
interface PendingHash {
  readonly bytes: Uint8Array;
  readonly recorded: string;
  readonly what: string;
}

/** What is still to be checked once the file is read: the parts' SHA-256 first, then the rows against their records. */
interface PendingChecks {
  readonly hashes: PendingHash[];
  readonly rows: { readonly record: ImportRecord; readonly label: string; readonly bytes: Uint8Array }[];
}

/** One stored part, decoded; when the file records its SHA-256 (format 3 on), the comparison is queued in `pending`. */
function readPart(value: unknown, recorded: unknown, hashRequired: boolean, what: string, pending: PendingChecks): Result<Uint8Array | null> {
  if (value === null || value === undefined) return ok(null);
  const bytes = typeof value === 'string' ? decodeBase64(value) : null;
  if (bytes === null) return fail('invalid', `${what} in this plan file are damaged (not valid base64 data). ${NOTHING_IMPORTED}`);
  if (recorded === undefined || recorded === null) {
    return hashRequired ? fail('invalid', `${what} in this plan file come without their SHA-256, so they cannot be checked. ${NOTHING_IMPORTED}`) : ok(bytes);
  }
  if (typeof recorded !== 'string') return hashMismatch(what);
  pending.hashes.push({ bytes, recorded, what });
  return ok(bytes);
}

function hashMismatch(what: string): Result<never> {
  return fail('invalid', `${what} in this plan file do not match the SHA-256 recorded for them: they were changed after the file was made. ${NOTHING_IMPORTED}`);
}

/** Every import's stored parts, decoded; rows for an import the plan does not list are refused, not dropped. */
function readImportData(value: unknown, plan: Plan, hashRequired: boolean, pending: PendingChecks): Result<Record<string, ImportDataBundle>> {
  // No prototype: an import id such as "constructor" or "__proto__" is a key like any other.
  const bundles = Object.create(null) as Record<string, ImportDataBundle>;
  if (value === undefined) return ok(bundles);
  if (!isRecord(value)) return fail('invalid', `The imported rows in this plan file are not in the expected format. ${NOTHING_IMPORTED}`);
  const records = new Map(plan.imports.map((record) => [record.id, record]));
  for (const [importId, entry] of Object.entries(value)) {
    const record = records.get(importId);
    if (!record || !isSafeStorageId(importId)) {
      return fail('invalid', `This plan file holds rows for an import (“${importId.slice(0, 100)}”) that its plan does not list. ${NOTHING_IMPORTED}`);
    }
    const label = importLabel(record);
    if (!isRecord(entry)) return fail('invalid', `The rows of ${label} in this plan file are not in the expected format. ${NOTHING_IMPORTED}`);
    const rows = readPart(entry['rows'], entry['rowsSha256'], hashRequired, `The rows of ${label}`, pending);
    if (!rows.ok) return rows;
    // Decoded and counted once the hashes are compared: a changed file is named as changed.
    if (rows.value !== null) pending.rows.push({ record, label, bytes: rows.value });
    const rejected = readPart(entry['rejected'], entry['rejectedSha256'], hashRequired, `The rejected rows of ${label}`, pending);
    if (!rejected.ok) return rejected;
    bundles[importId] = { rows: rows.value, rejected: rejected.value };
  }
  return ok(bundles);
}

/** The file read and checked in everything but its stored parts' SHA-256 and row counts, which are listed for the caller. */
function readUnhashed(text: string): Result<{ contents: PlanFileContents; pending: PendingChecks }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // A plan file cut short (a copy or a download that stopped) still starts like one: said as such, with what to do.
    if (/^\s*\{\s*"format"\s*:\s*"rollout-readiness-plan"/.test(text.replace(/^\uFEFF/, ''))) {
      return fail('invalid', `This plan file is incomplete or damaged: it starts as a plan file but is not valid JSON (it may have been cut short while it was copied or downloaded). ${NOTHING_IMPORTED} Export the plan again where it was made.`);
    }
    return fail('invalid', 'This is not a Rollout Readiness plan file: it is not valid JSON.');
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return fail('invalid', 'This is not a Rollout Readiness plan file (the "format" marker is missing).');
  }
  const formatVersion = envelope.data.formatVersion ?? 1;
  if (formatVersion > PLAN_FILE_VERSION) {
    return fail('newer_version', `This plan file was made by a newer version of Rollout Readiness (file format ${formatVersion}); update the app to import it.`);
  }
  // A file that carries format 4's record of itself is held to it whatever version it claims: lowering
  // the number (or deleting it) must not skip the check of a plan edited by hand.
  const carriesRecord = envelope.data.planSha256 !== undefined || envelope.data.decisionLog !== undefined;
  const recorded = formatVersion >= 4 || carriesRecord ? checkRecorded(envelope.data.plan, envelope.data.planSha256, envelope.data.decisionLog) : ok(null);
  if (!recorded.ok) return recorded;
  const migrated = migratePlan(envelope.data.plan);
  if (!migrated.ok) {
    return fail(migrated.reason, migrated.message, migrated.details);
  }
  const plan = migrated.plan;
  const decisions = readDecisions(envelope.data.decisions, plan.id, recorded.value);
  if (!decisions.ok) return decisions;
  const pending: PendingChecks = { hashes: [], rows: [] };
  const importData = readImportData(envelope.data.importData, plan, formatVersion >= 3 || carriesRecord, pending);
  if (!importData.ok) return importData;
  return ok({ contents: { plan, evidence: { importData: importData.value, decisions: decisions.value }, formatVersion }, pending });
}

/** The contents, once every import's rows decode and match its record (`checkImportedRows`). */
function withRowsChecked(contents: PlanFileContents, pending: PendingChecks): Result<PlanFileContents> {
  for (const { record, label, bytes } of pending.rows) {
    const matching = checkImportedRows(record, label, bytes);
    if (!matching.ok) return matching;
  }
  return ok(contents);
}

/**
 * Reads an exported plan file of any version, migrating an older plan, and checks everything
 * it carries: a damaged decision or damaged rows refuse the whole file, with a message naming
 * what is wrong, so that nothing is imported half-way or without its evidence.
 */
export function readPlanFile(text: string): Result<PlanFileContents> {
  const read = readUnhashed(text);
  if (!read.ok) return read;
  for (const part of read.value.pending.hashes) if (sha256Hex(part.bytes) !== part.recorded) return hashMismatch(part.what);
  return withRowsChecked(read.value.contents, read.value.pending);
}

/**
 * `readPlanFile` with the stored parts' SHA-256 computed by `hashHex`: a browser worker passes
 * the platform's native digest (the same standard SHA-256, several times faster). Every check is the same.
 */
export async function readPlanFileHashing(text: string, hashHex: (bytes: Uint8Array) => Promise<string>): Promise<Result<PlanFileContents>> {
  const read = readUnhashed(text);
  if (!read.ok) return read;
  for (const part of read.value.pending.hashes) if ((await hashHex(part.bytes)) !== part.recorded) return hashMismatch(part.what);
  return withRowsChecked(read.value.contents, read.value.pending);
}

/** Reads the plan of an exported plan file (see `readPlanFile` for the evidence that comes with it). */
export function parsePlanFile(text: string): Result<Plan> {
  const read = readPlanFile(text);
  return read.ok ? ok(read.value.plan) : read;
}

/** The incoming plan as a copy beside the existing one: new id, name marked as imported. */
export function asImportedCopy(plan: Plan, now: Date): Plan {
  const stamp = now.toISOString();
  return { ...plan, id: newId(), name: `${plan.name} (imported copy)`, createdAt: stamp, updatedAt: stamp };
}

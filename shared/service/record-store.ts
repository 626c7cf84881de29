import type { ImportDataPart } from '../api';
import type { ChainAnchor } from '../decisions/chain';
import type { DecisionEntry } from '../decisions/schema';
import type { Plan, Settings } from '../model/schema';
import type { DigestText, HashText } from './plan-seal';

/**
 * A stored record the storage could not even decode (a plan file that is not JSON, a log line
 * torn in half). The service sets it aside or reports it like any record that fails validation.
 */
export class UnreadableRecord {
  constructor(readonly problem: string) {}
}

/**
 * A stored record the storage could not read at all (no permission, a failing disk): unlike an
 * unreadable one, nothing says it is damaged, so it is left where it is and reported, never set aside.
 */
export class InaccessibleRecord {
  /** `name`: where the user finds it (a file name); `problem`: why it could not be read, in words. */
  constructor(
    readonly name: string,
    readonly problem: string,
  ) {}
}

/**
 * A write the storage could not complete (disk full, short write, permissions). `reason` is in
 * words for the user ("the disk is full"); whatever was stored before is unchanged.
 */
export class WriteFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Stored rows refused by a storage that checks them (`RecordStore.checksRows`): `reason` says why, in words. */
export class DamagedRows extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** A plan record exactly as found in storage, before any validation. */
export interface StoredPlanRecord {
  /** The storage's own name for the record (a plan id, or a file's key): what `setAside` takes. */
  readonly key: string;
  readonly value: unknown;
}

/** The previous good version of a plan, kept by the storage at every save. */
export interface PreviousVersion {
  readonly value: unknown;
}

/** A plan's decision log as stored, oldest first, unvalidated. */
export interface StoredLog {
  readonly values: readonly unknown[];
  /**
   * Where the text of a last entry torn by a crash was moved, when this read found one (the
   * storage moves it once and cuts the log back to its last whole entry); null otherwise.
   */
  readonly tornTailKeptAs: string | null;
}

/**
 * The small storage interface the service is written against. It stores and returns raw
 * values and knows no rule: validation, migration, notices, limits and the decision rules are
 * the service's (`shared/service/`). Implemented over files (`electron/file-store.ts`), over
 * IndexedDB (`renderer/api/idb-storage.ts`) and over Maps (`renderer/api/memory-api.ts`).
 */
export interface RecordStore {
  /**
   * The platform's fastest SHA-256 of a text's UTF-8 bytes, for the plans' seals (`plan-seal.ts`);
   * without it the portable one is used. A hash, not a rule: the seal's rule is the service's.
   */
  readonly hashText?: HashText;
  /** The same, asynchronous, where the platform's fastest is (Web Crypto): used for the seals when given. */
  readonly digestText?: DigestText;
  /**
   * The record of the plans this store has sealed (`sealed-ids.ts`), as stored; undefined when never written.
   * Optional: a store without it checks plans as before (a removed seal reads as a plan saved before seals).
   */
  readSealedIds?(): Promise<unknown>;
  /** Replaces that record. Throws WriteFailure. */
  writeSealedIds?(record: { readonly version: number; readonly ids: readonly string[] }): Promise<void>;
  /**
   * The markers of plan-file imports that started and did not finish (`cut-imports.ts`), as stored. Optional,
   * with the two below: a store without them imports as before, with no check at start-up for a cut-off import.
   */
  readImportMarkers?(): Promise<Array<{ readonly planId: string; readonly value: unknown }>>;
  /** Writes durably, before the first write of an import. Throws WriteFailure. */
  writeImportMarker?(planId: string, marker: unknown): Promise<void>;
  /** Removes the marker (none there is not an error). Throws WriteFailure. */
  removeImportMarker?(planId: string): Promise<void>;
  /** Every plan record, read in one pass (one transaction in IndexedDB). */
  readPlans(): Promise<StoredPlanRecord[]>;
  /** The plan stored for this id, or undefined when there is none. */
  readPlan(id: string): Promise<{ key: string; value: unknown } | undefined>;
  hasPlan(id: string): Promise<boolean>;
  /** Writes durably; the version it replaces is kept as the previous version. Throws WriteFailure. */
  writePlan(plan: Plan): Promise<void>;
  /** Removes the plan and its previous version (not its log nor its rows: Undo brings it back to them). */
  deletePlan(id: string): Promise<void>;
  /** The previous good version of the plan stored under `key`, if one is kept. */
  readPreviousPlan(key: string): Promise<PreviousVersion | undefined>;
  /** Previous versions whose plan record is gone (it was set aside as damaged): what the user may restore. */
  readOrphanedPrevious(): Promise<StoredPlanRecord[]>;
  readSettings(): Promise<unknown>;
  /** Throws WriteFailure. */
  writeSettings(settings: Settings): Promise<void>;
  /** The settings saved before the current ones, if the storage keeps them. */
  readPreviousSettings(): Promise<unknown>;
  /**
   * Moves a damaged record aside, byte for byte and never deleted, and says where it is now
   * (in words, for the notice: `"plan-x.corrupt-….json" in /data/plans`).
   */
  setAside(kind: 'plan' | 'settings', key: string, reason: string): Promise<string>;

  /** One part of an import's data, exactly as stored, or undefined when it was never stored. */
  readImportData(planId: string, importId: string, part: ImportDataPart): Promise<Uint8Array | undefined>;
  /**
   * True when `readImportData` itself refuses rows that fail their checksum (the browser's storage
   * worker checks them off the UI thread), so nothing checks them again on the thread that asked.
   */
  readonly checksRows?: boolean;
  /** Throws WriteFailure. */
  writeImportData(planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array): Promise<void>;
  /** Removes every part of one import; removing what is not there is not an error. */
  deleteImportData(planId: string, importId: string): Promise<void>;

  readDecisions(planId: string): Promise<StoredLog>;
  /**
   * Adds chained entries after the plan's others in one step, moving the anchor with them:
   * all land or none. An id already stored makes it 'duplicate' and nothing is written. A store
   * another writer can append to (IndexedDB: another tab) answers 'moved', writing nothing, when
   * the log is no longer as long as the entries were chained after: read it again and re-chain.
   */
  addDecisions(planId: string, entries: readonly DecisionEntry[], anchor: ChainAnchor): Promise<'added' | 'duplicate' | 'moved'>;
  /** The length and last hash of the log as of its last append; null when never written. */
  readDecisionAnchor(planId: string): Promise<ChainAnchor | null>;
  writeDecisionAnchor(planId: string, anchor: ChainAnchor): Promise<void>;
  /**
   * Optional: the logs and anchors of many plans in one read, for the start-up check. IndexedDB
   * answers it in one transaction instead of two per plan, so 100 plans open about as fast as one.
   * A store without it is read plan by plan, with the same result.
   */
  readDecisionLogs?(planIds: readonly string[]): Promise<ReadonlyMap<string, StoredDecisionLog>>;
}

/** One plan's decision log as stored, with its anchor. */
export interface StoredDecisionLog {
  readonly log: StoredLog;
  readonly anchor: ChainAnchor | null;
}

import type { ImportDataPart } from '../../shared/api';
import type { ChainAnchor } from '../../shared/decisions/chain';
import type { DecisionEntry } from '../../shared/decisions/schema';
import type { Plan, Settings } from '../../shared/model/schema';

/** A record exactly as it was found in storage, before any validation. */
export interface StoredRecord {
  readonly key: string;
  readonly value: unknown;
}

/** A record that failed validation, kept aside (never deleted) so nothing the user wrote is lost. */
export interface QuarantinedRecord {
  readonly kind: 'plan' | 'settings';
  readonly key: string;
  readonly value: unknown;
  readonly reason: string;
  readonly details: readonly string[];
  readonly quarantinedAt: string;
}

/**
 * Where the browser twin keeps its data: IndexedDB in the browser, a Map in component tests.
 * It stores and returns raw values; validation and migration happen in `stored-api.ts`, once,
 * for every backend.
 */
export interface RecordStorage {
  readPlans(): Promise<StoredRecord[]>;
  readPlan(id: string): Promise<unknown>;
  writePlan(plan: Plan): Promise<void>;
  deletePlan(id: string): Promise<void>;
  readSettings(): Promise<unknown>;
  writeSettings(settings: Settings): Promise<void>;
  /** Moves a record into quarantine: added there and removed from its own store in one step. */
  quarantine(record: QuarantinedRecord): Promise<void>;
  readQuarantine(): Promise<QuarantinedRecord[]>;

  /** One part of an import's data, exactly as stored, or undefined when it was never stored. */
  readImportData(planId: string, importId: string, part: ImportDataPart): Promise<Uint8Array | undefined>;
  writeImportData(planId: string, importId: string, part: ImportDataPart, bytes: Uint8Array): Promise<void>;
  /** Removes every part of one import. */
  deleteImportData(planId: string, importId: string): Promise<void>;

  /** The plan's decision records as stored, oldest first, unvalidated. */
  readDecisions(planId: string): Promise<unknown[]>;
  /**
   * Adds one entry after the plan's others. A (plan, id) already stored is refused by the
   * storage itself ('duplicate') and left untouched: there is no way to replace an entry.
   */
  addDecision(entry: DecisionEntry, anchor: ChainAnchor): Promise<'added' | 'duplicate'>;
  /**
   * The length and last hash of the plan's log as of its last append (written with the entry,
   * in the same step), which catches a log cut short or emptied; null when never written.
   */
  readDecisionAnchor(planId: string): Promise<ChainAnchor | null>;
  /** Anchors a log written before anchors existed, as it is now. */
  writeDecisionAnchor(planId: string, anchor: ChainAnchor): Promise<void>;
}

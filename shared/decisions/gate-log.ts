import type { Plan } from '../model/schema';
import { AUTOMATIC_AUTHOR, localTimestamp } from './decision-log';
import { gateChanges } from './gate-changes';
import { gateChangeEntry } from './new-entry';
import type { DecisionEntry, EvidenceSnapshot } from './schema';

/** The evidence the screen showed, per stage id ('' for the whole plan), frozen with each logged change. */
export type GateEvidence = Readonly<Record<string, EvidenceSnapshot>>;

/**
 * The service's own change log: automatic entries are written only here, from the difference
 * between two plans the service itself stored, never from an entry the screen sends. Per plan
 * it keeps the plan as stored before the first save whose gate changes are not logged yet, so
 * "5" then "50" typed over two saves is one entry, and typing back is none.
 */
export interface GateLog {
  /** Called before every save with the plan it replaces (null for a new plan). */
  noteSave(planId: string, replaced: Plan | null): void;
  /**
   * The entries for what changed from the baseline to `current`, and forgets the baseline.
   * Only changes made after data arrived count: before that, editing gates is planning.
   */
  take(current: Plan, context: GateLogContext): DecisionEntry[];
}

export interface GateLogContext {
  readonly evidence: GateEvidence;
  readonly author: string;
  readonly now: Date;
  readonly newId: () => string;
}

export function createGateLog(): GateLog {
  const baselines = new Map<string, Plan>();
  return {
    noteSave(planId, replaced) {
      if (replaced === null) return;
      const baseline = baselines.get(planId);
      // Data arrived since the baseline: only what changed after it counts, so the comparison starts there.
      if (!baseline || (baseline.imports.length === 0 && replaced.imports.length > 0)) baselines.set(planId, replaced);
    },

    take(current, { evidence, author, now, newId }) {
      const baseline = baselines.get(current.id);
      baselines.delete(current.id);
      if (!baseline || baseline.imports.length === 0) return [];
      const fallback = Object.values(evidence)[0];
      const signed = author.trim() || AUTOMATIC_AUTHOR;
      return gateChanges(baseline, current).flatMap((change) => {
        const frozen = (Object.hasOwn(evidence, change.stageId ?? '') ? evidence[change.stageId ?? ''] : undefined) ?? fallback;
        if (frozen === undefined) return [];
        return [gateChangeEntry(change, { id: newId(), planId: current.id, at: localTimestamp(now), author: signed, evidence: frozen })];
      });
    },
  };
}

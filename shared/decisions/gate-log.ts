import { z } from 'zod';
import type { Plan } from '../model/schema';
import { AUTOMATIC_AUTHOR, localTimestamp } from './decision-log';
import { gateChanges, type GateChange } from './gate-changes';
import { handValueChanges } from './hand-value-changes';
import { incidentChanges } from './incident-changes';
import { gateChangeEntry } from './new-entry';
import { verdictShiftSchema, type DecisionEntry, type EvidenceSnapshot } from './schema';
import { settingChanges } from './setting-changes';

/** The evidence the screen showed, per stage id ('' for the whole plan), frozen with each logged change. */
export type GateEvidence = Readonly<Record<string, EvidenceSnapshot>>;

/**
 * What the screen adds to the service's own log of changes: the verdict moves it saw for the
 * edits (null: they could not be checked; absent: not checked), and whether pilot data was on
 * screen as the edits were made (an import and an edit may reach storage in the same save).
 * Neither can make the service log a change that is not in the plans it stored.
 */
export const gateLogHintsSchema = z.object({
  verdicts: z.array(verdictShiftSchema).max(100).nullable().optional(),
  withData: z.boolean().optional(),
});
export type GateLogHints = z.infer<typeof gateLogHintsSchema>;

/**
 * The service's own change log: automatic entries are written only here, from the difference
 * between two plans the service itself stored, never from an entry the screen sends. Per plan
 * it keeps the plan as stored before the first save whose changes are not logged yet, so "5"
 * then "50" typed over two saves is one entry, and typing back is none.
 */
export interface GateLog {
  /** Called before every save with the plan it replaces (null for a new plan). */
  noteSave(planId: string, replaced: Plan | null): void;
  /**
   * The entries for what changed from the baselines to `current`, and forgets the baselines.
   * Gate and setting changes count only after data arrived (before that, editing gates is
   * planning); hand-recorded values and incidents are data themselves and always count.
   */
  take(current: Plan, context: GateLogContext): DecisionEntry[];
  /**
   * Puts back what the last `take` of this plan took, when its entries could not be written (a
   * full disk): the changes are then logged with the next take instead of never.
   */
  putBack(planId: string): void;
}

export interface GateLogContext extends GateLogHints {
  readonly evidence: GateEvidence;
  readonly author: string;
  readonly now: Date;
  readonly newId: () => string;
}

interface Baselines {
  /** For gate and setting changes: restarts when data arrives, so planning edits are not logged. */
  gates: Plan;
  /** For hand values and incidents: never restarts. */
  readonly data: Plan;
}

export function createGateLog(): GateLog {
  const baselines = new Map<string, Baselines>();
  const taken = new Map<string, Baselines>();
  return {
    noteSave(planId, replaced) {
      if (replaced === null) return;
      const baseline = baselines.get(planId);
      if (!baseline) baselines.set(planId, { gates: replaced, data: replaced });
      // Data arrived since the baseline: only gate changes after it count, so their comparison starts there.
      else if (baseline.gates.imports.length === 0 && replaced.imports.length > 0) baseline.gates = replaced;
    },

    take(current, { evidence, author, now, newId, verdicts, withData }) {
      const baseline = baselines.get(current.id);
      baselines.delete(current.id);
      taken.delete(current.id);
      if (!baseline) return [];
      taken.set(current.id, baseline);
      const afterData = baseline.gates.imports.length > 0 || withData === true;
      const changes: GateChange[] = [
        ...(afterData ? [...gateChanges(baseline.gates, current), ...settingChanges(baseline.gates, current)] : []),
        ...handValueChanges(baseline.data, current),
        ...incidentChanges(baseline.data, current),
      ];
      const fallback = Object.values(evidence)[0];
      const signed = author.trim() || AUTOMATIC_AUTHOR;
      return changes.flatMap((change) => {
        const frozen = (Object.hasOwn(evidence, change.stageId ?? '') ? evidence[change.stageId ?? ''] : undefined) ?? fallback;
        if (frozen === undefined) return [];
        const context = { id: newId(), planId: current.id, at: localTimestamp(now), author: signed, evidence: frozen };
        return [gateChangeEntry(change, context, change.kind === 'note' ? undefined : verdicts)];
      });
    },

    putBack(planId) {
      const old = taken.get(planId);
      taken.delete(planId);
      // Older than any baseline noted since: compared from it, the next take covers both.
      if (old) baselines.set(planId, old);
    },
  };
}

/** Every change the service would log between two plans, for the screen to know which stages' evidence to send. */
export function loggableChanges(before: Plan, after: Plan, withData: boolean): GateChange[] {
  return [
    ...(withData ? [...gateChanges(before, after), ...settingChanges(before, after)] : []),
    ...handValueChanges(before, after),
    ...incidentChanges(before, after),
  ];
}

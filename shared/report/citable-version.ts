import type { DecisionEntry } from '../decisions/schema';

/**
 * The version a reader cites (SPEC §8): it advances when the lead records a decision, a note or a
 * correction, never on autosave, so "version 3" names the same state of the rollout all week.
 * Automatic entries (logged gate changes) do not advance it: they follow edits, not decisions.
 * The saved revision, which counts every save, is printed beside it for the audit.
 */
export function citableVersion(decisions: readonly DecisionEntry[]): number {
  return 1 + decisions.filter((e) => !e.automatic).length;
}

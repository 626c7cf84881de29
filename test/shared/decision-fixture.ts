import { expect } from 'vitest';
import { localTimestamp } from '../../shared/decisions/decision-log';
import { DECISION_SCHEMA_VERSION, decisionEntrySchema, type DecisionEntry, type EvidenceSnapshot } from '../../shared/decisions/schema';

/** The evidence of a plan with nothing imported and no stage open. */
export const EMPTY_EVIDENCE: EvidenceSnapshot = {
  planRevision: 1,
  evaluatedOn: '2026-11-22',
  riskTier: null,
  statisticalConfidence: true,
  readiness: { overall: 0.5, blockers: 0, blockerItems: [], weakestArea: null, weakestScore: null, ready: false },
  thresholds: { met: 0, notMet: 0, notMeasured: 0, items: [] },
  stage: null,
  imports: [],
};

/** The moment the test services' clocks say: the service stamps every entry it records with its own clock. */
export const DECISION_TIME = new Date('2026-11-22T06:40:00.000Z');

/**
 * A valid decision log entry (a note, which needs no stage or approver). Parsed on the way out,
 * so a change to the decision schema shows up here rather than as a puzzling refusal in a test.
 */
export function makeDecision(planId: string, overrides: Partial<DecisionEntry> = {}): DecisionEntry {
  return decisionEntrySchema.parse({
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    planId,
    at: localTimestamp(DECISION_TIME),
    author: 'Ada Lovelace',
    approvedBy: '',
    stageId: null,
    decision: 'note',
    recommendation: null,
    override: false,
    rationale: 'Pilot team asked for one more week of data before the gate review.',
    corrects: null,
    automatic: false,
    change: null,
    evidence: EMPTY_EVIDENCE,
    ...overrides,
  });
}

/** An entry as the service stores it: with the service's own time in place of the one offered. */
export function stamped(entry: DecisionEntry): DecisionEntry {
  return { ...entry, at: expect.any(String) as unknown as string };
}

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

/**
 * A valid decision log entry (a note, which needs no stage or approver). Parsed on the way out,
 * so a change to the decision schema shows up here rather than as a puzzling refusal in a test.
 */
export function makeDecision(planId: string, overrides: Partial<DecisionEntry> = {}): DecisionEntry {
  return decisionEntrySchema.parse({
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    planId,
    at: '2026-11-22T07:40:00.000+01:00',
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

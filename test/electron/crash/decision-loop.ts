/**
 * The child process of the decision-log crash test: records one note after another on a stored
 * plan, and prints "recorded <n>" only after `appendDecision` reported success. The parent kills
 * it with SIGKILL at a random moment (between the anchor's intent, the log line and the anchor)
 * and checks the log.
 */
import { randomUUID } from 'node:crypto';
import { createFileStore } from '../../../electron/file-store';
import { localTimestamp } from '../../../shared/decisions/decision-log';
import { DECISION_SCHEMA_VERSION, type DecisionEntry, type EvidenceSnapshot } from '../../../shared/decisions/schema';
import { fail } from '../../../shared/result';
import { createRolloutService } from '../../../shared/service/rollout-service';

const [dataDir = '', planId = '', fromText = '1'] = process.argv.slice(2);
const evidence: EvidenceSnapshot = {
  planRevision: 1,
  evaluatedOn: '2026-11-22',
  riskTier: null,
  statisticalConfidence: true,
  readiness: { overall: 0.5, blockers: 0, blockerItems: [], weakestArea: null, weakestScore: null, ready: false },
  thresholds: { met: 0, notMet: 0, notMeasured: 0, items: [] },
  stage: null,
  imports: [],
};
const refused = async () => fail('cancelled', 'No files in the crash test.');
const service = createRolloutService(createFileStore(dataDir), { saveTextFile: refused, savePlanFile: refused, openPlanFile: refused, printPage: refused });
for (let n = Number(fromText); ; n += 1) {
  const entry: DecisionEntry = {
    schemaVersion: DECISION_SCHEMA_VERSION,
    id: randomUUID(),
    planId,
    at: localTimestamp(new Date()),
    author: 'Ada Lovelace',
    approvedBy: '',
    stageId: null,
    decision: 'note',
    recommendation: null,
    override: false,
    rationale: `Note ${n}`,
    corrects: null,
    automatic: false,
    change: null,
    evidence,
  };
  const recorded = await service.appendDecision(entry);
  if (!recorded.ok) {
    process.stdout.write(`failed ${recorded.error.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`recorded ${n}\n`);
}

import { newId } from './ids';
import { createPlan } from './plan-factory';
import { withDoneItems } from './sample-plan';
import type { HandValue, Plan } from './schema';
import { newCriterion } from './stage-factory';

/** Stage starts the shadow sample files were written for (samples/README.md): four weeks each. */
const starts = ['2026-09-07', '2026-10-05', '2026-11-02'];

const doneItems: Record<string, { owner: string; evidence: string }> = {
  'governance.owner': { owner: 'Jonas Berg', evidence: 'Named by the CFO, 2026-08-05.' },
  'governance.human-approval': { owner: 'Jonas Berg', evidence: 'Every coding approved in the review stage; invoices above 10,000 always.' },
  'governance.auditability': { owner: 'Aiko Tanaka', evidence: 'Each suggestion and decision stored with the invoice in the ledger.' },
  'testing.test-set': { owner: 'Aiko Tanaka', evidence: 'test-results.csv: 200 labelled invoices.' },
  'safeguards.human-in-the-loop': { owner: 'Jonas Berg', evidence: 'Review stage: a person approves every output.' },
  'infrastructure.monitoring': { owner: 'Aiko Tanaka', evidence: 'Requests, errors and latency exported daily.' },
  'process.incident-plan': { owner: 'Aiko Tanaka', evidence: 'Finance IT runbook FI-3.' },
  'documentation.threshold-reasons': { owner: 'Jonas Berg', evidence: 'Recorded under Thresholds.' },
};

/**
 * The finance team's own pulse survey is kept in another tool: its figure is recorded by hand,
 * for an advisory criterion on the rollout (shown, labelled "hand-recorded", never deciding).
 */
const satisfactionCriterion = newCriterion({
  metric: 'mean_satisfaction',
  comparator: '>=',
  threshold: 4,
  minSample: 20,
  required: false,
  note: 'Finance users stay satisfied once review is removed (their pulse survey, recorded by hand).',
});

/**
 * "Try with sample data" for Shadow mode, then human-in-the-loop: an invoice-coding assistant
 * run in shadow for four weeks, then with a reviewer approving every output, then rolled out
 * gradually. Its files: a shadow comparison, a review log and the rollout's operations data;
 * one figure is recorded by hand.
 */
export function buildShadowSamplePlan(now: Date): Plan {
  const plan = createPlan({ name: 'Sample: invoice coding assistant', templateId: 'shadow-then-hitl', now });
  const stages = plan.stages.map((stage, i) => ({
    ...stage,
    plannedStart: starts[i] ?? null,
    criteria: stage.pattern === 'percentage' ? [...stage.criteria, { ...satisfactionCriterion, id: newId() }] : stage.criteria,
  }));
  const rollout = stages[stages.length - 1];
  const handValue: HandValue = {
    id: newId(),
    stageId: rollout?.id ?? '',
    metric: 'mean_satisfaction',
    week: null,
    figure: { kind: 'value', value: 4.3, sample: 26 },
    source: 'Finance pulse survey (Forms export), 2026-11-27',
    note: '26 of 31 finance users answered.',
    recordedAt: now.toISOString(),
  };
  return {
    ...plan,
    system: {
      name: 'Invoice coding assistant',
      purpose: 'Suggests the ledger account and cost centre for incoming supplier invoices.',
      forbiddenUses: 'Approving payments; changing supplier bank details.',
      owner: 'Jonas Berg, Finance Operations Lead',
      autonomousDecisions: 'None during shadow and review; the coding of routine invoices once rolled out.',
      humanApprovalPoints: 'Every coding during the review stage; invoices above 10,000 always.',
    },
    riskTier: 'medium',
    tierAnswers: { affectsCustomers: false, decisionsAboutPeople: false, safetyOrMoney: true, regulatedSector: true, euUsers: true },
    checklist: withDoneItems(plan.checklist, doneItems),
    stages,
    handValues: [handValue],
    // Kept from the first day, so the dashboard can say "no incident" rather than "not kept".
    incidentsKeptSince: starts[0] ?? null,
  };
}

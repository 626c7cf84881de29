import { createPlan } from './plan-factory';
import type { Plan } from './schema';

/** Stage starts the shadow sample files were written for (samples/README.md): four weeks each. */
const starts = ['2026-09-07', '2026-10-05', '2026-11-02'];

/**
 * "Try with sample data" for Shadow mode, then human-in-the-loop: an invoice-coding assistant
 * run in shadow for four weeks, then with a reviewer approving every output, then rolled out
 * gradually. Its files: a shadow comparison, a review log and the rollout's operations data.
 */
export function buildShadowSamplePlan(now: Date): Plan {
  const plan = createPlan({ name: 'Sample: invoice coding assistant', templateId: 'shadow-then-hitl', now });
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
    stages: plan.stages.map((stage, i) => ({ ...stage, plannedStart: starts[i] ?? null })),
  };
}

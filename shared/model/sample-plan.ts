import { newId } from './ids';
import { createPlan } from './plan-factory';
import type { Checklist, Plan, Stage } from './schema';
import { newCriterion } from './stage-factory';

/** Stage set-up the bundled sample files were written for (samples/README.md). */
const sampleStages: Record<string, { plannedStart: string; enrolledUsers: number | null }> = {
  'Internal pilot': { plannedStart: '2026-09-07', enrolledUsers: 5 },
  'Expanded pilot': { plannedStart: '2026-10-05', enrolledUsers: 15 },
  'Full rollout': { plannedStart: '2026-11-02', enrolledUsers: null },
};

/** Catalogue items the sample shows as done, with the kind of evidence a lead would record. */
const doneItems: Record<string, { owner: string; evidence: string }> = {
  'governance.owner': { owner: 'Dana Kim', evidence: 'Named in the project charter, signed 2026-08-20.' },
  'governance.autonomous-decisions': { owner: 'Dana Kim', evidence: 'Drafts only; nothing is sent without a claims handler.' },
  'governance.human-approval': { owner: 'Dana Kim', evidence: 'Every reply is approved in the claims system before sending.' },
  'testing.test-set': { owner: 'Lee Park', evidence: 'test-results.csv: 200 labelled cases from real claims (medium tier).' },
  'testing.accuracy-thresholds': { owner: 'Lee Park', evidence: 'Accuracy threshold 90% recorded under Thresholds.' },
  'infrastructure.monitoring': { owner: 'Sam Ortiz', evidence: 'Dashboard: quality, latency, errors, usage and cost.' },
  'infrastructure.kill-switch': { owner: 'Sam Ortiz', evidence: 'Feature flag claims-drafts, tested 2026-08-28.' },
  'process.incident-plan': { owner: 'Sam Ortiz', evidence: 'Runbook IR-12 with severity levels and response times.' },
  'transparency.ai-disclosure': { owner: 'Priya Natarajan', evidence: 'Banner in the claims tool: “Draft written by AI”.' },
};

/** The checklist with these catalogue items done, each with its owner and evidence: a sample shows progress. */
export function withDoneItems(checklist: Checklist, done: Record<string, { owner: string; evidence: string }>): Checklist {
  return {
    ...checklist,
    items: checklist.items.map((item) => {
      const d = item.catalogueId ? done[item.catalogueId] : undefined;
      return d ? { ...item, status: 'done' as const, owner: d.owner, evidence: d.evidence } : item;
    }),
  };
}

/**
 * The claims replies reach customers, so the sample's pilots also roll back on any critical
 * incident, as a lead would add to the template; the register is kept from the first day.
 */
function withIncidentTrigger(stage: Stage): Stage {
  if (stage.pattern === 'full') return stage;
  const trigger = newCriterion({
    metric: 'critical_incidents',
    comparator: '>',
    threshold: 0,
    judgedAt: { kind: 'continuous' },
    note: 'Any critical incident rolls the stage back.',
  });
  return { ...stage, triggers: [...stage.triggers, trigger] };
}

/**
 * A complete example plan for "Try with sample data": the Team workflow pilot template with
 * the stage dates and enrolment the bundled CSV files were written for, a described system,
 * a confirmed tier, part of the checklist done and an incident register. The sample files are
 * imported afterwards.
 */
export function buildSamplePlan(now: Date): Plan {
  const plan = createPlan({ name: 'Sample: claims reply drafting', templateId: 'team-workflow-pilot', now });
  const stages = plan.stages.map((stage) => withIncidentTrigger({ ...stage, ...(sampleStages[stage.name] ?? {}) }));
  return {
    ...plan,
    system: {
      name: 'Claims reply assistant',
      purpose: 'Drafts first replies to insurance claim e-mails for the claims team to check, edit and send.',
      forbiddenUses: 'Deciding whether a claim is paid; sending any message without a person reading it.',
      owner: 'Dana Kim, Head of Claims Operations',
      autonomousDecisions: 'Which reply template a draft starts from.',
      humanApprovalPoints: 'Every reply is read, edited if needed and sent by a claims handler.',
    },
    riskTier: 'medium',
    tierAnswers: {
      affectsCustomers: true,
      decisionsAboutPeople: false,
      safetyOrMoney: false,
      regulatedSector: true,
      euUsers: false,
    },
    stages,
    incidentsKeptSince: '2026-09-07',
    incidents: [
      {
        id: newId(),
        stageId: stages[0]?.id ?? '',
        severity: 'low',
        openedAt: '2026-09-15T11:40',
        acknowledgedAt: '2026-09-15T13:10',
        resolvedAt: '2026-09-15T16:00',
        description: 'Drafts quoted last year’s excess amounts for two policies; the handlers corrected them.',
        rollback: false,
      },
    ],
    checklist: withDoneItems(plan.checklist, doneItems),
  };
}

import { newId } from './ids';
import { createPlan } from './plan-factory';
import { withDoneItems } from './sample-plan';
import type { Incident, Plan } from './schema';

/** Stage starts the traffic sample files were written for (samples/README.md): one week each. */
const starts = ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'];

const doneItems: Record<string, { owner: string; evidence: string }> = {
  'governance.owner': { owner: 'Marta Silva', evidence: 'Named in the service roadmap, 2026-08-12.' },
  'governance.escalation': { owner: 'Marta Silva', evidence: 'Hand-over to an agent on low confidence or on request.' },
  'safeguards.fallback': { owner: 'Tom Reyes', evidence: 'Traffic switch back to the agent queue, tested 2026-09-01.' },
  'infrastructure.monitoring': { owner: 'Tom Reyes', evidence: 'Daily export of requests, errors, latency and cost.' },
  'infrastructure.kill-switch': { owner: 'Tom Reyes', evidence: 'Traffic percentage flag chat-ai-share.' },
  'infrastructure.rollback': { owner: 'Tom Reyes', evidence: 'Rollback to 0% rehearsed 2026-09-03.' },
  'process.incident-plan': { owner: 'Tom Reyes', evidence: 'Runbook CS-7 with the four severity levels.' },
  'process.feedback-mechanism': { owner: 'Marta Silva', evidence: 'Thumbs up/down under every answer.' },
  'transparency.ai-disclosure': { owner: 'Marta Silva', evidence: '“You are chatting with our AI assistant.”' },
};

/** The control arm of the satisfaction survey: the users still served without the AI. */
export const TRAFFIC_CONTROL_GROUP = 'Control';

/**
 * "Try with sample data" for the Percentage traffic rollout: a customer chat assistant moved
 * from 5% to 100% of traffic in September 2026. Satisfaction is judged against the control arm
 * (a value of the survey's cohort column) rather than the template's fixed 3.5: "not below
 * baseline" with a margin of 0.2 points, as SPEC §4 describes. The incident register is kept
 * from the first day and holds two minor incidents, answered within their targets.
 */
export function buildTrafficSamplePlan(now: Date): Plan {
  const plan = createPlan({ name: 'Sample: customer chat assistant', templateId: 'percentage-traffic', now });
  const stages = plan.stages.map((stage, i) => ({
    ...stage,
    plannedStart: starts[i] ?? null,
    criteria: stage.criteria.map((c) =>
      c.metric === 'mean_satisfaction'
        ? {
            ...c,
            threshold: -0.2,
            baseline: { kind: 'control_group' as const, group: TRAFFIC_CONTROL_GROUP },
            note: 'Not more than 0.2 points below the control arm (users served without the AI).',
          }
        : c,
    ),
  }));
  const stageId = (i: number): string => stages[i]?.id ?? '';
  const incidents: Incident[] = [
    {
      id: newId(),
      stageId: stageId(1),
      severity: 'medium',
      openedAt: '2026-09-16T10:20',
      acknowledgedAt: '2026-09-16T10:55',
      resolvedAt: '2026-09-16T14:05',
      description: 'Answers slow for twenty minutes after a cache flush; no wrong answers.',
      rollback: false,
    },
    {
      id: newId(),
      stageId: stageId(2),
      severity: 'low',
      openedAt: '2026-09-23T15:00',
      acknowledgedAt: '2026-09-23T17:30',
      resolvedAt: '2026-09-24T09:00',
      description: 'A greeting shown in English to Dutch-speaking customers.',
      rollback: false,
    },
  ];
  return {
    ...plan,
    system: {
      name: 'Customer chat assistant',
      purpose: 'Answers customers’ questions about orders and deliveries in the web shop chat.',
      forbiddenUses: 'Refunds, account changes or any promise of compensation.',
      owner: 'Marta Silva, Head of Customer Service',
      autonomousDecisions: 'Which help article to quote; when to hand the chat to a person.',
      humanApprovalPoints: 'Any refund or compensation goes to a service agent.',
    },
    riskTier: 'medium',
    tierAnswers: { affectsCustomers: true, decisionsAboutPeople: false, safetyOrMoney: false, regulatedSector: false, euUsers: true },
    checklist: withDoneItems(plan.checklist, doneItems),
    stages,
    incidentsKeptSince: starts[0] ?? null,
    incidents,
  };
}

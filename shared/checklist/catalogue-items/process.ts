import type { CatalogueItem } from '../catalogue-types';

/** The “Process” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const processItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'process.incident-plan',
    areaId: 'process',
    question: 'Is there an incident response plan with severity levels and response times (critical under 15 minutes, high under 1 hour, medium under 4 hours, low under 24 hours)?',
    help: 'Agreed severities and response times stop arguments during an incident. Evidence: the incident plan with its severity definitions and target response times.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'process.on-call',
    areaId: 'process',
    question: 'Are on-call responsibilities assigned for the whole rollout period?',
    help: 'Someone must be reachable when an alert fires. Evidence: the on-call rota with names and contact details.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.escalation-paths',
    areaId: 'process',
    question: 'Are escalation paths written down for incidents (who is called next, and when)?',
    help: 'Serious incidents need decisions beyond the on-call person, fast. Evidence: the escalation chain with names, roles and the time after which each step is taken.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.communication-templates',
    areaId: 'process',
    question: 'Are communication templates ready for incidents (users, customers, management)?',
    help: 'Prepared messages are faster and more accurate than ones written under pressure. Evidence: the templates, reviewed by communications or legal where needed.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'process.feedback-mechanism',
    areaId: 'process',
    question: 'Can users give feedback on each output (for example thumbs up or down) and does it reach the team?',
    help: 'User feedback is the earliest signal that quality is slipping. Evidence: the feedback control in the product and the report or dashboard where the team reads it.',
    requiredFrom: 'low',
  },
];

import type { CatalogueItem } from '../catalogue-types';

/** The “Ownership and governance” area's items (catalogue.ts says how `requiredFrom` is chosen). */
export const governanceItems: readonly CatalogueItem[] = [
  {
    catalogueId: 'governance.owner',
    areaId: 'governance',
    question: 'Is one accountable owner named for the system?',
    help: 'Someone must answer for what the system does, including its mistakes. Evidence: the owner’s name in the plan and their written acceptance of the role.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.autonomous-decisions',
    areaId: 'governance',
    question: 'Have you listed the decisions the AI may take on its own, without a person checking?',
    help: 'An explicit list keeps the AI from quietly taking on more than was agreed. Evidence: the list in the plan’s system description, approved by the owner.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.human-approval',
    areaId: 'governance',
    question: 'Have you listed the points where a person must approve before the AI’s output takes effect?',
    help: 'Approval points are where mistakes are caught before they reach anyone. Evidence: the list in the plan, and the screen or workflow step where each approval happens.',
    requiredFrom: 'low',
  },
  {
    catalogueId: 'governance.escalation',
    areaId: 'governance',
    question: 'Is there an escalation path for when confidence or quality drops below the agreed thresholds?',
    help: 'Without one, low-confidence answers and falling quality go unnoticed or unowned. Evidence: a written path naming who is told, within what time, and who decides what happens next.',
    requiredFrom: 'medium',
  },
  {
    catalogueId: 'governance.auditability',
    areaId: 'governance',
    question: 'Can every output and action of the AI be traced afterwards (what was asked, what it answered, what was done)?',
    help: 'When a customer, auditor or regulator asks “why did this happen?”, you need the record. Evidence: a sample audit trail for one real case, and how long records are kept.',
    requiredFrom: 'medium',
  },
];
